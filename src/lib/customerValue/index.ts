/** Customer value: lifetime value with retention, the value of +5 points of retention, referral growth. */
export * from './clv';
export * from './referral';
export * from './fields';
export * from './state';
