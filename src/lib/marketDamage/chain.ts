/**
 * The Market Damage Model (体验损害模型) as a chain of small steps, from the customers a year to
 * the revenue at risk. The structure follows the complaint economics of TARP (1979; 1986) and
 * John Goodman (2009): problems are common, most customers with a problem stay silent, and how a
 * complaint is handled changes whether the customer buys again and what they tell others. The
 * step-by-step arithmetic is this course's simplification for classroom use: the groups are
 * independent, the rates constant, and there is no time dimension. All rates are shares (0–1).
 *
 * TARP (1979). Consumer Complaint Handling in America: Final Report. U.S. Office of Consumer Affairs.
 * TARP (1986). Consumer Complaint Handling in America: An Update Study. U.S. Office of Consumer Affairs.
 * Goodman, J. A. (2009). Strategic Customer Service. New York: AMACOM.
 */

/** Everything the chain needs, as numbers (rates as shares). */
export interface DamageInputs {
  /** Customers a year, N. */
  customers: number;
  /** Share of customers who meet a problem, p. */
  problemRate: number;
  /** Share of those with a problem who complain to anyone, c. */
  complaintRate: number;
  /** Share of those with a problem whose complaint reaches head office, h (null: not given). */
  headOfficeRate: number | null;
  /** Share of complaints resolved to the customer's satisfaction, s. */
  resolvedRate: number;
  /** Share of the resolved complaints that were resolved quickly, q (0: no split). */
  quickShare: number;
  /** Repurchase (loyalty) rates per group. */
  repurchase: { noProblem: number; silent: number; unresolved: number; resolved: number; quick: number };
  /** Value per customer V (annual revenue or lifetime value) and margin m. */
  value: number;
  margin: number;
  /**
   * Word of mouth. `basis` says who spreads the bad news: 'lost' (each lost customer tells
   * toldNegative people; the lecture's simplification) or 'unhappy' (every silent or unresolved
   * customer does; Goodman's framing). `influence` (w) is the share of listeners whose choice it
   * changes: the weakest number in the model.
   */
  wordOfMouth: { basis: 'lost' | 'unhappy'; toldNegative: number; toldPositive: number; influence: number };
}

/** Step 1 result. */
export interface ProblemSplit {
  withProblem: number;
  complainers: number;
  silent: number;
  /** Complaints reaching head office, and how many customers with a problem stand behind each (1/h). */
  headOffice: number | null;
  iceberg: number | null;
}

/**
 * Step 1: P = N·p; complainers C = P·c; silent S = P − C; reaching head office = P·h, so each
 * complaint that head office sees stands for 1/h customers with a problem (TARP 1979's "iceberg":
 * most problems never reach the people who could fix them).
 */
export function splitProblems(customers: number, problemRate: number, complaintRate: number, headOfficeRate: number | null): ProblemSplit {
  const withProblem = customers * problemRate;
  const complainers = withProblem * complaintRate;
  const headOffice = headOfficeRate === null ? null : withProblem * headOfficeRate;
  return {
    withProblem,
    complainers,
    silent: withProblem - complainers,
    headOffice,
    iceberg: headOfficeRate === null || !Number.isFinite(1 / headOfficeRate) ? null : 1 / headOfficeRate,
  };
}

/** Step 2 result. */
export interface ResolutionSplit {
  resolved: number;
  resolvedQuickly: number;
  resolvedSlowly: number;
  unresolved: number;
}

/**
 * Step 2: resolved Cr = C·s, of which quickly Cr·q; unresolved Cu = C − Cr. TARP (1986) and
 * Goodman (2009) separate "resolved" from "resolved quickly" because speed changes loyalty.
 */
export function splitResolutions(complainers: number, resolvedRate: number, quickShare: number): ResolutionSplit {
  const resolved = complainers * resolvedRate;
  const resolvedQuickly = resolved * quickShare;
  return { resolved, resolvedQuickly, resolvedSlowly: resolved - resolvedQuickly, unresolved: complainers - resolved };
}

export type GroupId = 'silent' | 'unresolved' | 'resolvedSlowly' | 'resolvedQuickly';

export interface GroupLoss {
  group: GroupId;
  customers: number;
  repurchase: number;
  lost: number;
}

