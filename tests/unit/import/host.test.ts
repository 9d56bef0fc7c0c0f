import { describe, expect, it } from 'vitest';
import { FORESEE_FIRST_CELLS, foreseeWith, hostSurveyWorker, PROGRESS_DELAY_MS, type Foresee, type WorkerOutbound, type WorkerScopeLike } from '../../../src/workers/host';
import type { SurveyTable, TablePreview } from '../../../src/lib/import/types';
import { utf8 } from './fixtures';

type Request = { kind: 'count'; column: number } | { kind: 'boom' } | { kind: 'slow'; ms: number };

/**
 * A fake worker scope: messages in, posted messages collected; `runs` counts the analyses computed,
 * and `timeline` lists analyses and posted messages in the order they happened.
 * Its clock stands still unless a 'slow' analysis moves it on by `ms`.
 */
function fakeWorker(foresee?: Foresee<Request>) {
  let clock = 1_000_000;
  const runs: Request[] = [];
  const posted: WorkerOutbound<number>[] = [];
  const timeline: string[] = [];
  let listener: ((event: MessageEvent) => void) | null = null;
  const scope: WorkerScopeLike = {
    postMessage: (message) => {
      const outbound = message as WorkerOutbound<number>;
      timeline.push(outbound.type === 'loaded' && outbound.foreseen ? 'loaded with result' : outbound.type);
      posted.push(outbound);
    },
    addEventListener: (_type, handler) => {
      listener = handler;
    },
  };
  const host = hostSurveyWorker<Request, number>(
    {
      count: (table: SurveyTable, request, context) => {
        runs.push(request);
        timeline.push('count');
        context.progress(0.5);
        return table.rows.filter((row) => row[request.column] !== '').length;
      },
      boom: (_table, request) => {
        runs.push(request);
        throw new Error('kaputt');
      },
      slow: (_table, request, context) => {
        runs.push(request);
        clock += request.ms / 2;
        context.progress(0.5);
        clock += request.ms / 2;
        return 0;
      },
    },
    { scope, now: () => clock, ...(foresee ? { foresee } : {}) },
  );
  const send = (data: unknown) => listener!({ data } as MessageEvent);
  /** Waits until the worker has handled everything sent so far (however slow the machine). */
  const settle = () => host.drained();
  return { posted, send, settle, runs, timeline };
}

/** The test tool's rules: its state names the column to count; the request is made from it and the preview. */
const countNamed: Foresee<Request> = (state, preview) => {
  const column = preview.headers.indexOf((state as { column: string }).column);
  return column === -1 ? null : { kind: 'count', column };
};
const results = (posted: WorkerOutbound<number>[]) => posted.filter((message) => message.type === 'result' || message.type === 'error');

