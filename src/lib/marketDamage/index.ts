/** The Market Damage Model: the chain, scenario B and its ROI, presets, fields and the tool's state. */
export * from './chain';
export * from './scenario';
export * from './presets';
export * from './fields';
export * from './state';
export * from './report';
export { LECTURE_EXAMPLE } from './exampleData';
