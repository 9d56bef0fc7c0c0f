import { readNumber } from '../import/cells';
import { IssueLog } from '../import/issues';
import type { IssueSummary, SurveyTable } from '../import/types';
import { createAnswerCoder, DEFAULT_ANSWER_MAPPING, readMappedAnswer, type AnswerMapping, type KanoAnswer } from './answers';
import { countAnswerValues, type AnswerValueSummary } from './answerValues';
import { checkMapping, type KanoColumnMapping } from './columnMapping';
import { addImportance, addPair, emptyFeatureTally, type FeatureTally } from './featureTally';
import type { SegmentTally } from './segments';
import { formatCount } from '../tool/format';

/** What the page asks the worker to compute. */
export interface KanoAnalysisRequest {
  kind: 'kano';
  mapping: KanoColumnMapping;
  /** How to read answers the built-in table does not know; omitted = the built-in reading. */
  answers?: AnswerMapping;
}

/** Order-free counts of the whole survey: all the results page needs (see featureSummary.ts). */
export interface KanoTallies {
  /** Data rows read. */
  respondents: number;
  features: FeatureTally[];
  /** One per distinct answer to the segment question, in order of first appearance; empty without a segment column. */
  segments: SegmentTally[];
  /** Rows whose segment cell was empty (counted in `features`, not in any segment). */
  withoutSegment: number;
  /** Whether any importance column was mapped. */
  hasImportance: boolean;
}

export interface KanoAnalysis {
  tallies: KanoTallies;
  issues: IssueSummary;
  /** Answer pairs where both questions were left blank (not listed as issues). */
  skippedPairs: number;
  warnings: string[];
  /** The distinct answers met, when some were not recognised (for the answer mapping); else null. */
  answerValues: AnswerValueSummary | null;
}

export type KanoAnalysisResult = ({ ok: true } & KanoAnalysis) | { ok: false; error: string; answerValues?: AnswerValueSummary | null };

/** More distinct segment answers than this means the wrong column was probably chosen. */
export const MAX_SEGMENTS = 30;

export interface AnalysisProgress {
  progress(fraction: number): void;
}

const NO_PROGRESS: AnalysisProgress = { progress: () => undefined };

/**
 * Reads a wide answer table (one row per respondent) into Kano tallies: for every feature, each
 * respondent's functional and dysfunctional answers are read (labels, variants or codes 1–5) and,
 * when both are valid, counted as a pair; the importance rating (1–9) is counted when present;
 * the same is done per segment when a segment column is chosen.
 *
 * A pair is left out, and reported with its spreadsheet row and column, when an answer is not one
 * of the five (invalid) or only one of the two questions was answered (missing half). Pairs with
 * both questions blank are counted as skipped only. This is the function the KANO worker runs.
 *
 * @param table the survey table from the shared importer
 * @param request the column mapping
 * @param context progress reporting (the worker host passes one)
 * @returns tallies, the first issues with totals, and warnings; or a Chinese error for a bad mapping
 */
