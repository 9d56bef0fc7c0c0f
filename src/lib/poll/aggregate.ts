/**
 * The class's answers as each tool's input. `pollTable` is the one bridge the tools use: a
 * table whose headers are the ones each tool's import recognises (so the live feed and a CSV
 * export read back identically); the other functions give the figures directly, for the scan
 * view's summaries and the tests.
 */
import type { KanoAnswer } from '../kano/answers';
import type { PollResponse } from './collection';
import { BAD_KEYS, isAsked, KANO_LABELS, pollQuestions, type PollDefinition } from './templates';

/** Headers and one row of cells per response (blank where not answered or not asked). */
export function pollTable(poll: PollDefinition, responses: readonly PollResponse[]): { headers: string[]; rows: string[][] } {
  const questions = pollQuestions(poll);
  return {
    headers: questions.map((question) => question.column),
    rows: responses.map((response) => questions.map((question, index) => {
      const answer = response.answers[index] ?? 0;
      return answer === 0 ? '' : question.values[answer - 1] ?? '';
    })),
  };
}

const indexOfKey = (poll: PollDefinition, key: string) => pollQuestions(poll).findIndex((question) => question.key === key);

/**
 * NPS input: the count of each score 0–10 and, when the poll asked for a group, the counts per
 * group (a response without a group is in the total only).
 */
export function npsInput(poll: PollDefinition, responses: readonly PollResponse[]): { counts: number[]; groups: { label: string; counts: number[] }[] } {
  const scoreIndex = indexOfKey(poll, 'score');
  const groupIndex = indexOfKey(poll, 'group');
  const questions = pollQuestions(poll);
  const counts = new Array<number>(11).fill(0);
  const labels = groupIndex === -1 ? [] : questions[groupIndex]!.options;
  const groups = labels.map((label) => ({ label, counts: new Array<number>(11).fill(0) }));
  if (scoreIndex === -1) return { counts, groups };
  for (const response of responses) {
    const answer = response.answers[scoreIndex] ?? 0;
    if (answer === 0) continue;
    counts[answer - 1]! += 1;
    const group = groupIndex === -1 ? 0 : response.answers[groupIndex] ?? 0;
    if (group > 0) groups[group - 1]!.counts[answer - 1]! += 1;
  }
  return { counts, groups: groups.filter((group) => group.counts.some((count) => count > 0)) };
}

/** KANO input: for each feature, the (functional, dysfunctional) answer pairs, codes 1–5. */
export function kanoPairs(poll: PollDefinition, responses: readonly PollResponse[]): { feature: string; pairs: [KanoAnswer, KanoAnswer][] }[] {
  if (poll.template !== 'kano') return [];
  return poll.features.map((feature, position) => {
    const functional = indexOfKey(poll, `f${position + 1}`);
    const dysfunctional = indexOfKey(poll, `d${position + 1}`);
    const pairs: [KanoAnswer, KanoAnswer][] = [];
    for (const response of responses) {
      const first = response.answers[functional] ?? 0;
      const second = response.answers[dysfunctional] ?? 0;
      if (first >= 1 && first <= KANO_LABELS.length && second >= 1 && second <= KANO_LABELS.length) pairs.push([first as KanoAnswer, second as KanoAnswer]);
    }
    return { feature, pairs };
  });
}

/** SERVQUAL input: for each item, its E and P scores (E empty in a P-only poll). */
export function servqualScores(poll: PollDefinition, responses: readonly PollResponse[]): { item: number; expected: number[]; perceived: number[] }[] {
  if (poll.template !== 'servqual') return [];
  const read = (key: string) => {
    const index = indexOfKey(poll, key);
    return index === -1 ? [] : responses.map((response) => response.answers[index] ?? 0).filter((score) => score > 0);
  };
  return poll.items.map((item) => ({ item, expected: read(`E${item}`), perceived: read(`P${item}`) }));
}

/** One rate of the class column: how many of how many, and the share (null when nobody was asked). */
export interface ClassRate {
  count: number;
  of: number;
  share: number | null;
}

