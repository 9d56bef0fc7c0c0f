/**
 * SERVQUAL service-quality analysis: the door to src/lib/servqual. Callers import this barrel.
 * The example data (exampleData.ts) is left out on purpose: the page imports it on demand, when
 * 教学示例数据 is clicked, so its generator stays out of the first bundle.
 */
export { DIMENSIONS, DIMENSION_IDS, DIMENSION_KEYWORDS, dimensionById, dimensionLabel, isDimensionId } from './dimensions';
export type { DimensionId, ServqualDimension } from './dimensions';
export { ITEM_BANK, NEGATIVELY_WORDED_1988 } from './itemBank';
export type { BankItem } from './itemBank';
export { PRESETS, presetById, isPresetId } from './presets';
export type { PresetId, IndustryPreset } from './presets';
export { ANSWER_ROLES, FORMAT_LABELS, formatRoles, referenceRole, isServqualFormat, isAnswerRole } from './answerRoles';
export type { AnswerRole, AnswerRoleInfo, ServqualFormat } from './answerRoles';
export { SCALE_MIN, DEFAULT_SCALE_MAX, SCALE_ANCHORS, isScaleMax, scalePoints, scaleMidpoint, reverseScore } from './scale';
export type { ScaleMax } from './scale';
export {
  MAX_ITEMS,
  MAX_TEXT_LENGTH,
  createQuestionnaire,
  numberedItems,
  dimensionItems,
  addItem,
  removeItem,
  rewordItem,
  setItemReversed,
  moveItemToDimension,
  moveItem,
  checkQuestionnaire,
  usedDimensions,
  isQuestionnaireItem,
  isServqualQuestionnaire,
} from './questionnaire';
export type { QuestionnaireItem, ServqualQuestionnaire, NumberedItem, QuestionnaireCheck } from './questionnaire';
export { HEADER_SEPARATOR, ratingHeader, weightHeader, templateColumns, templateHeaders, templateNotes } from './columns';
export type { TemplateColumn } from './columns';
export { questionnaireIntro, roleInstruction, weightsInstruction, weightLine } from './instructions';
export { questionnaireStarText } from './questionnaireStarText';
export { emptyMapping, checkMapping, completeItems, isColumnMapping } from './columnMapping';
export { readServqualHeader, normaliseStatement, detectServqualColumns } from './columnDetection';
export type { ItemColumns, ServqualColumnMapping, HeaderRole, HeaderReading, DetectionMethod, MappingDetection, MappingCheck } from './columnMapping';
export { WEIGHT_TOTAL, WEIGHT_TOLERANCE, checkWeights, checkTypedWeights } from './weights';
export type { WeightCheck } from './weights';
export { gapScore, unweightedScoreOfDimensions, unweightedServqualScore, weightedServqualScore } from './servqualScore';
export { zoneOfTolerance, POSITION_LABELS } from './zoneOfTolerance';
export type { ZoneOfTolerance, TolerancePosition } from './zoneOfTolerance';
export { QUADRANTS, QUADRANT_ORDER, ipaCrosshairs, classifyQuadrant, importancePerformance } from './importancePerformance';
export type { Quadrant, QuadrantInfo, CrosshairMode, IpaPoint, Crosshairs, IpaResult } from './importancePerformance';
export { PROVIDER_GAPS, GAP_RULES, fiveGapHints } from './fiveGapHints';
export type { ProviderGap, FiveGapHint, DimensionGapInput } from './fiveGapHints';
export { analyseServqual } from './analyseServqual';
export type { ServqualAnalysisRequest, ServqualAnalysisResult, ServqualSummary, ItemSummary, DimensionSummary, Reliability, ReliabilityItem, WeightIssueSummary } from './analyseServqual';
export { ALPHA_THRESHOLD, LARGEST_GAPS, buildServqualReport } from './report';
export type { GapRow, ReliabilityRow, ScoreSummary, WeightSource, ReportOptions, ServqualReport } from './report';
export { formatScore, formatGap, formatInterval, formatCount } from './format';
export { servqualResultRows } from './resultRows';
export type { ResultCell } from './resultRows';
export { toServqualSharePayload, parseServqualSharePayload } from './sharePayload';
export type { ServqualShareState, ServqualSharePayload, ServqualShareParse } from './sharePayload';
