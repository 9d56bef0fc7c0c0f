/**
 * Each step of the chain against hand-worked numbers: the airport teaching scenario, which uses
 * every part of the model (head office, quick resolution, both kinds of word of mouth).
 */
import { describe, expect, it } from 'vitest';
import { lostCustomers, marketDamage, revenueAtRisk, runChain, splitProblems, splitResolutions, wordOfMouth } from '../../../src/lib/marketDamage';
import { airport } from './airportInputs';


describe('the six steps', () => {
  const problems = splitProblems(2_000_000, 0.1, 0.2, 0.02);
  const resolutions = splitResolutions(problems.complainers, 0.5, 0.4);

  it('1. P = N·p, C = P·c, S = P − C, head office = P·h, iceberg = 1/h', () => {
    // P = 2,000,000 × 10% = 200,000; C = 200,000 × 20% = 40,000; S = 160,000; 200,000 × 2% = 4,000; 1 / 0.02 = 50.
    expect(problems.withProblem).toBeCloseTo(200_000, 6);
    expect(problems.complainers).toBeCloseTo(40_000, 6);
    expect(problems.silent).toBeCloseTo(160_000, 6);
    expect(problems.headOffice).toBeCloseTo(4_000, 6);
    expect(problems.iceberg).toBeCloseTo(50, 9);
    expect(splitProblems(100, 0.5, 0.5, null)).toMatchObject({ headOffice: null, iceberg: null });
  });

  it('2. Cr = C·s (quickly Cr·q), Cu = C − Cr', () => {
    // Cr = 40,000 × 50% = 20,000; quickly 20,000 × 40% = 8,000; slowly 12,000; Cu = 20,000.
    expect(resolutions.resolved).toBeCloseTo(20_000, 6);
    expect(resolutions.resolvedQuickly).toBeCloseTo(8_000, 6);
    expect(resolutions.resolvedSlowly).toBeCloseTo(12_000, 6);
    expect(resolutions.unresolved).toBeCloseTo(20_000, 6);
  });

  it('3. lost = Σ nᵢ·max(0, L₀ − rᵢ)', () => {
    // 160,000 × (0.90 − 0.70) = 32,000; 20,000 × (0.90 − 0.60) = 6,000;
    // 12,000 × (0.90 − 0.80) = 1,200; 8,000 × (0.90 − 0.88) = 160; total 39,360.
    const loss = lostCustomers(problems, resolutions, airport.repurchase);
    expect(loss.groups.map((group) => group.lost)).toEqual([32_000, 6_000, 1_200, 160].map((value) => expect.closeTo(value, 6)));
    expect(loss.total).toBeCloseTo(39_360, 6);
  });

  it('3. a group more loyal than L₀ counts as 0 lost, not as a gain', () => {
    const loss = lostCustomers(problems, resolutions, { ...airport.repurchase, quick: 0.95 });
    expect(loss.groups[3]!.lost).toBe(0);
  });

  it('4. revenue at risk = lost·V, profit = ·m', () => {
    // 39,360 × 200 = 7,872,000; × 30% = 2,361,600.
    const atRisk = revenueAtRisk(39_360, 200, 0.3);
    expect(atRisk.revenue).toBeCloseTo(7_872_000, 6);
    expect(atRisk.profit).toBeCloseTo(2_361_600, 6);
  });

  it('5. word of mouth: reach⁻ = (S + Cu)·T⁻, reach⁺ = Cr·T⁺, each × w', () => {
    // (160,000 + 20,000) × 10 = 1,800,000 → × 1% = 18,000 lost; 20,000 × 5 = 100,000 → × 1% = 1,000 won.
    const mouth = wordOfMouth(problems, resolutions, 39_360, airport.wordOfMouth);
    expect(mouth.reachNegative).toBeCloseTo(1_800_000, 6);
    expect(mouth.lost).toBeCloseTo(18_000, 6);
    expect(mouth.reachPositive).toBeCloseTo(100_000, 6);
    expect(mouth.won).toBeCloseTo(1_000, 6);
  });

  it('5. on the lecture basis the lost customers spread the word: reach⁻ = lost·T⁻', () => {
    // 39,360 × 10 = 393,600 → × 1% = 3,936.
    const mouth = wordOfMouth(problems, resolutions, 39_360, { ...airport.wordOfMouth, basis: 'lost' });
    expect(mouth.reachNegative).toBeCloseTo(393_600, 6);
    expect(mouth.lost).toBeCloseTo(3_936, 6);
  });

  it('6. damage = (lost + WOM lost − WOM won)·V', () => {
    // 39,360 + 18,000 − 1,000 = 56,360 customers; × 200 = 11,272,000 元; × 30% = 3,381,600 元.
    const damage = marketDamage(39_360, { reachNegative: 0, reachPositive: 0, lost: 18_000, won: 1_000 }, 200, 0.3);
    expect(damage.customers).toBeCloseTo(56_360, 6);
    expect(damage.revenue).toBeCloseTo(11_272_000, 6);
    expect(damage.profit).toBeCloseTo(3_381_600, 6);
  });

  it('the whole chain, and the share of all revenue', () => {
    // 11,272,000 ÷ (2,000,000 × 200 = 400,000,000) = 2.818 %.
    const result = runChain(airport);
    expect(result.damage.revenue).toBeCloseTo(11_272_000, 4);
    expect(result.shareOfRevenue).toBeCloseTo(0.02818, 9);
  });
});
