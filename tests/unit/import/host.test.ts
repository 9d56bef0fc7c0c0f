import { describe, expect, it } from 'vitest';
import { hostSurveyWorker, type WorkerOutbound, type WorkerScopeLike } from '../../../src/workers/host';
import type { SurveyTable } from '../../../src/lib/import/types';
import { utf8 } from './fixtures';

type Request = { kind: 'count'; column: number } | { kind: 'boom' };

/** A fake worker scope: messages in, posted messages collected. */
function fakeWorker() {
  const posted: WorkerOutbound<number>[] = [];
  let listener: ((event: MessageEvent) => void) | null = null;
  const scope: WorkerScopeLike = {
    postMessage: (message) => posted.push(message as WorkerOutbound<number>),
    addEventListener: (_type, handler) => {
      listener = handler;
    },
  };
  const host = hostSurveyWorker<Request, number>(
    {
      count: (table: SurveyTable, request, context) => {
        context.progress(0.5);
        return table.rows.filter((row) => row[request.column] !== '').length;
      },
      boom: () => {
        throw new Error('kaputt');
      },
    },
    scope,
  );
  const send = (data: unknown) => listener!({ data } as MessageEvent);
  /** Waits until the worker has handled everything sent so far (however slow the machine). */
  const settle = () => host.drained();
  return { posted, send, settle };
}

describe('hostSurveyWorker', () => {
  it('loads pasted text, posts a preview, then answers analyses', async () => {
    const worker = fakeWorker();
    worker.send({ type: 'load', text: '得分\t分组\n9\tA\n\tB\n' });
    worker.send({ type: 'analyse', request: { kind: 'count', column: 0 }, id: 7 });
    await worker.settle();
    const loaded = worker.posted.find((message) => message.type === 'loaded');
    expect(loaded).toMatchObject({ type: 'loaded', preview: { headers: ['得分', '分组'], rowCount: 2, rowNumbers: [2, 3], source: { kind: 'paste' } } });
    expect(worker.posted.at(-1)).toEqual({ type: 'result', result: 1, id: 7 });
    expect(worker.posted.some((message) => message.type === 'progress' && message.phase === '计算')).toBe(true);
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
    worker.send({ type: 'warm' });
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
});
