/**
 * Issue 19, points 2 and 3: figures the course text states about NPS precision, recomputed here by
 * hand so the pages cannot drift from the arithmetic.
 *
 * NPS variance per respondent (Wald): p_promoter + p_detractor − (p_promoter − p_detractor)²; the
 * 95% half-width in points is 1.96 × 100 × √(variance ÷ n) (tools/nps/method.md, Rocks 2016).
 */
import { describe, expect, it } from 'vitest';
import { readPage } from './content-files';

const halfWidth = (promoters: number, detractors: number, n: number) => {
  const promoterShare = promoters / n;
  const detractorShare = detractors / n;
  const variance = promoterShare + detractorShare - (promoterShare - detractorShare) ** 2;
  return 1.96 * 100 * Math.sqrt(variance / n);
};

describe('NPS precision stated in the course text', () => {
  it('n = 200 (96 promoters, 40 detractors) gives ±10.7 points', () => {
    // By hand: 0.48 + 0.20 − 0.28² = 0.6016; 0.6016 ÷ 200 = 0.003008; √ = 0.054845;
    // × 1.96 × 100 = 10.7497 → 10.7 to one decimal. The calculator's adjusted Wald interval (add 0.75/1.5/0.75): p̃ = 96.75/203 =
    // 0.47660, 40.75/203 = 0.20074, variance 0.67734 − 0.27586² = 0.60124, ÷ 203, √ × 196 = 10.67.
    expect(halfWidth(96, 40, 200)).toBeCloseTo(10.75, 2);
    const adjusted = (() => {
      const n = 203;
      const promoterShare = 96.75 / n;
      const detractorShare = 40.75 / n;
      return 1.96 * 100 * Math.sqrt((promoterShare + detractorShare - (promoterShare - detractorShare) ** 2) / n);
    })();
    expect(adjusted).toBeCloseTo(10.67, 2);
  });

  it.each([
    ['/lectures/1-mindset/loyalty-nps/', '正负 10.7 分'],
    ['/trainer/preparation/', '正负 10.7 分'],
  ])('%s states “%s”', (page, phrase) => {
    const text = readPage(page);
    expect(text).toContain(phrase);
    expect(text).not.toMatch(/正负 1[01] 分/);
  });

  it('the method page’s two examples: half-widths 25.18 and 3.36, a ratio of about 7.5, not 5', () => {
    // 40 answers, 18 promoters, 10 detractors: variance 0.45 + 0.25 − 0.2² = 0.66 → 1.96 × 100 × √(0.66/40) = 25.18.
    // 1,000 answers, 250 promoters, 75 detractors: 0.25 + 0.075 − 0.175² = 0.294375 → 3.363.
    const small = halfWidth(18, 10, 40);
    const large = halfWidth(250, 75, 1000);
    expect(small).toBeCloseTo(25.18, 2);
    expect(large).toBeCloseTo(3.36, 2);
    expect(small / large).toBeCloseTo(7.49, 2);
    const method = readPage('/tools/nps/method/');
    expect(method).toContain('1/7.5');
    expect(method).not.toContain('五分之一');
  });
});
