/**
 * Statistics shared by the calculators: the door to src/lib/stats. Callers import this barrel,
 * except where an eager UI chunk imports single modules to stay small (see
 * src/components/servqual/ImportPanel.tsx).
 */
export { standardNormalCdf, inverseStandardNormalCdf, twoSidedPValue, criticalValue } from './normal';
export { studentTCdf, studentTDensity, studentTQuantile, tCriticalValue } from './t-distribution';
export { meanInterval, pairedDifferenceInterval, type MeanInterval } from './paired-interval';
export { cronbachAlpha, cronbachAlphaFromCovariance, alphaIfItemDeleted, correctedItemTotalCorrelations } from './cronbach-alpha';
export { RunningMoments, moments, type Moments } from './running-moments';
export { RunningCovariance, covarianceMatrix } from './running-covariance';
export { logGamma } from './log-gamma';
export { regularizedIncompleteBeta } from './incomplete-beta';
