/** Invariants of the chain for every input in range (fast-check). */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FIELDS, initialState, reduce, runChain, selectOutcome, type DamageInputs, type FieldKey } from '../../../src/lib/marketDamage';

const share = fc.double({ min: 0, max: 1, noNaN: true });

/** In-range inputs with the usual order of repurchase rates: unresolved ≤ resolved ≤ quick. */
const inputs: fc.Arbitrary<DamageInputs> = fc
  .record({
    customers: fc.integer({ min: 1, max: 1e9 }),
    problemRate: share,
    complaintRate: share,
    resolvedRate: share,
    quickShare: share,
    noProblem: share,
    silent: share,
    rates: fc.tuple(share, share, share).map((values) => values.sort((x, y) => x - y)),
    value: fc.double({ min: 0, max: 1e9, noNaN: true }),
    margin: share,
    basis: fc.constantFrom('lost' as const, 'unhappy' as const),
    toldNegative: fc.double({ min: 0, max: 1000, noNaN: true }),
    toldPositive: fc.double({ min: 0, max: 1000, noNaN: true }),
    influence: share,
  })
  .map((r) => ({
    customers: r.customers,
    problemRate: r.problemRate,
    complaintRate: r.complaintRate,
    headOfficeRate: r.complaintRate / 2,
    resolvedRate: r.resolvedRate,
    quickShare: r.quickShare,
    repurchase: { noProblem: r.noProblem, silent: r.silent, unresolved: r.rates[0]!, resolved: r.rates[1]!, quick: r.rates[2]! },
    value: r.value,
    margin: r.margin,
    wordOfMouth: { basis: r.basis, toldNegative: r.toldNegative, toldPositive: r.toldPositive, influence: r.influence },
  }));

const EPS = 1e-6;

describe('chain invariants', () => {
  it('customers lost directly never exceed the customers with a problem', () => {
    fc.assert(fc.property(inputs, (x) => {
      const result = runChain(x);
      expect(result.loss.total).toBeLessThanOrEqual(result.problems.withProblem * (1 + EPS) + EPS);
      expect(result.loss.total).toBeGreaterThanOrEqual(0);
    }));
  });

  it('damage does not rise when more complaints are resolved', () => {
    fc.assert(fc.property(inputs, share, share, (x, s1, s2) => {
      const [low, high] = s1 <= s2 ? [s1, s2] : [s2, s1];
      const before = runChain({ ...x, resolvedRate: low }).damage.revenue;
      const after = runChain({ ...x, resolvedRate: high }).damage.revenue;
      expect(after).toBeLessThanOrEqual(before + EPS * Math.max(1, Math.abs(before)));
    }));
  });

  it('damage does not rise when more complaints are resolved quickly', () => {
    fc.assert(fc.property(inputs, share, share, (x, q1, q2) => {
      const [low, high] = q1 <= q2 ? [q1, q2] : [q2, q1];
      const before = runChain({ ...x, quickShare: low }).damage.revenue;
      const after = runChain({ ...x, quickShare: high }).damage.revenue;
      expect(after).toBeLessThanOrEqual(before + EPS * Math.max(1, Math.abs(before)));
    }));
  });

  it('every output is finite for every input in range', () => {
    fc.assert(fc.property(inputs, (x) => {
      const numbers: number[] = [];
      JSON.stringify(runChain(x), (_key, value: unknown) => {
        if (typeof value === 'number') numbers.push(value);
        return value;
      });
      expect(numbers.every(Number.isFinite)).toBe(true);
    }));
  });
});

describe('typed input out of range', () => {
  const keys = Object.keys(FIELDS) as FieldKey[];
  it('gives a Chinese message that names the field', () => {
    fc.assert(fc.property(fc.constantFrom(...keys), fc.constantFrom(-1, 1), fc.double({ min: 0.01, max: 1e6, noNaN: true }), (key, side, beyond) => {
      const field = FIELDS[key];
      const value = side < 0 ? field.min - beyond : field.max + beyond;
      const outcome = selectOutcome(reduce(initialState, { type: 'setField', key, value: String(value) }));
      expect(outcome.status).toBe('error');
      if (outcome.status === 'error') {
        expect(outcome.field).toBe(key);
        expect(outcome.message).toContain(`「${field.label}」`);
      }
    }));
  });
});
