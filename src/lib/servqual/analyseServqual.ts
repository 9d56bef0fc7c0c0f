/**
 * The SERVQUAL analysis of an imported answer table (runs in the worker,
 * src/workers/servqual.worker.ts). It reads every mapped cell once, scores reversed items, and
 * keeps only running sums — per item, per dimension, per respondent score — so 10,000
 * respondents need no arrays of answers. Every answer, gap and dimension sum is a whole number,
 * so those sums are exact (src/lib/stats/integerSums.ts); only the importance points and the
 * per-respondent overall scores, which are fractions, use Welford's update. The result is small plain data: it is what the page
 * shows, saves and shares.
 *
 * Missing answers: an item's gap uses every respondent who answered both its columns; a
 * dimension's scores, gap and Cronbach's α use the respondents who answered every item of that
 * dimension (complete cases); the overall scores use the respondents complete on every dimension.
 */
import { plainInteger, readNumber } from '../import/cells';
import { formatIssue, IssueLog } from '../import/issues';
import type { IssueSummary, SurveyTable } from '../import/types';
import { alphaIfItemDeleted, correctedItemTotalCorrelations, cronbachAlphaFromCovariance } from '../stats/cronbachAlpha';
import { IntegerCovariance, IntegerSums } from '../stats/integerSums';
import { RunningMoments, type Moments } from '../stats/runningMoments';
import { formatRoles, referenceRole, type AnswerRole, type ServqualFormat } from './answerRoles';
import { checkMapping, type ServqualColumnMapping } from './columnMapping';
import { dimensionById, DIMENSION_IDS, type DimensionId } from './dimensions';
import { checkQuestionnaire, numberedItems, usedDimensions, type ServqualQuestionnaire } from './questionnaire';
import { reverseScore, SCALE_MIN, type ScaleMax } from './scale';
import { checkWeights, WEIGHT_TOTAL } from './weights';
import { formatCount } from '../tool/format';

export interface ServqualAnalysisRequest {
  kind: 'servqual';
  questionnaire: ServqualQuestionnaire;
  mapping: ServqualColumnMapping;
}

export interface ItemSummary {
  id: string;
  number: number;
  text: string;
  dimension: DimensionId;
  reversed: boolean;
  /** Each rating column's answers (after reverse scoring). */
  scores: Partial<Record<AnswerRole, Moments>>;
  /** P − E (or P − desired), over respondents who answered both. */
  gap: Moments;
  /** P − adequate (three-column format only), over respondents who answered both. */
  adequacyGap: Moments | null;
}

export interface ReliabilityItem {
  id: string;
  number: number;
  alphaIfDeleted: number | null;
  /** Corrected item–total correlation. */
  itemTotal: number | null;
}

/** Cronbach's α of one dimension for one rating column (E, P, desired or adequate). */
export interface Reliability {
  role: AnswerRole;
  /** Respondents who answered every item of the dimension in this column. */
  n: number;
  itemCount: number;
  alpha: number | null;
  items: ReliabilityItem[];
}

export interface DimensionSummary {
  dimension: DimensionId;
  itemIds: string[];
  /** Each rating column's dimension score (mean of the items), per respondent, complete cases. */
  scores: Partial<Record<AnswerRole, Moments>>;
  /** The respondent's dimension gap, mean over complete respondents. */
  gap: Moments;
  adequacyGap: Moments | null;
  reliability: Reliability[];
  /** Importance points (0–100) from respondents with a valid allocation; null without weights. */
  weight: Moments | null;
}

export interface ServqualSummary {
  format: ServqualFormat;
  scaleMax: ScaleMax;
  /** Data rows read. */
  respondents: number;
  items: ItemSummary[];
  dimensions: DimensionSummary[];
  overall: {
    /** Per respondent: the mean of their dimension gaps (respondents complete on every dimension). */
    unweighted: Moments;
    /** Per respondent: Σ dimension gap × own weight / 100 (complete and with a valid allocation). */
    weighted: Moments | null;
  };
  /** How many allocations were valid, left blank, or rejected; null when there are no weight columns. */
  weights: { valid: number; blank: number; invalid: number } | null;
}

/** Rejected importance allocations: the first messages (each naming its row) and the count. */
export interface WeightIssueSummary {
  first: { row: number; message: string }[];
  count: number;
}

export type ServqualAnalysisResult =
  | { ok: true; summary: ServqualSummary; issues: IssueSummary; weightIssues: WeightIssueSummary; warnings: string[]; rowCount: number }
  | { ok: false; error: string; issues: IssueSummary | null };

