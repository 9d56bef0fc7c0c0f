/** The team workbook's pure parts: schema, worksheets, reducer, SMART checker, scorecard, files. */
export * from './schema';
export * from './sheets';
export * from './state';
export * from './smart';
export * from './scorecard';
export * from './file';
export { EXAMPLES, type Example } from './examples';
export { quadrant, QUADRANT_LABELS, type Quadrant } from './peak';
export { kanoFeatures, sheetLines, type Line } from './summary';
