/**
 * The team workbook's pure parts: schema, worksheets, reducer, SMART checker, scorecard, files.
 * The worksheet page imports the modules directly, not this index, so that the schemas (zod) load
 * only when there is something to read.
 */
export * from './schema';
export * from './sheets';
export * from './state';
export * from './smart';
export * from './scorecard';
export * from './file';
export * from './read';
export { EXAMPLES, type Example } from './examples';
export { quadrant, QUADRANT_LABELS, type Quadrant } from './peak';
export { kanoFeatures, sheetLines, type Line } from './summary';
