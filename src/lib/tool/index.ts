/** The tool kernel's pure parts: versioned state, share links, typed fields and number formats. */
export { parseEnvelope, parseStored, wrapState, describeIssue, type Envelope, type Migration, type ParseResult, type VersionedSchema } from './envelope';
export { encodeToolShare, toolShareUrl, writeToolLink, type LinkSpec, type ShareCodec, type Versioned } from './share';
export { decodeToolShare, readToolLink, type ShareResult } from './read';
export { readField, readFields, UNIT_TEXT, type FieldSpec, type FieldUnit, type FieldResult, type FieldsResult } from './fields';
export { formatCount, formatInterval, formatMoney, formatNumber, formatPeople, formatPercent, formatPValue, formatSigned, MISSING } from './format';
