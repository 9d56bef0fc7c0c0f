/** The 双图 studio's model and rules: map, events, history, peak–end score, schema, templates, share link. */
export * from './model';
export * from './tags';
export * from './reduce';
export * from './history';
export * from './peakEnd';
export * from './schema';
export * from './templates';
export * from './share';
export * from './moves';
export * from './cells';