export function analyseKano(table: SurveyTable, request: KanoAnalysisRequest, context: AnalysisProgress = NO_PROGRESS): KanoAnalysisResult {
  const checked = checkMapping(request.mapping, table.headers);
  if (!checked.ok) return checked;
  const { features, segment } = checked.mapping;
  if (table.rows.length === 0) return { ok: false, error: '表格里没有数据行：第 1 行是表头，答卷从第 2 行开始。' };

  const answers = request.answers ?? DEFAULT_ANSWER_MAPPING;
  const codeOf = createAnswerCoder(answers);
  const log = new IssueLog();
  const overall = features.map((feature) => emptyFeatureTally(feature.name));
  const segmentTallies = new Map<string, SegmentTally>();
  const importanceCache = new Map<string, ReturnType<typeof readNumber>>();
  /** Segment cell text → its tally, or null when the cell means "no answer" or there are too many segments. */
  const segmentOf = new Map<string, SegmentTally | null>();
  const warnings: string[] = [];
  let withoutSegment = 0;
  let skippedPairs = 0;
  let tooManySegments = false;
  let invalidCells = 0;

  const reasonOf = (cell: string) => {
    const reading = readMappedAnswer(cell, answers);
    return reading.kind === 'value' ? '' : reading.reason;
  };
  const headerOf = (column: number) => table.headers[column] ?? `第 ${column + 1} 列`;
  const readImportance = (cell: string) => {
    let reading = importanceCache.get(cell);
    if (reading === undefined) {
      reading = readNumber(cell, { min: 1, max: 9, integer: true });
      if (importanceCache.size < 1000) importanceCache.set(cell, reading);
    }
    return reading;
  };

  // One row into the tallies. Its own function, not the loop's body, so the engine optimises a
  // small hot function early rather than the whole analysis on-stack (see analyseServqual.ts).
  const addRow = (row: readonly string[], rowNumber: number): void => {
    let segmentTally: SegmentTally | null = null;
    if (segment !== null) {
      const cell = row[segment] ?? '';
      let known = segmentOf.get(cell);
      if (known === undefined) {
        const name = cell.trim();
        const blank = name === '' || readNumber(name).kind === 'missing';
        known = blank ? null : segmentTallies.get(name) ?? null;
        if (!blank && known === null) {
          if (segmentTallies.size < MAX_SEGMENTS) {
            known = { name, respondents: 0, features: features.map((feature) => emptyFeatureTally(feature.name)) };
            segmentTallies.set(name, known);
          } else {
            tooManySegments = true;
          }
        }
        if (segmentOf.size < 10_000) segmentOf.set(cell, known);
      }
      segmentTally = known;
      if (segmentTally === null) withoutSegment += 1;
      else segmentTally.respondents += 1;
    }

    for (let featureIndex = 0; featureIndex < features.length; featureIndex += 1) {
      const feature = features[featureIndex]!;
      const functionalColumn = feature.functional!;
      const dysfunctionalColumn = feature.dysfunctional!;
      const functionalCell = row[functionalColumn] ?? '';
      const dysfunctionalCell = row[dysfunctionalColumn] ?? '';
      const functional = codeOf(functionalCell);
      const dysfunctional = codeOf(dysfunctionalCell);

      if (functional > 0 && dysfunctional > 0) {
        addPair(overall[featureIndex]!, functional as KanoAnswer, dysfunctional as KanoAnswer);
        if (segmentTally !== null) addPair(segmentTally.features[featureIndex]!, functional as KanoAnswer, dysfunctional as KanoAnswer);
      } else if (functional === 0 && dysfunctional === 0) {
        skippedPairs += 1;
      } else {
        // Rare: the reasons are looked up again only here.
        if (functional === -1) invalidCells += 1;
        if (dysfunctional === -1) invalidCells += 1;
        if (functional === -1) {
          log.add({ row: rowNumber, column: headerOf(functionalColumn), value: functionalCell, reason: `「${feature.name}」正向回答${reasonOf(functionalCell)}，这一对未计入`, kind: 'invalid' });
        }
        if (dysfunctional === -1) {
          log.add({ row: rowNumber, column: headerOf(dysfunctionalColumn), value: dysfunctionalCell, reason: `「${feature.name}」反向回答${reasonOf(dysfunctionalCell)}，这一对未计入`, kind: 'invalid' });
        }
        if (functional === 0 && dysfunctional > 0) {
          log.add({ row: rowNumber, column: headerOf(functionalColumn), value: functionalCell, reason: `「${feature.name}」只答了反向问题，缺少正向回答，这一对未计入`, kind: 'missing' });
        }
        if (dysfunctional === 0 && functional > 0) {
          log.add({ row: rowNumber, column: headerOf(dysfunctionalColumn), value: dysfunctionalCell, reason: `「${feature.name}」只答了正向问题，缺少反向回答，这一对未计入`, kind: 'missing' });
        }
      }

      if (feature.importance !== null) {
        const cell = row[feature.importance] ?? '';
        const importance = readImportance(cell);
        if (importance.kind === 'value') {
          addImportance(overall[featureIndex]!, importance.value);
          if (segmentTally !== null) addImportance(segmentTally.features[featureIndex]!, importance.value);
        } else if (importance.kind === 'invalid') {
          log.add({ row: rowNumber, column: headerOf(feature.importance), value: cell, reason: `「${feature.name}」重要性${importance.reason}（应为 1–9 的整数），未计入`, kind: 'invalid' });
        }
      }
    }
  };

  const rowCount = table.rows.length;
  const progressEvery = Math.max(1000, Math.floor(rowCount / 100));
  for (let rowIndex = 0; rowIndex < rowCount; rowIndex += 1) {
    if (rowIndex % progressEvery === 0) context.progress(rowIndex / rowCount);
    addRow(table.rows[rowIndex]!, table.rowNumbers[rowIndex] ?? rowIndex + 2);
  }
  context.progress(1);

  if (tooManySegments) warnings.push(`客群列（${headerOf(segment!)}）的不同取值超过 ${MAX_SEGMENTS} 种，只分析了最先出现的 ${MAX_SEGMENTS} 种：是否选错了列？`);
  if (segment !== null && withoutSegment > 0) warnings.push(`${formatCount(withoutSegment)} 位受访者没有填写客群，计入总体结果，但不计入任何客群。`);
  const classified = overall.reduce((sum, tally) => sum + tally.pairs.reduce((total, count) => total + count, 0), 0);
  const answerColumns = features.flatMap((feature) => [feature.functional!, feature.dysfunctional!]);
  // Listed when something was not recognised, or when the user mapped answers (to review the mapping).
  const answerValues = invalidCells > 0 || classified === 0 || request.answers !== undefined ? countAnswerValues(table, answerColumns, answers) : null;
  if (classified === 0) {
    const listed = answerValues !== null && answerValues.distinct > 0;
    return {
      ok: false,
      error: listed
        ? `所选列里没有一对能识别的回答：下方“答案对应”列出了这些列里的 ${answerValues.distinct} 种答案及其次数，请把每种答案对应到五个标准答案之一（或设定数字代码的顺序），再点“按此对应重新分析”。`
        : '所选列里没有一对完整有效的回答：这些列都是空的。请检查列对应。',
      answerValues,
    };
  }

  return {
    ok: true,
    tallies: {
      respondents: rowCount,
      features: overall,
      segments: [...segmentTallies.values()],
      withoutSegment: segment === null ? 0 : withoutSegment,
      hasImportance: features.some((feature) => feature.importance !== null),
    },
    issues: log.summary(),
    skippedPairs,
    warnings,
    answerValues,
  };
}
