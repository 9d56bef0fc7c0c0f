/**
 * The peak–end score of an emotion curve: the mean of the most intense moment and the final
 * moment of an episode. People's retrospective rating of an experience follows this average far
 * more closely than the mean (or the duration) of what they felt along the way.
 *
 * References:
 * - Kahneman, D., Fredrickson, B. L., Schreiber, C. A. & Redelmeier, D. A. (1993). When more pain
 *   is preferred to less: Adding a better end. Psychological Science, 4(6), 401–405.
 * - Redelmeier, D. A. & Kahneman, D. (1996). Patients' memories of painful medical treatments:
 *   Real-time and retrospective evaluations of two minimally invasive procedures. Pain, 66(1), 3–8.
 * - Open explainer: https://en.wikipedia.org/wiki/Peak%E2%80%93end_rule
 *
 * On a −2…+2 scale "most intense" is the largest absolute value. When a negative and a positive
 * moment are equally intense the negative one counts as the peak (bad experiences weigh more:
 * Baumeister, Bratslavsky, Finkenauer & Vohs 2001, Review of General Psychology 5(4)); between
 * equal values the first. The episode runs from the first stage to the end stage: stages after
 * it (a follow-up message after check-out) are drawn but are not part of the remembered episode.
 * Stages without a score are skipped.
 */
import { formatEmotion, type JourneyMap } from './model';
import type { Curve } from './reduce';

export interface PeakEnd {
  /** Index (into map.stages) of the most intense scored moment. */
  peakIndex: number;
  /** Index of the end moment (the end stage, or the last scored stage before it). */
  endIndex: number;
  peak: number;
  end: number;
  /** (peak + end) / 2 */
  score: number;
  /** Plain mean of the scored stages of the episode. */
  mean: number;
  /** How many stages of the episode carry a score. */
  scored: number;
}

/**
 * Peak–end score of a list of scores (null = not scored), the episode ending at `endIndex`.
 * @returns null when no stage of the episode is scored
 * @example peakEndOf([1, -1, -2, 1, -1], 4) // { peak: -2, end: -1, score: -1.5, mean: -0.4, … }
 */
export function peakEndOf(scores: readonly (number | null)[], endIndex = scores.length - 1): PeakEnd | null {
  let peakIndex = -1;
  let lastIndex = -1;
  let sum = 0;
  let scored = 0;
  for (let index = 0; index <= Math.min(endIndex, scores.length - 1); index += 1) {
    const value = scores[index];
    if (value === null || value === undefined) continue;
    scored += 1;
    sum += value;
    lastIndex = index;
    const peak = peakIndex < 0 ? null : scores[peakIndex]!;
    if (peak === null || Math.abs(value) > Math.abs(peak) || (Math.abs(value) === Math.abs(peak) && value < peak)) peakIndex = index;
  }
  if (scored === 0) return null;
  const peak = scores[peakIndex]!;
  const end = scores[lastIndex]!;
  return { peakIndex, endIndex: lastIndex, peak, end, score: (peak + end) / 2, mean: sum / scored, scored };
}

/** The peak–end result of one of a map's curves. */
export function mapPeakEnd(map: JourneyMap, curve: Curve): PeakEnd | null {
  const endAt = map.endStageId === null ? map.stages.length - 1 : map.stages.findIndex((stage) => stage.id === map.endStageId);
  return peakEndOf(map.stages.map((stage) => stage[curve]), endAt < 0 ? map.stages.length - 1 : endAt);
}

/** One sentence on what the score means for the design, comparing it with the plain mean. */
export function peakEndSentence(result: PeakEnd, stageNames: readonly string[]): string {
  const gap = result.score - result.mean;
  const peakName = stageNames[result.peakIndex] ?? '';
  const endName = stageNames[result.endIndex] ?? '';
  const where = `峰值在“${peakName}”（${formatEmotion(result.peak)}），终点在“${endName}”（${formatEmotion(result.end)}）`;
  if (gap <= -0.25) return `${where}：顾客记住的会比一路的平均感受更差，先修好峰值处的痛点和结尾。`;
  if (gap >= 0.25) return `${where}：顾客记住的会比一路的平均感受更好，守住这个高峰和结尾。`;
  return `${where}：记忆与平均感受相近，设计一个正向峰值、把结尾做好，能把记忆抬高。`;
}