describe('hostSurveyWorker', () => {
  it('loads pasted text, posts a preview, then answers analyses', async () => {
    const worker = fakeWorker();
    worker.send({ type: 'load', text: '得分\t分组\n9\tA\n\tB\n' });
    worker.send({ type: 'analyse', request: { kind: 'count', column: 0 }, id: 7 });
    await worker.settle();
    const loaded = worker.posted.find((message) => message.type === 'loaded');
    expect(loaded).toMatchObject({ type: 'loaded', preview: { headers: ['得分', '分组'], rowCount: 2, rowNumbers: [2, 3], source: { kind: 'paste' } } });
    expect(worker.posted.at(-1)).toEqual({ type: 'result', result: 1, id: 7 });
  });

  it(`posts progress only for work that has run ${PROGRESS_DELAY_MS} ms: a quick job sends none`, async () => {
    const worker = fakeWorker();
    worker.send({ type: 'load', text: '得分\n9\n' });
    worker.send({ type: 'analyse', request: { kind: 'count', column: 0 }, id: 1 });
    // 100 ms in at the half-way mark and 200 ms at the end: too soon both times.
    worker.send({ type: 'analyse', request: { kind: 'slow', ms: 200 }, id: 2 });
    await worker.settle();
    expect(worker.posted.filter((message) => message.type === 'progress')).toEqual([]);
    expect(results(worker.posted)).toEqual([{ type: 'result', result: 1, id: 1 }, { type: 'result', result: 0, id: 2 }]);
    // 300 ms in at the half-way mark: that progress and the closing 100 % are posted.
    worker.send({ type: 'analyse', request: { kind: 'slow', ms: 600 }, id: 3 });
    await worker.settle();
    expect(worker.posted.filter((message) => message.type === 'progress')).toEqual([
      { type: 'progress', phase: '计算', fraction: 0.5 },
      { type: 'progress', phase: '计算', fraction: 1 },
    ]);
  });

  it('answers a warm-up with nothing, and a load right after it is read as usual', async () => {
    const worker = fakeWorker();
    worker.send({ type: 'warm' });
    await worker.settle();
    expect(worker.posted).toEqual([]);
    // The warm-up reads a small file of its own; it is not the user's table.
    worker.send({ type: 'analyse', request: { kind: 'count', column: 0 }, id: 1 });
    await worker.settle();
    expect(worker.posted).toEqual([{ type: 'error', message: '还没有导入数据：请先选择文件或粘贴表格。', during: 'analyse', id: 1 }]);
    worker.posted.length = 0;
    worker.send({ type: 'warm', thorough: true });
    worker.send({ type: 'load', file: new File([utf8('得分\n9\n10\n')], 'nps.csv') });
    await worker.settle();
    expect(worker.posted.find((message) => message.type === 'loaded')).toMatchObject({ preview: { headers: ['得分'], rowCount: 2 } });
  });

  it('loads a File', async () => {
    const worker = fakeWorker();
    worker.send({ type: 'load', file: new File([utf8('a,b\n1,2\n')], 'x.csv') });
    await worker.settle();
    expect(worker.posted.find((message) => message.type === 'loaded')).toMatchObject({ preview: { source: { kind: 'csv', fileName: 'x.csv', encoding: 'utf-8' } } });
  });

  it('keeps the previous table after a failed load', async () => {
    const worker = fakeWorker();
    worker.send({ type: 'load', text: 'a\n1\n2\n' });
    worker.send({ type: 'load', file: new File([new Uint8Array(0)], 'empty.csv') });
    worker.send({ type: 'analyse', request: { kind: 'count', column: 0 } });
    await worker.settle();
    expect(worker.posted.filter((message) => message.type === 'error')).toEqual([{ type: 'error', message: '文件「empty.csv」是空的（0 字节）。', during: 'load' }]);
    expect(worker.posted.at(-1)).toEqual({ type: 'result', result: 2 });
  });

  it.each([
    ['analyse before any load', [{ type: 'analyse', request: { kind: 'count', column: 0 }, id: 1 }], '还没有导入数据'],
    ['an unknown kind', [{ type: 'load', text: 'a\n1\n' }, { type: 'analyse', request: { kind: 'nope' }, id: 1 }], '未知的分析类型：nope'],
    ['an analysis that throws', [{ type: 'load', text: 'a\n1\n' }, { type: 'analyse', request: { kind: 'boom' }, id: 1 }], '处理时出现意外错误（kaputt）'],
  ])('%s → an error message, not a crash', async (_name, messages, text) => {
    const worker = fakeWorker();
    for (const message of messages) worker.send(message);
    await worker.settle();
    const last = worker.posted.at(-1);
    expect(last).toMatchObject({ type: 'error', during: 'analyse', id: 1 });
    expect(last?.type === 'error' && last.message).toContain(text);
  });

  describe('foresight: the analysis the page will ask for starts right after the table', () => {
    const TABLE = '得分\t分组\n9\tA\n\tB\n7\tC\n';

    it('computes it once, before the preview, which carries it; the page\'s same request is answered from it, with the page\'s id', async () => {
      const worker = fakeWorker(countNamed);
      worker.send({ type: 'load', text: TABLE, state: { column: '得分' } });
      await worker.settle();
      // Foreseen before the page asked: computed and sent with the table, not as a result (only the page's ids are answered).
      expect(worker.runs).toEqual([{ kind: 'count', column: 0 }]);
      expect(results(worker.posted)).toEqual([]);
      expect(worker.posted.find((message) => message.type === 'loaded')).toMatchObject({ foreseen: { key: '{"kind":"count","column":0}', result: 2 } });
      worker.send({ type: 'analyse', request: { kind: 'count', column: 0 }, id: 4 });
      await worker.settle();
      expect(results(worker.posted)).toEqual([{ type: 'result', result: 2, id: 4 }]);
      expect(worker.runs).toHaveLength(1);
    });

    it(`a table of more than ${FORESEE_FIRST_CELLS.toLocaleString('en')} cells is previewed first and analysed after; one of exactly that many, before`, async () => {
      // Two columns: 500,000 data rows are 1,000,000 cells, one row more is over.
      for (const [rows, first] of [[FORESEE_FIRST_CELLS / 2, true], [FORESEE_FIRST_CELLS / 2 + 1, false]] as const) {
        const worker = fakeWorker(countNamed);
        worker.send({ type: 'load', text: `得分\t分组\n${'9\tA\n'.repeat(rows)}`, state: { column: '得分' } });
        await worker.settle();
        expect(worker.runs).toEqual([{ kind: 'count', column: 0 }]);
        expect(worker.timeline).toEqual(first ? ['count', 'loaded with result'] : ['loaded', 'count']);
        // Either way the page's request is answered from it.
        worker.send({ type: 'analyse', request: { kind: 'count', column: 0 }, id: 1 });
        await worker.settle();
        expect(results(worker.posted)).toEqual([{ type: 'result', result: rows, id: 1 }]);
        expect(worker.runs).toHaveLength(1);
      }
    });

    it('a different request is computed as usual', async () => {
      const worker = fakeWorker(countNamed);
      worker.send({ type: 'load', text: TABLE, state: { column: '得分' } });
      worker.send({ type: 'analyse', request: { kind: 'count', column: 1 }, id: 5 });
      await worker.settle();
      expect(results(worker.posted)).toEqual([{ type: 'result', result: 3, id: 5 }]);
      expect(worker.runs).toEqual([{ kind: 'count', column: 0 }, { kind: 'count', column: 1 }]);
    });

    it('nothing is foreseen without a state, or when the rules ask for nothing', async () => {
      for (const load of [{ type: 'load', text: TABLE }, { type: 'load', text: TABLE, state: { column: '没有这一列' } }]) {
        const worker = fakeWorker(countNamed);
        worker.send(load);
        await worker.settle();
        expect(worker.runs).toEqual([]);
        worker.send({ type: 'analyse', request: { kind: 'count', column: 0 }, id: 1 });
        await worker.settle();
        expect(results(worker.posted)).toEqual([{ type: 'result', result: 2, id: 1 }]);
      }
    });

    it('rules that throw, or a foreseen analysis that fails, stay quiet: the page\'s request meets and reports the error', async () => {
      const throwing = fakeWorker(() => {
        throw new Error('state of another version');
      });
      throwing.send({ type: 'load', text: TABLE, state: {} });
      await throwing.settle();
      expect(throwing.posted.map((message) => message.type)).not.toContain('error');

      const failing = fakeWorker(() => ({ kind: 'boom' }));
      failing.send({ type: 'load', text: TABLE, state: {} });
      await failing.settle();
      expect(results(failing.posted)).toEqual([]);
      failing.send({ type: 'analyse', request: { kind: 'boom' }, id: 2 });
      await failing.settle();
      expect(results(failing.posted)).toMatchObject([{ type: 'error', during: 'analyse', id: 2 }]);
      expect(failing.runs).toHaveLength(2);
    });

    it('a new table forgets the last result: the same request is computed on the new rows', async () => {
      const worker = fakeWorker(countNamed);
      worker.send({ type: 'load', text: TABLE, state: { column: '得分' } });
      worker.send({ type: 'load', text: '得分\n1\n2\n3\n4\n' });
      worker.send({ type: 'analyse', request: { kind: 'count', column: 0 }, id: 3 });
      await worker.settle();
      expect(results(worker.posted)).toEqual([{ type: 'result', result: 4, id: 3 }]);
    });

    it('foreseeWith asks the tool\'s analyse of the state its loaded makes for the table', () => {
      const loaded = (state: { column: string; picked?: number }, preview: { headers: string[] }) => ({ ...state, picked: preview.headers.indexOf(state.column) });
      const analyse = (state: { picked?: number }): Request | null => (state.picked === undefined || state.picked < 0 ? null : { kind: 'count', column: state.picked });
      const foresee = foreseeWith(loaded, analyse);
      const preview = { headers: ['分组', '得分'] } as TablePreview;
      expect(foresee({ column: '得分' }, preview)).toEqual({ kind: 'count', column: 1 });
      expect(foresee({ column: '姓名' }, preview)).toBeNull();
    });

    it('asked twice for the same thing, the worker computes once', async () => {
      const worker = fakeWorker();
      worker.send({ type: 'load', text: TABLE });
      worker.send({ type: 'analyse', request: { kind: 'count', column: 0 }, id: 1 });
      worker.send({ type: 'analyse', request: { kind: 'count', column: 1 }, id: 2 });
      worker.send({ type: 'analyse', request: { kind: 'count', column: 1 }, id: 3 });
      await worker.settle();
      expect(results(worker.posted)).toEqual([
        { type: 'result', result: 2, id: 1 },
        { type: 'result', result: 3, id: 2 },
        { type: 'result', result: 3, id: 3 },
      ]);
      expect(worker.runs).toHaveLength(2);
    });
  });
});
