import { describe, expect, it } from 'vitest';
import { NO_TICKET, accepts, reduceTicket } from '../../../src/lib/tool/analysis';

describe('analysis tickets', () => {
  it.each([
    ['the latest request', { latest: 3 }, 3, true],
    ['an older request', { latest: 3 }, 2, false],
    ['anything after an invalidation', NO_TICKET, 3, false],
    ['id 0 never', NO_TICKET, 0, false],
  ])('accepts an answer to %s: %s', (_case, ticket, id, expected) => {
    expect(accepts(ticket, id)).toBe(expected);
  });

  it('an accepted answer closes the ticket; the same answer twice is applied once', () => {
    const open = reduceTicket(NO_TICKET, { kind: 'requested', id: 7 });
    const closed = reduceTicket(open, { kind: 'answered', id: 7 });
    expect(closed).toEqual(NO_TICKET);
    expect(accepts(closed, 7)).toBe(false);
  });

  it('a stale answer leaves the newer ticket open', () => {
    expect(reduceTicket({ latest: 8 }, { kind: 'answered', id: 7 })).toEqual({ latest: 8 });
  });
});
