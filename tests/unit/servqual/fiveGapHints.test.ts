import { describe, expect, it } from 'vitest';
import { fiveGapHints } from '../../../src/lib/servqual';

describe('fiveGapHints (lecture 4 table)', () => {
  it('ranks the negative dimension gaps and points to gaps 1–4', () => {
    const hints = fiveGapHints([
      { dimension: 'tangibles', gap: -0.3, upper: -0.1 },
      { dimension: 'reliability', gap: -1.1, upper: -0.8 },
      { dimension: 'responsiveness', gap: -1.3, upper: -1.0 },
      { dimension: 'assurance', gap: 0.2, upper: 0.4 },
      { dimension: 'empathy', gap: -0.3, upper: 0.05 },
    ]);
    expect(hints.map((hint) => hint.dimension)).toEqual(['responsiveness', 'reliability', 'tangibles']);
    expect(hints[0]!.gaps).toEqual([2, 3]);
    expect(hints[1]!.gaps).toEqual([2, 3, 4]);
    expect(hints[0]!.sentence).toBe('「反应度」差距 −1.30：通常先查差距2 服务标准差距、差距3 服务传递差距。');
  });

  it('warns when the interval includes 0', () => {
    const [hint] = fiveGapHints([{ dimension: 'empathy', gap: -0.3, upper: 0.05 }]);
    expect(hint!.clearlyNegative).toBe(false);
    expect(hint!.sentence).toContain('置信区间包含 0');
    expect(hint!.gaps).toEqual([1, 3]);
  });

  it('gives nothing when no gap is negative', () => {
    expect(fiveGapHints([{ dimension: 'assurance', gap: 0.1 }])).toEqual([]);
  });
});
