/** Whether a parsed JSON value is a plain object (not null, not an array): the first check on stored or shared data before its fields are read. */
export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
