/** Statistics shared by the calculators. Callers import this barrel. */
export { standardNormalCdf, inverseStandardNormalCdf, twoSidedPValue, criticalValue } from './normal';