/**
 * Step 3: customers lost = Σ nᵢ·max(0, L₀ − rᵢ) over the groups with a problem: each group loses
 * the repurchase it falls short of customers without a problem (L₀). A group that comes back more
 * often than L₀ (Goodman reports resolved complainers can be more loyal) is counted as 0 lost,
 * not as a gain. With L₀ = 100 % this is the lecture's "group × churn rate".
 */
export function lostCustomers(problems: ProblemSplit, resolutions: ResolutionSplit, repurchase: DamageInputs['repurchase']): { groups: GroupLoss[]; total: number } {
  const rows: [GroupId, number, number][] = [
    ['silent', problems.silent, repurchase.silent],
    ['unresolved', resolutions.unresolved, repurchase.unresolved],
    ['resolvedSlowly', resolutions.resolvedSlowly, repurchase.resolved],
    ['resolvedQuickly', resolutions.resolvedQuickly, repurchase.quick],
  ];
  const groups = rows.map(([group, customers, rate]) => ({ group, customers, repurchase: rate, lost: customers * Math.max(0, repurchase.noProblem - rate) }));
  return { groups, total: groups.reduce((sum, group) => sum + group.lost, 0) };
}

/** Step 4: revenue at risk from the customers lost = lost·V; profit at risk = that·m. */
export function revenueAtRisk(lost: number, value: number, margin: number): { revenue: number; profit: number } {
  const revenue = lost * value;
  return { revenue, profit: revenue * margin };
}

export interface WordOfMouth {
  reachNegative: number;
  reachPositive: number;
  lost: number;
  won: number;
}

/**
 * Step 5: negative reach = (S + Cu)·T⁻ (or lost·T⁻ on the lecture's basis), positive reach =
 * Cr·T⁺; customers lost through word of mouth = reach⁻·w, won = reach⁺·w. Goodman (2009) reports
 * that a bad experience is told to about twice as many people as a good one.
 */
export function wordOfMouth(problems: ProblemSplit, resolutions: ResolutionSplit, lost: number, settings: DamageInputs['wordOfMouth']): WordOfMouth {
  const speakers = settings.basis === 'lost' ? lost : problems.silent + resolutions.unresolved;
  const reachNegative = speakers * settings.toldNegative;
  const reachPositive = resolutions.resolved * settings.toldPositive;
  return { reachNegative, reachPositive, lost: reachNegative * settings.influence, won: reachPositive * settings.influence };
}

/**
 * Step 6: market damage = (lost + lost through word of mouth − won through word of mouth)·V, and
 * its profit (·m). Negative when good complaint handling wins more than it loses.
 */
export function marketDamage(lost: number, mouth: WordOfMouth, value: number, margin: number): { customers: number; revenue: number; profit: number } {
  const customers = lost + mouth.lost - mouth.won;
  const revenue = customers * value;
  return { customers, revenue, profit: revenue * margin };
}

export interface ChainResult {
  problems: ProblemSplit;
  resolutions: ResolutionSplit;
  loss: { groups: GroupLoss[]; total: number };
  atRisk: { revenue: number; profit: number };
  mouth: WordOfMouth;
  damage: { customers: number; revenue: number; profit: number };
  /** Damage as a share of the year's revenue from all customers (N·V). */
  shareOfRevenue: number;
}

/** Runs the six steps. */
export function runChain(inputs: DamageInputs): ChainResult {
  const problems = splitProblems(inputs.customers, inputs.problemRate, inputs.complaintRate, inputs.headOfficeRate);
  const resolutions = splitResolutions(problems.complainers, inputs.resolvedRate, inputs.quickShare);
  const loss = lostCustomers(problems, resolutions, inputs.repurchase);
  const atRisk = revenueAtRisk(loss.total, inputs.value, inputs.margin);
  const mouth = wordOfMouth(problems, resolutions, loss.total, inputs.wordOfMouth);
  const damage = marketDamage(loss.total, mouth, inputs.value, inputs.margin);
  const total = inputs.customers * inputs.value;
  return { problems, resolutions, loss, atRisk, mouth, damage, shareOfRevenue: total > 0 ? damage.revenue / total : 0 };
}
