/**
 * Statistics shared by the calculators: the door to src/lib/stats. Callers import this barrel,
 * except where an eager UI chunk imports single modules to stay small (see
 * src/components/servqual/ImportPanel.tsx).
 */
export { standardNormalCdf, inverseStandardNormalCdf, twoSidedPValue, criticalValue } from './normal';
export { studentTCdf, studentTDensity, studentTQuantile, tCriticalValue } from './tDistribution';
export { meanInterval, pairedDifferenceInterval, type MeanInterval } from './pairedInterval';
export { cronbachAlpha, cronbachAlphaFromCovariance, alphaIfItemDeleted, correctedItemTotalCorrelations } from './cronbachAlpha';
export { RunningMoments, moments, type Moments } from './runningMoments';
export { RunningCovariance, covarianceMatrix } from './runningCovariance';
export { IntegerSums, IntegerCovariance } from './integerSums';
export { logGamma } from './logGamma';
export { regularizedIncompleteBeta } from './incompleteBeta';
