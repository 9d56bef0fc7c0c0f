import { describe, expect, it } from 'vitest';
import { shouldWarm, surveyWorkerReducer, type SurveyEvent, type SurveyWorkerState } from '../../../src/lib/import/surveyWorkerReducer';
import type { TablePreview } from '../../../src/lib/import/types';

const preview = (fileName: string): TablePreview => ({
  headers: ['得分'],
  rows: [['9']],
  rowNumbers: [2],
  rowCount: 1,
  source: { kind: 'csv', fileName },
  questionnaireStar: false,
  warnings: [],
});

const initial: SurveyWorkerState<number> = { status: 'idle', progress: null, preview: null, result: null, resultRequest: null, error: null, notice: null, fileName: null };
const run = (events: SurveyEvent<number>[], from = initial) => events.reduce(surveyWorkerReducer<number>, from);
const request = { kind: 'nps' };

/** A panel that has shown a result for a.csv. */
const withResult = run([
  { type: 'started', busy: 'loading', fileName: 'a.csv' },
  { type: 'loaded', preview: preview('a.csv'), busy: null },
  { type: 'started', busy: 'analysing' },
  { type: 'result', result: 42, request, busy: null },
]);

describe('surveyWorkerReducer', () => {
  it('load → loaded → analyse → result', () => {
    expect(withResult).toMatchObject({ status: 'loaded', progress: null, preview: preview('a.csv'), result: 42, resultRequest: request, error: null, fileName: 'a.csv' });
  });

  it('shows progress only while something runs', () => {
    const loading = run([{ type: 'started', busy: 'loading', fileName: 'b.csv' }, { type: 'progress', phase: '解析', fraction: 0.5 }], withResult);
    expect(loading).toMatchObject({ status: 'loading', progress: { phase: '解析', fraction: 0.5 }, fileName: 'b.csv' });
    expect(run([{ type: 'progress', phase: '解析', fraction: 0.5 }], withResult).progress).toBeNull();
  });

  it('a failed load keeps the previous preview and result, and names the shown file again', () => {
    const failed = run([{ type: 'started', busy: 'loading', fileName: 'bad.csv' }, { type: 'failed', message: '文件是空的', busy: null }], withResult);
    expect(failed).toMatchObject({ status: 'loaded', preview: preview('a.csv'), result: 42, error: '文件是空的', fileName: 'a.csv', progress: null });
  });

  it('a failed first load goes back to idle', () => {
    expect(run([{ type: 'started', busy: 'loading', fileName: 'x.csv' }, { type: 'failed', message: 'm', busy: null }])).toMatchObject({ status: 'idle', error: 'm', fileName: null });
  });

  it.each([
    ['load', '已取消导入。之前的数据和结果仍保留。'],
    ['analyse', '已取消计算。之前的结果仍保留。'],
  ] as const)('cancelling a %s keeps the previous result', (what, notice) => {
    const cancelled = run([{ type: 'started', busy: what === 'load' ? 'loading' : 'analysing', fileName: 'big.csv' }, { type: 'cancelled', what }], withResult);
    expect(cancelled).toMatchObject({ status: 'loaded', progress: null, result: 42, notice, fileName: 'a.csv' });
  });

  it('a load with an analysis queued behind it stays busy', () => {
    const state = run([{ type: 'started', busy: 'loading', fileName: 'c.csv' }, { type: 'loaded', preview: preview('c.csv'), busy: 'analysing' }], withResult);
    expect(state).toMatchObject({ status: 'analysing', preview: preview('c.csv'), progress: { phase: '计算', fraction: 0 } });
  });

  it('a new start clears old messages; dismiss clears them; reset forgets everything', () => {
    const failed = run([{ type: 'failed', message: 'm', busy: null }], withResult);
    expect(run([{ type: 'started', busy: 'analysing' }], failed).error).toBeNull();
    expect(run([{ type: 'dismissed' }], failed)).toMatchObject({ error: null, result: 42 });
    expect(run([{ type: 'reset' }], failed)).toEqual(initial);
  });
});

describe('shouldWarm (start the worker before a file is chosen?)', () => {
  it.each([
    [undefined, true],
    [{}, true],
    [{ effectiveType: '4g' }, true],
    [{ effectiveType: '3g' }, true],
    [{ effectiveType: '2g' }, false],
    [{ effectiveType: 'slow-2g' }, false],
    [{ effectiveType: '4g', saveData: true }, false],
  ])('connection %j → %s', (connection, expected) => {
    expect(shouldWarm(connection)).toBe(expected);
  });
});
