import { describe, expect, it } from 'vitest';
import { initialKernel, kernelReducer, type Kernel, type KernelAction } from '../../../src/lib/tool/kernel';

/** A small survey tool: a chosen column, and the total the worker counted for it. */
interface State { column: number | null; total: number | null }
type Event = { type: 'column'; column: number | null };
type Request = { kind: 'sum'; column: number };
const reduce = (state: State, event: Event): State => ({ ...state, column: event.column });
const survey = {
  analyse: (state: State): Request | null => (state.column === null ? null : { kind: 'sum', column: state.column }),
  receive: (state: State, result: number): State => ({ ...state, total: result }),
  loaded: (state: State, preview: { suggested: number | null }): State => ({ ...state, column: preview.suggested, total: null }),
};
const step = kernelReducer<State, Event, Request, number, { suggested: number | null }>(reduce, survey);
type Action = KernelAction<State, Event, Request, number, { suggested: number | null }>;
const run = (actions: Action[], from: Kernel<State> = initialKernel({ column: null, total: null })) => actions.reduce(step, from);

const loaded: Action = { kind: 'loaded', preview: { suggested: 2 } };
const asked = (id: number): Action => ({ kind: 'requested', id });
const answer = (id: number, result: number): Action => ({ kind: 'result', id, result, request: { kind: 'sum', column: 2 } });
const reset: Action = { kind: 'replace', state: { column: null, total: null }, message: { kind: 'notice', text: '已恢复默认数据。' } };

describe('kernel reducer: a late worker answer never lands on a newer state', () => {
  it('the answer to the latest request is kept', () => {
    expect(run([loaded, asked(1), answer(1, 40)]).tool).toEqual({ column: 2, total: 40 });
  });

  it.each<[string, Action[]]>([
    // The KANO flake: results requested, then 清除全部数据, then the old answer arrives.
    ['reset while the worker is busy', [loaded, asked(1), reset, answer(1, 40)]],
    ['a new file while the worker is busy', [loaded, asked(1), { kind: 'loaded', preview: { suggested: 2 } }, answer(1, 40)]],
    ['a new mapping while the worker is busy', [loaded, asked(1), { kind: 'event', event: { type: 'column', column: 5 } }, answer(1, 40)]],
    ['a newer request posted', [loaded, asked(1), asked(2), answer(1, 40)]],
    ['a share link opened', [loaded, asked(1), { kind: 'replace', state: { column: null, total: 7 }, message: null }, answer(1, 40)]],
  ])('%s: the old answer is dropped', (_case, actions) => {
    const before = run(actions.slice(0, -1));
    const after = step(before, actions.at(-1)!);
    expect(after).toBe(before);
    expect(after.tool.total).not.toBe(40);
  });

  it('an answer is applied once, even when delivered twice', () => {
    const once = run([loaded, asked(1), answer(1, 40)]);
    expect(step(once, answer(1, 99))).toBe(once);
  });

  it('an event that asks for the same request keeps the ticket open', () => {
    const same = run([loaded, asked(1), { kind: 'event', event: { type: 'column', column: 2 } }, answer(1, 40)]);
    expect(same.tool.total).toBe(40);
  });

  it('reset returns to no table, so nothing is analysed until a file is loaded again', () => {
    const after = run([loaded, asked(1), reset]);
    expect(after.table).toBe(0);
    expect(after.ticket.latest).toBe(0);
    expect(after.message).toEqual({ kind: 'notice', text: '已恢复默认数据。' });
  });
});

