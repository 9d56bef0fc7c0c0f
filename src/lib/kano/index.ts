/** KANO needs analysis: the door to src/lib/kano. Callers import this barrel. */
export { KANO_ANSWERS, ANSWER_VARIANTS, answerLabel, readKanoAnswer, readMappedAnswer, answerKey, normaliseAnswer, isDefaultAnswerMapping, DEFAULT_ANSWER_MAPPING, createAnswerReader, createAnswerCoder, UNKNOWN_ANSWER_REASON } from './answers';
export type { KanoAnswer, KanoAnswerDefinition, AnswerReading, AnswerCode, AnswerMapping, CodeOrder } from './answers';
export { countAnswerValues, answerValueRows, MAX_LISTED_VALUES } from './answerValues';
export type { AnswerValueCount, AnswerValueSummary, AnswerValueRow } from './answerValues';
export { KANO_CATEGORIES, CATEGORY_DEFINITIONS, categoryLabel } from './categories';
export type { KanoCategory, KanoCategoryDefinition } from './categories';
export { EVALUATION_TABLE, classifyPair, pairIndex, CATEGORY_BY_PAIR_INDEX } from './evaluationTable';
export { emptyFeatureTally, addPair, addImportance, tallyFromPairs, pairCount, isFeatureTally } from './featureTally';
export type { FeatureTally } from './featureTally';
export { countCategories, emptyCategoryCounts, totalCount, categoryShares, rankCategories } from './categoryCounts';
export type { CategoryCounts } from './categoryCounts';
export { fongTest, FONG_Z } from './fong';
export type { FongTestResult } from './fong';
export { categoryStrength, totalStrength, CATEGORY_STRENGTH_GUIDE, TOTAL_STRENGTH_GUIDE } from './strength';
export { satisfactionCoefficients } from './satisfactionCoefficients';
export type { SatisfactionCoefficients } from './satisfactionCoefficients';
export { frequencyMoments } from './frequencyMoments';
export type { FrequencyMoments } from './frequencyMoments';
export { continuousScores, importanceMoments, FUNCTIONAL_SCORES, DYSFUNCTIONAL_SCORES, CONTINUOUS_MIDPOINT } from './continuousScale';
export type { ContinuousScores } from './continuousScale';
export { classifyFeature } from './classification';
export type { FeatureClassification, DecidedBy } from './classification';
export { answerFlags, HIGH_QUESTIONABLE_SHARE, HIGH_REVERSE_SHARE, SMALL_SAMPLE } from './answerQuality';
export type { AnswerFlag, AnswerFlagKind } from './answerQuality';
export { summariseFeature, meanCoefficients } from './featureSummary';
export type { FeatureSummary } from './featureSummary';
export { DEFAULT_PERSONAS, summariseSegment, segmentDifferences } from './segments';
export type { SegmentTally, SegmentSummary, SegmentDifference } from './segments';
export { priorityList, PRIORITY_GROUP_TITLES } from './priorityList';
export type { PriorityItem, PriorityGroup } from './priorityList';
export {
  DEFAULT_QUESTIONNAIRE,
  FEATURE_PLACEHOLDER,
  SEGMENT_COLUMN,
  IMPORTANCE_OPTIONS,
  columnHeader,
  checkQuestionnaire,
  questionnaireItems,
  isKanoQuestionnaire,
} from './questionnaire';
export type { KanoQuestionnaire, QuestionnaireItem, QuestionKind, QuestionnaireCheck } from './questionnaire';
export { questionnaireStarText } from './questionnaireStarText';
export { answerTemplateHeaders, answerTemplateNotes } from './answerTemplate';
export { featureKey, checkMapping } from './columnMapping';
export { readKanoHeader, detectKanoColumns, kanoAnswerColumns } from './columnDetection';
export type { FeatureColumns, KanoColumnMapping, HeaderReading, HeaderRole, MappingCheck } from './columnMapping';
export { analyseKano, MAX_SEGMENTS } from './analyseKano';
export type { KanoAnalysisRequest, KanoAnalysisResult, KanoAnalysis, KanoTallies } from './analyseKano';
export { EXAMPLE_FEATURES, EXAMPLE_QUESTIONNAIRE, exampleSurveyRows, exampleSurveyText } from './exampleData';
export { toKanoSharePayload, parseKanoSharePayload } from './sharePayload';
export type { KanoShareState, KanoSharePayload, KanoShareParse } from './sharePayload';
export { kanoResultRows } from './resultRows';
export type { ResultCell } from './resultRows';