/** The class's own Market Damage figures from the bad-experience poll. */
export interface MarketDamageClass {
  respondents: number;
  /** p: had a problem ÷ all. */
  problemRate: ClassRate;
  /** c: complained ÷ had a problem. */
  complaintRate: ClassRate;
  /** s: resolved ÷ complained. */
  resolvedRate: ClassRate;
  /** Repurchase per group: came back ÷ group. */
  silent: ClassRate;
  unresolved: ClassRate;
  resolved: ClassRate;
  /** T⁻: mean number told among those who did not come back (the tool's 'lost' basis). */
  toldNegative: { mean: number | null; of: number };
}

const rate = (count: number, of: number): ClassRate => ({ count, of, share: of === 0 ? null : count / of });

/**
 * The class column: each rate with its numerator and denominator, so the page can show "3 / 12".
 * Answer codes: 1 = 是, 2 = 否; "told" is option k → k − 1 people (the top option counts as 10).
 */
export function marketDamageClass(poll: PollDefinition, responses: readonly PollResponse[]): MarketDamageClass {
  const questions = pollQuestions(poll);
  const at = (key: string) => questions.findIndex((question) => question.key === key);
  const [problem, complained, resolved, cameBack, told] = [at(BAD_KEYS.problem), at(BAD_KEYS.complained), at(BAD_KEYS.resolved), at(BAD_KEYS.cameBack), at(BAD_KEYS.told)];
  const counted = responses.filter((response) => poll.template === 'badExperience' && (response.answers[problem] ?? 0) > 0);
  const yes = (response: PollResponse, index: number) => index !== -1 && isAsked(questions[index]!, questions, response.answers) && response.answers[index] === 1;
  const no = (response: PollResponse, index: number) => index !== -1 && isAsked(questions[index]!, questions, response.answers) && response.answers[index] === 2;
  const withProblem = counted.filter((response) => yes(response, problem));
  const complainers = withProblem.filter((response) => yes(response, complained));
  const silentGroup = withProblem.filter((response) => no(response, complained));
  const resolvedGroup = complainers.filter((response) => yes(response, resolved));
  const unresolvedGroup = complainers.filter((response) => no(response, resolved));
  const back = (group: PollResponse[]) => rate(group.filter((response) => yes(response, cameBack)).length, group.length);
  const lost = withProblem.filter((response) => no(response, cameBack));
  const toldCounts = lost.map((response) => (response.answers[told] ?? 0) - 1).filter((count) => count >= 0);
  return {
    respondents: counted.length,
    problemRate: rate(withProblem.length, counted.length),
    complaintRate: rate(complainers.length, withProblem.length),
    resolvedRate: rate(resolvedGroup.length, complainers.length),
    silent: back(silentGroup),
    unresolved: back(unresolvedGroup),
    resolved: back(resolvedGroup),
    toldNegative: { mean: toldCounts.length === 0 ? null : toldCounts.reduce((sum, count) => sum + count, 0) / toldCounts.length, of: toldCounts.length },
  };
}

/**
 * The class figures as the Market Damage tool's typed values (percent strings, one decimal),
 * for a share link; a rate nobody answered keeps the tool's own value.
 */
export function marketDamageValues(figures: MarketDamageClass): Partial<Record<'problemRate' | 'complaintRate' | 'resolvedRate' | 'silent' | 'unresolved' | 'resolved' | 'toldNegative', string>> {
  const percent = (value: ClassRate) => (value.share === null ? undefined : String(Math.round(value.share * 1000) / 10));
  const entries = {
    problemRate: percent(figures.problemRate),
    complaintRate: percent(figures.complaintRate),
    resolvedRate: percent(figures.resolvedRate),
    silent: percent(figures.silent),
    unresolved: percent(figures.unresolved),
    resolved: percent(figures.resolved),
    toldNegative: figures.toldNegative.mean === null ? undefined : String(Math.round(figures.toldNegative.mean * 10) / 10),
  };
  return Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined));
}
