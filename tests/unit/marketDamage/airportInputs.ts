/**
 * The airport teaching scenario as the chain's inputs, shared by the chain and scenario tests. It
 * uses every part of the model: head office, quick resolution, both kinds of word of mouth.
 */
import type { DamageInputs } from '../../../src/lib/marketDamage';

export const airport: DamageInputs = {
  customers: 2_000_000,
  problemRate: 0.1,
  complaintRate: 0.2,
  headOfficeRate: 0.02,
  resolvedRate: 0.5,
  quickShare: 0.4,
  repurchase: { noProblem: 0.9, silent: 0.7, unresolved: 0.6, resolved: 0.8, quick: 0.88 },
  value: 200,
  margin: 0.3,
  wordOfMouth: { basis: 'unhappy', toldNegative: 10, toldPositive: 5, influence: 0.01 },
};
