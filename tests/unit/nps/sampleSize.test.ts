import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sampleSizeForMargin, waldInterval } from '../../../src/lib/nps';

describe('sampleSizeForMargin', () => {
  it.each([
    // Hand-worked: n = 1.959964² × (p₊ + p₋ − (p₊ − p₋)²) / m², rounded up (checked in Python).
    ['issue example shares, ±5', 0.25, 0.075, 5, 453],
    ['half promoters, half detractors (the worst case), ±5', 0.5, 0.5, 5, 1537],
    ['half promoters, half detractors, ±10', 0.5, 0.5, 10, 385],
    ['issue example shares, ±3.36 → about the 1000 of the example', 0.25, 0.075, 3.3627807545866455, 1000],
  ])('%s → %i', (_, promoterShare, detractorShare, margin, expected) => {
    const result = sampleSizeForMargin({ promoterShare, detractorShare, margin });
    expect(result.ok && result.sampleSize).toBe(expected);
  });

  it('everyone a promoter: no variance, one answer is the floor', () => {
    expect(sampleSizeForMargin({ promoterShare: 1, detractorShare: 0, margin: 5 })).toMatchObject({ ok: true, sampleSize: 1 });
  });

  it('needs more answers at 99%', () => {
    const at95 = sampleSizeForMargin({ promoterShare: 0.4, detractorShare: 0.2, margin: 5 });
    const at99 = sampleSizeForMargin({ promoterShare: 0.4, detractorShare: 0.2, margin: 5, confidence: 0.99 });
    expect(at95.ok && at99.ok && at99.sampleSize > at95.sampleSize).toBe(true);
  });

  it.each([
    ['promoterShare', { promoterShare: 1.2, detractorShare: 0, margin: 5 }],
    ['promoterShare', { promoterShare: Number.NaN, detractorShare: 0, margin: 5 }],
    ['detractorShare', { promoterShare: 0.2, detractorShare: -0.1, margin: 5 }],
    ['detractorShare', { promoterShare: 0.7, detractorShare: 0.4, margin: 5 }],
    ['margin', { promoterShare: 0.2, detractorShare: 0.1, margin: 0 }],
    ['margin', { promoterShare: 0.2, detractorShare: 0.1, margin: 150 }],
  ] as const)('names the bad field %s in Chinese', (field, input) => {
    const result = sampleSizeForMargin(input);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.field).toBe(field);
    expect(!result.ok && result.error).toMatch(/[\u4e00-\u9fff]/);
  });

  it('the planned n achieves the target margin (Wald) at the expected shares (property)', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 1, max: 30 }), (promoterPercent, detractorRaw, margin) => {
      const detractorPercent = Math.min(detractorRaw, 100 - promoterPercent);
      const result = sampleSizeForMargin({ promoterShare: promoterPercent / 100, detractorShare: detractorPercent / 100, margin });
      if (!result.ok) throw new Error(result.error);
      // Shares that are whole percents are exact counts when n is a multiple of 100.
      const n = Math.ceil(result.sampleSize / 100) * 100;
      const promoters = (n * promoterPercent) / 100;
      const detractors = (n * detractorPercent) / 100;
      expect(waldInterval({ promoters, detractors, passives: n - promoters - detractors, total: n }).margin).toBeLessThanOrEqual(margin + 1e-9);
    }));
  });
});
