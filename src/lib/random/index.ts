/** Seeded random numbers for reproducible teaching data. */
export { mulberry32 } from './mulberry32';