describe('kernel reducer: whether a new table still waits for its first answer (firstPending)', () => {
  it('a new table whose state asks for an analysis waits until the answer lands', () => {
    expect(run([loaded]).firstPending).toBe(true);
    expect(run([loaded, asked(1)]).firstPending).toBe(true);
    expect(run([loaded, asked(1), answer(1, 40)]).firstPending).toBe(false);
  });

  it('a new table that asks for nothing (no column found) does not wait', () => {
    expect(run([{ kind: 'loaded', preview: { suggested: null } }]).firstPending).toBe(false);
  });

  it.each<[string, Action[], boolean]>([
    ['a superseded answer arrives', [loaded, asked(1), asked(2), answer(1, 40)], true],
    ['the person picks another column', [loaded, asked(1), { kind: 'event', event: { type: 'column', column: 5 } }], false],
    ['an event that asks for the same column', [loaded, asked(1), { kind: 'event', event: { type: 'column', column: 2 } }], true],
    ['reset', [loaded, asked(1), reset], false],
    ['a second table after the first was answered', [loaded, asked(1), answer(1, 40), loaded], true],
  ])('%s: waiting is %s', (_case, actions, waiting) => {
    expect(run(actions).firstPending).toBe(waiting);
  });

  it('starts false: nothing is loaded', () => {
    expect(initialKernel({ column: null, total: null }).firstPending).toBe(false);
  });
});

describe('kernel reducer: a table that arrives with the answer the worker foresaw (answeredTable)', () => {
  // The request the state makes after `loaded` picks column 2, as the worker writes its key.
  const foreseen = (key: string, result: number): Action => ({ kind: 'loaded', preview: { suggested: 2 }, foreseen: { key, result } });
  const RIGHT = '{"kind":"sum","column":2}';

  it('the answer goes in with the table: nothing waits, and this table is marked answered', () => {
    const after = run([foreseen(RIGHT, 40)]);
    expect(after.tool).toEqual({ column: 2, total: 40 });
    expect(after).toMatchObject({ table: 1, firstPending: false, answeredTable: 1 });
  });

  it.each<[string, Action[]]>([
    ['foreseen for another column', [foreseen('{"kind":"sum","column":5}', 40)]],
    ['foreseen for a table whose state asks for nothing', [{ kind: 'loaded', preview: { suggested: null }, foreseen: { key: 'null', result: 40 } }]],
  ])('%s: ignored, the table is analysed as usual', (_case, actions) => {
    const after = run(actions);
    expect(after.tool.total).toBeNull();
    expect(after.answeredTable).toBe(0);
  });

  it('an older request still in flight is dropped, and the next table is not answered unless it brings its own', () => {
    const after = run([loaded, asked(1), foreseen(RIGHT, 40), answer(1, 99)]);
    expect(after.tool.total).toBe(40);
    const next = run([foreseen(RIGHT, 40), loaded]);
    expect(next).toMatchObject({ table: 2, answeredTable: 1, firstPending: true });
    expect(next.tool.total).toBeNull();
  });

  it('reset and an opened link forget it, so table numbers counted again are not taken for answered', () => {
    const after = run([foreseen(RIGHT, 40), reset, loaded]);
    expect(after).toMatchObject({ table: 1, answeredTable: 0, firstPending: true });
  });
});

describe('kernel reducer: the share link is shown before the clipboard answers', () => {
  const shared: Action = { kind: 'share', share: { url: 'https://x/#share=1.a', copied: false } };
  const copied = (url: string): Action => ({ kind: 'copied', url });

  it('a copy that succeeds marks the link on screen as copied', () => {
    expect(run([shared, copied('https://x/#share=1.a')]).share).toEqual({ url: 'https://x/#share=1.a', copied: true });
  });

  it.each<[string, Action[], { url: string; copied: boolean } | null]>([
    ['the state changed before the clipboard answered: the link is gone and stays gone', [shared, { kind: 'event', event: { type: 'column', column: 1 } }, copied('https://x/#share=1.a')], null],
    ['a reset before the clipboard answered', [shared, reset, copied('https://x/#share=1.a')], null],
    ['a newer link is on screen: the older copy does not mark it', [shared, { kind: 'share', share: { url: 'https://x/#share=1.b', copied: false } }, copied('https://x/#share=1.a')], { url: 'https://x/#share=1.b', copied: false }],
  ])('%s', (_name, actions, share) => {
    expect(run(actions).share).toEqual(share);
  });
});
