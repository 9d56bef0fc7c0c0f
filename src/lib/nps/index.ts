/** NPS (Net Promoter Score) maths and parsing. Callers import this barrel. */
export * from './classification';
export * from './npsScore';
export * from './waldInterval';
export * from './adjustedWaldInterval';
export * from './compareGroups';
export * from './sampleSize';
export * from './segments';
export * from './format';
export * from './interpretation';
export * from './parseScores';
export * from './detectColumns';
export * from './analyseNps';
export * from './resultTable';
export * from './sharePayload';
