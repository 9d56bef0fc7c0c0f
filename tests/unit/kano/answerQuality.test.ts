import { describe, expect, it } from 'vitest';
import { answerFlags } from '../../../src/lib/kano';

describe('answerFlags', () => {
  it.each([
    ['many Q', { A: 40, O: 25, M: 15, I: 5, R: 0, Q: 15 }, ['questionable']],
    ['many R', { A: 40, O: 25, M: 15, I: 5, R: 15, Q: 0 }, ['reverse']],
    ['weak total strength', { A: 10, O: 10, M: 10, I: 70, R: 0, Q: 0 }, ['weak-total']],
    ['weak category strength', { A: 40, O: 38, M: 10, I: 12, R: 0, Q: 0 }, ['weak-category']],
    ['small sample', { A: 10, O: 1, M: 1, I: 1, R: 0, Q: 0 }, ['small-sample']],
    ['nothing to say', { A: 60, O: 20, M: 10, I: 10, R: 0, Q: 0 }, []],
    ['no answers', { A: 0, O: 0, M: 0, I: 0, R: 0, Q: 0 }, []],
  ])('%s', (_name, counts, kinds) => {
    expect(answerFlags(counts).map((flag) => flag.kind)).toEqual(kinds);
  });

  it('says the share in the message', () => {
    expect(answerFlags({ A: 30, O: 30, M: 20, I: 5, R: 0, Q: 15 })[0]!.message).toContain('15.0%');
  });
});
