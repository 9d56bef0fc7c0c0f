/**
 * Scenario B beside scenario A: the same business with better complaint handling (more customers
 * complain, more complaints are resolved, more of them quickly), what it saves, and whether it
 * pays. ROI in the usual sense (Phillips, 1997: net benefit ÷ cost): (Δdamage·m − Δcost) / Δcost.
 */
import { runChain, type ChainResult, type DamageInputs } from './chain';

/** What scenario B changes. */
export interface ScenarioChange {
  complaintRate: number;
  resolvedRate: number;
  quickShare: number;
}

/** The cost of the programme that moves A to B. */
export interface ProgrammeCost {
  /** Cost of handling one more complaint (元). */
  perComplaint: number;
  /** Fixed cost of the programme for the year (training, a hotline, …) (元). */
  fixed: number;
}

export type RoiResult = { ok: true; roi: number; cost: number; gain: number } | { ok: false; cost: number; gain: number; message: string };

export interface Comparison {
  a: ChainResult;
  b: ChainResult;
  /** A − B: positive means B loses fewer customers / less money. */
  saved: { customers: number; revenue: number; profit: number };
  extraComplaints: number;
  roi: RoiResult;
}

/** B's inputs: A's with the three complaint-handling rates replaced. */
export function scenarioInputs(a: DamageInputs, change: ScenarioChange): DamageInputs {
  return { ...a, complaintRate: change.complaintRate, resolvedRate: change.resolvedRate, quickShare: change.quickShare };
}

/**
 * ROI of better complaint handling. Δcost = extra complaints handled × cost per complaint + fixed
 * cost; with Δcost ≤ 0 there is no investment to return on, so a message replaces the ratio.
 * @example handlingRoi(99000, 1000, { perComplaint: 30, fixed: 20000 }) // { ok: true, roi: 0.98, … }
 */
export function handlingRoi(profitSaved: number, extraComplaints: number, cost: ProgrammeCost): RoiResult {
  const total = extraComplaints * cost.perComplaint + cost.fixed;
  if (!(total > 0)) {
    return { ok: false, cost: total, gain: profitSaved, message: '改进方案没有增加成本（成本变化为 0 或更少），投资回报率无从计算：只需比较省下的利润。' };
  }
  return { ok: true, roi: (profitSaved - total) / total, cost: total, gain: profitSaved };
}

/** Runs A and B and compares them. */
export function compareScenarios(a: DamageInputs, change: ScenarioChange, cost: ProgrammeCost): Comparison {
  const resultA = runChain(a);
  const resultB = runChain(scenarioInputs(a, change));
  const saved = {
    customers: resultA.damage.customers - resultB.damage.customers,
    revenue: resultA.damage.revenue - resultB.damage.revenue,
    profit: resultA.damage.profit - resultB.damage.profit,
  };
  const extraComplaints = resultB.problems.complainers - resultA.problems.complainers;
  return { a: resultA, b: resultB, saved, extraComplaints, roi: handlingRoi(saved.profit, extraComplaints, cost) };
}

/** Why raising the complaint rate alone helps (or, with these numbers, does not). */
export interface ComplaintEffect {
  /** The complaint rate tried (A's plus `step`, at most 100 %). */
  complaintRate: number;
  /** Revenue saved against A (negative: raising complaints alone costs more). */
  saved: number;
  /** Repurchase of an average complainer under A's resolution rates, and of a silent customer. */
  complainerRepurchase: number;
  silentRepurchase: number;
  /** Unresolved complainers alone already come back more often than silent customers. */
  unresolvedBeatsSilent: boolean;
}

/**
 * The model's teaching point: only the complaint rate goes up (resolution unchanged), and the
 * damage still falls whenever an average complainer comes back more often than a silent customer:
 * in TARP's table even unresolved complainers do (46 % against 37 % for small problems).
 */
export function complaintRateEffect(a: DamageInputs, step = 0.1): ComplaintEffect {
  const complaintRate = Math.min(1, a.complaintRate + step);
  const base = runChain(a);
  const raised = runChain({ ...a, complaintRate });
  const r = a.repurchase;
  const complainerRepurchase = (1 - a.resolvedRate) * r.unresolved + a.resolvedRate * ((1 - a.quickShare) * r.resolved + a.quickShare * r.quick);
  return {
    complaintRate,
    saved: base.damage.revenue - raised.damage.revenue,
    complainerRepurchase,
    silentRepurchase: r.silent,
    unresolvedBeatsSilent: r.unresolved > r.silent,
  };
}
