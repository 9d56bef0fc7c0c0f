/**
 * The shared survey-table reader used by the NPS, KANO and SERVQUAL calculators.
 * Readers (papaparse, SheetJS) are imported lazily; importing this barrel on the main thread
 * for the types, readNumber, IssueLog or the detectors pulls in neither.
 */
export * from './types';
export { readNumber, normaliseWidth, isMissingCell } from './cells';
export { IssueLog, mergeIssueSummaries, emptyIssueSummary, formatIssue, formatIssueTotals } from './issues';
export { META_COLUMNS, isMetaColumn, detectQuestionnaireStar, questionNumber, cleanHeader, splitMatrixHeader } from './headers';
export { detectScoreColumns, findColumnsByKeywords, suggestScoreColumn, detectSegmentColumns, NPS_KEYWORDS, SEGMENT_KEYWORDS, type TableLike, type ScoreColumnOptions } from './detect';
export { decodeBytes, looksBinary, DecodeStage } from './decode';
export { sniffFile, sniffKind, type FileKind, type FileSniff } from './sniff';
export { scoreEncodings, plausibility, describeEncoding, sniffBom, ENCODING_NAMES, SELECTABLE_ENCODINGS, type EncodingReport, type EncodingCandidate } from './encoding';
export { profileTable, profileColumn, tableLayout, type ColumnProfile, type TableLayout } from './profile';
export { decideNpsColumn, decideGroupColumn, scoreNpsColumn, scoreGroupColumn, optionNumberVerdict, decideRole, type RoleCandidate, type RoleDecision, type OptionNumberVerdict } from './roles';
export { parseDelimitedText, detectDelimiter, detectNewline, DelimitedChunkParser, DELIMITERS } from './delimited';
export { readWorkbook } from './workbook';
export { loadSurveyInput, readSurveyFile, readSurveyBlob, encodingWarnings, type LoadInput, type ProgressCallback } from './load';
export { TableBuilder, toPreview, MAX_CELLS } from './table';
