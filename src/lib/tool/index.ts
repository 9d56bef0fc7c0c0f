/** The tool kernel's pure parts: versioned state, share links, typed fields and number formats. */
export { parseEnvelope, parseStored, wrapState, describeIssue, type Envelope, type Migration, type ParseResult, type VersionedSchema } from './envelope';
export { decodeToolShare, encodeToolShare, toolShareUrl, type ShareResult } from './share';
export { readField, readFields, UNIT_TEXT, type FieldSpec, type FieldUnit, type FieldResult, type FieldsResult } from './fields';
export { formatCount, formatInterval, formatMoney, formatNumber, formatPeople, formatPercent, formatPValue, formatSigned, MISSING } from './format';