const PROGRESS_EVERY_ROWS = 2_000;
const WEIGHT_ISSUE_LIMIT = 20;

/**
 * Analyses a SERVQUAL answer table.
 * @param table the loaded survey
 * @param request the questionnaire and the column mapping
 * @param context progress callback (optional)
 * @returns summaries per item and dimension, reliability, overall scores and every rejected cell or allocation
 * @example analyseServqual(table, { kind: 'servqual', questionnaire, mapping }).ok
 */
export function analyseServqual(
  table: SurveyTable,
  request: ServqualAnalysisRequest,
  context: { progress(fraction: number): void } = { progress() {} },
): ServqualAnalysisResult {
  const checked = checkQuestionnaire(request.questionnaire);
  if (!checked.ok) return { ok: false, error: checked.errors.join(' '), issues: null };
  const questionnaire = checked.questionnaire;
  const mappingCheck = checkMapping(request.mapping, questionnaire, table.headers);
  if (!mappingCheck.ok) return { ok: false, error: mappingCheck.error, issues: null };
  if (table.rows.length === 0) return { ok: false, error: '表格只有表头，没有数据行。', issues: null };

  const { format, scaleMax } = questionnaire;
  const roles = formatRoles(format);
  const roleCount = roles.length;
  const referenceIndex = roles.indexOf(referenceRole(format));
  const perceivedIndex = roles.indexOf('perceived');
  const adequateIndex = roles.indexOf('adequate');
  const usable = new Set(mappingCheck.usableItemIds);
  const items = numberedItems(questionnaire).filter((item) => usable.has(item.id));
  const itemCount = items.length;

  // Column of each (item, role); −1 = not in the table.
  const columns = new Int32Array(itemCount * roleCount).fill(-1);
  items.forEach((item, itemIndex) => {
    const entry = request.mapping.items.find((candidate) => candidate.itemId === item.id)!;
    roles.forEach((role, roleIndex) => {
      columns[itemIndex * roleCount + roleIndex] = entry.columns[role] ?? -1;
    });
  });

  // Answers are centred on the scale's midpoint (3 or 4), which keeps the exact sums small.
  const centre = (SCALE_MIN + scaleMax) / 2;
  const itemScores = new IntegerSums(itemCount * roleCount, centre);
  const itemGaps = new IntegerSums(itemCount);
  const itemAdequacy = new IntegerSums(itemCount);

  const dimensions = DIMENSION_IDS.filter((dimension) => items.some((item) => item.dimension === dimension));
  const dimensionMembers = dimensions.map((dimension) => items.flatMap((item, index) => (item.dimension === dimension ? [index] : [])));
  const dimensionCovariances = dimensionMembers.map((members) => roles.map(() => new IntegerCovariance(members.length, centre)));
  // A respondent's dimension score is the sum of its k answers (a whole number), divided by k at the end.
  const dimensionScores = dimensionMembers.map((members) => new IntegerSums(roleCount, centre * members.length));
  const dimensionGaps = new IntegerSums(dimensions.length);
  const dimensionAdequacy = new IntegerSums(dimensions.length);
  const unweighted = new RunningMoments();

  // Weights: only when every questionnaire dimension has a column and items to score.
  const weightDimensions = usedDimensions(questionnaire);
  const weightsUsable = mappingCheck.hasWeights && weightDimensions.every((dimension) => dimensions.includes(dimension));
  const warnings = [...mappingCheck.warnings];
  if (mappingCheck.hasWeights && !weightsUsable) warnings.push('有维度没有可计算的题项：不计算加权得分。');
  const weightColumns = weightsUsable ? weightDimensions.map((dimension) => request.mapping.weights[dimension]!) : [];
  const weightLabels = weightDimensions.map((dimension) => dimensionById(dimension).courseName);
  const weightMoments = weightsUsable ? dimensions.map(() => new RunningMoments()) : null;
  const weighted = weightsUsable ? new RunningMoments() : null;
  const weightCounts = { valid: 0, blank: 0, invalid: 0 };
  const weightIssues: WeightIssueSummary = { first: [], count: 0 };

  const log = new IssueLog();
  const range = { min: SCALE_MIN, max: scaleMax, integer: true } as const;
  const values = new Float64Array(itemCount * roleCount);
  const rowGaps = new Float64Array(dimensions.length);
  const vectors = dimensionMembers.map((members) => new Float64Array(members.length));
  const rowTotal = table.rows.length;

  // One row's cells into the running sums. Its own function, not the loop's body, so the engine
  // optimises a small hot function early instead of the whole analysis through on-stack
  // replacement (that compile took longer than the 10,000-row loop it served, then deoptimised
  // at the summary code after the loop, which had not run yet).
  const addRow = (row: readonly string[], rowNumber: number): void => {
    for (let itemIndex = 0; itemIndex < itemCount; itemIndex += 1) {
      const reversed = items[itemIndex]!.reversed;
      for (let roleIndex = 0; roleIndex < roleCount; roleIndex += 1) {
        const slot = itemIndex * roleCount + roleIndex;
        const column = columns[slot]!;
        if (column < 0) {
          values[slot] = Number.NaN;
          continue;
        }
        const cell = row[column] ?? '';
        // Fast path for the usual cell, plain digits on the scale (“5”); anything else goes
        // through the shared readNumber, so messages and accepted forms stay the importer's.
        const digit = plainInteger(cell);
        const value = digit >= SCALE_MIN && digit <= scaleMax ? digit : log.record(rowNumber, table.headers[column] ?? `第 ${column + 1} 列`, cell, readNumber(cell, range));
        if (value === null) {
          values[slot] = Number.NaN;
          continue;
        }
        const scored = reversed ? reverseScore(value, scaleMax) : value;
        values[slot] = scored;
        itemScores.add(slot, scored);
      }
      const perceived = values[itemIndex * roleCount + perceivedIndex]!;
      const reference = values[itemIndex * roleCount + referenceIndex]!;
      if (!Number.isNaN(perceived) && !Number.isNaN(reference)) itemGaps.add(itemIndex, perceived - reference);
      if (adequateIndex !== -1) {
        const adequate = values[itemIndex * roleCount + adequateIndex]!;
        if (!Number.isNaN(perceived) && !Number.isNaN(adequate)) itemAdequacy.add(itemIndex, perceived - adequate);
      }
    }

    let completeDimensions = 0;
    for (let dimensionIndex = 0; dimensionIndex < dimensions.length; dimensionIndex += 1) {
      const members = dimensionMembers[dimensionIndex]!;
      const vector = vectors[dimensionIndex]!;
      for (let roleIndex = 0; roleIndex < roleCount; roleIndex += 1) {
        let complete = true;
        let sum = 0;
        for (let member = 0; member < members.length; member += 1) {
          const value = values[members[member]! * roleCount + roleIndex]!;
          if (Number.isNaN(value)) {
            complete = false;
            break;
          }
          vector[member] = value;
          sum += value;
        }
        if (complete) {
          dimensionCovariances[dimensionIndex]![roleIndex]!.push(vector);
          dimensionScores[dimensionIndex]!.add(roleIndex, sum);
        }
      }
      let gapSum = 0;
      let adequacySum = 0;
      let gapComplete = true;
      let adequacyComplete = adequateIndex !== -1;
      for (let position = 0; position < members.length; position += 1) {
        const member = members[position]!;
        const perceived = values[member * roleCount + perceivedIndex]!;
        const reference = values[member * roleCount + referenceIndex]!;
        if (Number.isNaN(perceived) || Number.isNaN(reference)) {
          gapComplete = false;
          adequacyComplete = false;
          break;
        }
        gapSum += perceived - reference;
        if (adequacyComplete) {
          const adequate = values[member * roleCount + adequateIndex]!;
          if (Number.isNaN(adequate)) adequacyComplete = false;
          else adequacySum += perceived - adequate;
        }
      }
      if (gapComplete) {
        dimensionGaps.add(dimensionIndex, gapSum);
        rowGaps[dimensionIndex] = gapSum / members.length;
        completeDimensions += 1;
      } else {
        rowGaps[dimensionIndex] = Number.NaN;
      }
      if (adequacyComplete) dimensionAdequacy.add(dimensionIndex, adequacySum);
    }
    const allDimensions = completeDimensions === dimensions.length && dimensions.length > 0;
    if (allDimensions) {
      let sum = 0;
      for (let index = 0; index < dimensions.length; index += 1) sum += rowGaps[index]!;
      unweighted.push(sum / dimensions.length);
    }

    if (weightsUsable) {
      const readings: (number | null)[] = [];
      let cellError: string | null = null;
      for (const column of weightColumns) {
        const cell = row[column] ?? '';
        const reading = readNumber(cell, { min: 0, max: WEIGHT_TOTAL });
        if (reading.kind === 'invalid' && cellError === null) {
          cellError = formatIssue({ row: rowNumber, column: table.headers[column] ?? `第 ${column + 1} 列`, value: cell, reason: reading.reason, kind: 'invalid' });
        }
        readings.push(reading.kind === 'value' ? reading.value : null);
      }
      const check = cellError === null ? checkWeights(readings, weightLabels, rowNumber) : ({ kind: 'invalid', error: cellError } as const);
      if (check.kind === 'blank') weightCounts.blank += 1;
      else if (check.kind === 'invalid') {
        weightCounts.invalid += 1;
        weightIssues.count += 1;
        if (weightIssues.first.length < WEIGHT_ISSUE_LIMIT) weightIssues.first.push({ row: rowNumber, message: check.error });
      } else {
        weightCounts.valid += 1;
        let score = 0;
        weightDimensions.forEach((dimension, index) => {
          const dimensionIndex = dimensions.indexOf(dimension);
          const weight = check.weights[index]!;
          weightMoments![dimensionIndex]!.push(weight);
          score += (rowGaps[dimensionIndex]! * weight) / WEIGHT_TOTAL;
        });
        if (allDimensions) weighted!.push(score);
      }
    }
  };

  for (let rowIndex = 0; rowIndex < rowTotal; rowIndex += 1) {
    addRow(table.rows[rowIndex]!, table.rowNumbers[rowIndex] ?? rowIndex + 2);
    if (rowIndex % PROGRESS_EVERY_ROWS === 0) context.progress(rowIndex / rowTotal);
  }

  const issues = log.summary();
  if (itemGaps.counts.every((count) => count === 0)) {
    return {
      ok: false,
      issues,
      error: `没有一位受访者同时有有效的${format === 'three-column' ? '理想' : '期望'}分和感知分（1–${scaleMax} 的整数）：${formatCount(issues.total)} 个值未计入。请检查列的对应关系和量表（5 级或 7 级）。`,
    };
  }

  const itemSummaries: ItemSummary[] = items.map((item, itemIndex) => {
    const scores: Partial<Record<AnswerRole, Moments>> = {};
    roles.forEach((role, roleIndex) => {
      scores[role] = itemScores.moments(itemIndex * roleCount + roleIndex);
    });
    return {
      id: item.id,
      number: item.number,
      text: item.text,
      dimension: item.dimension,
      reversed: item.reversed,
      scores,
      gap: itemGaps.moments(itemIndex),
      adequacyGap: adequateIndex === -1 ? null : itemAdequacy.moments(itemIndex),
    };
  });

  const dimensionSummaries: DimensionSummary[] = dimensions.map((dimension, dimensionIndex) => {
    const members = dimensionMembers[dimensionIndex]!;
    const scores: Partial<Record<AnswerRole, Moments>> = {};
    const reliability: Reliability[] = roles.map((role, roleIndex) => {
      scores[role] = dimensionScores[dimensionIndex]!.moments(roleIndex, members.length);
      const covariance = dimensionCovariances[dimensionIndex]![roleIndex]!;
      const enough = covariance.n >= 2 && members.length >= 2;
      const matrix = covariance.matrix();
      const deleted = enough ? alphaIfItemDeleted(matrix) : members.map(() => null);
      const itemTotal = enough ? correctedItemTotalCorrelations(matrix) : members.map(() => null);
      return {
        role,
        n: covariance.n,
        itemCount: members.length,
        alpha: enough ? cronbachAlphaFromCovariance(matrix) : null,
        items: members.map((member, index) => ({ id: items[member]!.id, number: items[member]!.number, alphaIfDeleted: deleted[index] ?? null, itemTotal: itemTotal[index] ?? null })),
      };
    });
    return {
      dimension,
      itemIds: members.map((member) => items[member]!.id),
      scores,
      gap: dimensionGaps.moments(dimensionIndex, members.length),
      adequacyGap: adequateIndex === -1 ? null : dimensionAdequacy.moments(dimensionIndex, members.length),
      reliability,
      weight: weightMoments ? weightMoments[dimensionIndex]!.summary() : null,
    };
  });

  if (weightsUsable && weightCounts.valid === 0) warnings.push('没有一位受访者的重要性分配有效（需每个维度都填写且合计为 100）：不计算加权得分。');

  return {
    ok: true,
    summary: {
      format,
      scaleMax,
      respondents: rowTotal,
      items: itemSummaries,
      dimensions: dimensionSummaries,
      overall: { unweighted: unweighted.summary(), weighted: weighted && weighted.n > 0 ? weighted.summary() : null },
      weights: weightsUsable ? weightCounts : null,
    },
    issues,
    weightIssues,
    warnings,
    rowCount: rowTotal,
  };
}
