import { describe, expect, it, vi } from 'vitest';
import type { SurveyEvent } from '../../../src/lib/import/surveyWorkerReducer';
import type { TablePreview } from '../../../src/lib/import/types';
import { CRASHED_TEXT, NO_WORKER_TEXT, NOTHING_LOADED_TEXT, PREPARE_FAILED_TEXT, SurveyWorkerClient, type SurveyWorkerCallbacks, type WorkerLike } from '../../../src/components/shared/surveyWorkerClient';

type Request = { kind: 'test'; column: number };
type Result = { mean: number };

/** A worker that records what it was sent and answers only when the test says so. */
class FakeWorker implements WorkerLike {
  posted: { type: string; id?: number; request?: Request; file?: File; text?: string; state?: unknown }[] = [];
  /** Throws DataCloneError, as postMessage does, for a message holding a function. */
  cloneCheck = false;
  terminated = false;
  private readonly listeners: Record<string, ((event: never) => void)[]> = { message: [], error: [] };
  postMessage(message: unknown) {
    if (this.cloneCheck && Object.values(message as object).some((value) => typeof value === 'object' && value !== null && Object.values(value).some((inner) => typeof inner === 'function'))) {
      throw new DOMException('could not be cloned', 'DataCloneError');
    }
    this.posted.push(message as FakeWorker['posted'][number]);
  }
  addEventListener(type: 'message' | 'error', listener: (event: never) => void) {
    this.listeners[type]!.push(listener);
  }
  terminate() {
    this.terminated = true;
  }
  answer(data: unknown) {
    for (const listener of this.listeners.message!) listener({ data } as never);
  }
  crash() {
    for (const listener of this.listeners.error!) listener({ preventDefault() {} } as never);
  }
  kinds() {
    return this.posted.map((message) => message.type);
  }
}

const preview = (fileName: string) => ({ source: { fileName } }) as unknown as TablePreview;

function setup(callbacks: SurveyWorkerCallbacks<Request, Result> = {}, failToStart = false) {
  const workers: FakeWorker[] = [];
  const events: SurveyEvent<Result>[] = [];
  const client = new SurveyWorkerClient<Request, Result>({
    createWorker: () => {
      if (failToStart) throw new Error('no workers here');
      const worker = new FakeWorker();
      workers.push(worker);
      return worker;
    },
    dispatch: (event) => events.push(event),
    callbacks: () => callbacks,
  });
  const types = () => events.map((event) => event.type);
  return { client, workers, events, types };
}

const text = { text: 'a,b\n1,2', fileName: 'paste.csv' };

describe('SurveyWorkerClient', () => {
  it('load → the table is published and handed to onLoaded; analyse → the result with its request', () => {
    const onLoaded = vi.fn();
    const onResult = vi.fn();
    const { client, workers, events, types } = setup({ onLoaded, onResult });
    client.load(text);
    expect(events[0]).toEqual({ type: 'started', busy: 'loading', fileName: 'paste.csv' });
    expect(workers[0]!.posted[0]).toEqual({ type: 'load', text: text.text, fileName: 'paste.csv' });
    workers[0]!.answer({ type: 'loaded', preview: preview('paste.csv') });
    expect(events[1]).toEqual({ type: 'loaded', preview: preview('paste.csv'), busy: null });
    expect(onLoaded).toHaveBeenCalledOnce();

    const id = client.analyse({ kind: 'test', column: 2 });
    expect(id).toBe(1);
    expect(workers[0]!.posted[1]).toEqual({ type: 'analyse', request: { kind: 'test', column: 2 }, id: 1 });
    workers[0]!.answer({ type: 'result', result: { mean: 4.5 }, id: 1 });
    expect(events.at(-1)).toEqual({ type: 'result', result: { mean: 4.5 }, request: { kind: 'test', column: 2 }, busy: null });
    expect(onResult).toHaveBeenCalledWith(1, { mean: 4.5 }, { kind: 'test', column: 2 });
    expect(types()).toEqual(['started', 'loaded', 'started', 'result']);
  });

  it('a newer request supersedes an older one: the older answer is dropped, ids rise', () => {
    const onResult = vi.fn();
    const { client, workers, events } = setup({ onResult });
    client.load(text);
    workers[0]!.answer({ type: 'loaded', preview: preview('paste.csv') });
    expect(client.analyse({ kind: 'test', column: 1 })).toBe(1);
    expect(client.analyse({ kind: 'test', column: 2 })).toBe(2);
    workers[0]!.answer({ type: 'result', result: { mean: 1 }, id: 1 });
    workers[0]!.answer({ type: 'error', during: 'analyse', message: '旧的', id: 1 });
    expect(onResult).not.toHaveBeenCalled();
    expect(events.some((event) => event.type === 'failed')).toBe(false);
    workers[0]!.answer({ type: 'result', result: { mean: 2 }, id: 2 });
    expect(onResult).toHaveBeenCalledExactlyOnceWith(2, { mean: 2 }, { kind: 'test', column: 2 });
  });

  it('the table waits for prepare(); a failed prepare is an error, not a table', async () => {
    let finish: () => void = () => undefined;
    const prepare = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const onLoaded = vi.fn();
    const { client, workers, types } = setup({ prepare, onLoaded });
    client.load(text);
    expect(prepare).toHaveBeenCalledTimes(1); // fetched while the worker reads
    workers[0]!.answer({ type: 'loaded', preview: preview('paste.csv') });
    await Promise.resolve();
    expect(onLoaded).not.toHaveBeenCalled();
    finish();
    await vi.waitFor(() => expect(onLoaded).toHaveBeenCalledOnce());

    const failing = setup({ prepare: () => Promise.reject(new Error('offline')) });
    failing.client.load(text);
    failing.workers[0]!.answer({ type: 'loaded', preview: preview('paste.csv') });
    await vi.waitFor(() => expect(failing.events.at(-1)).toEqual({ type: 'failed', message: PREPARE_FAILED_TEXT, busy: null }));
    expect(types()).toContain('loaded');
  });

  it('cancel terminates the worker and keeps what is on screen; the next analysis reads the same input again first', () => {
    const onLoaded = vi.fn();
    const { client, workers, events } = setup({ onLoaded });
    client.load(text);
    workers[0]!.answer({ type: 'loaded', preview: preview('paste.csv') });
    client.analyse({ kind: 'test', column: 1 });
    client.cancel();
    expect(workers[0]!.terminated).toBe(true);
    expect(events.at(-1)).toEqual({ type: 'cancelled', what: 'analyse' });
    // A late answer from the terminated worker changes nothing.
    workers[0]!.answer({ type: 'result', result: { mean: 9 }, id: 1 });
    expect(events.at(-1)?.type).toBe('cancelled');

    expect(client.analyse({ kind: 'test', column: 3 })).toBe(2);
    expect(workers[1]!.kinds()).toEqual(['load', 'analyse']);
    expect(events.at(-1)).toEqual({ type: 'started', busy: 'analysing' });
    workers[1]!.answer({ type: 'loaded', preview: preview('paste.csv') });
    expect(onLoaded).toHaveBeenCalledOnce(); // the re-read is not a new table
    workers[1]!.answer({ type: 'result', result: { mean: 3 }, id: 2 });
    expect(events.at(-1)).toMatchObject({ type: 'result', result: { mean: 3 } });
  });

  it('a failed re-read also drops the analysis queued behind it', () => {
    const { client, workers, events } = setup();
    client.load(text);
    workers[0]!.answer({ type: 'loaded', preview: preview('paste.csv') });
    client.analyse({ kind: 'test', column: 1 });
    client.cancel();
    client.analyse({ kind: 'test', column: 1 });
    workers[1]!.answer({ type: 'error', during: 'load', message: '文件已被移走' });
    expect(events.at(-1)).toEqual({ type: 'failed', message: '文件已被移走', busy: null });
    workers[1]!.answer({ type: 'error', during: 'analyse', message: '没有表格', id: 2 });
    expect(events.filter((event) => event.type === 'failed')).toHaveLength(1);
  });

  it('a new file while one is read: the old worker is stopped and its answers ignored', () => {
    const onLoaded = vi.fn();
    const { client, workers } = setup({ onLoaded });
    client.load(text);
    client.load({ text: 'x\n1', fileName: 'second.csv' });
    expect(workers[0]!.terminated).toBe(true);
    workers[0]!.answer({ type: 'loaded', preview: preview('paste.csv') });
    expect(onLoaded).not.toHaveBeenCalled();
    workers[1]!.answer({ type: 'loaded', preview: preview('second.csv') });
    expect(onLoaded).toHaveBeenCalledExactlyOnceWith(preview('second.csv'), undefined);
  });

  it('a crashed worker gives a message; nothing loaded yet, or no Worker at all, gives its own', () => {
    const crashed = setup();
    crashed.client.load(text);
    crashed.workers[0]!.crash();
    expect(crashed.events.at(-1)).toEqual({ type: 'failed', message: CRASHED_TEXT, busy: null });
    expect(crashed.workers[0]!.terminated).toBe(true);

    const empty = setup();
    expect(empty.client.analyse({ kind: 'test', column: 1 })).toBeNull();
    expect(empty.events.at(-1)).toEqual({ type: 'failed', message: NOTHING_LOADED_TEXT, busy: null });

    const none = setup({}, true);
    none.client.warm();
    expect(none.events).toEqual([]); // the warm-up stays quiet
    none.client.load(text);
    expect(none.events).toEqual([{ type: 'failed', message: NO_WORKER_TEXT, busy: null }]);
  });

  it('warm starts one worker and asks it to fetch its reader; reset forgets the input', () => {
    const { client, workers, events } = setup();
    client.warm();
    client.warm();
    expect(workers).toHaveLength(1);
    expect(workers[0]!.kinds()).toEqual(['warm']);
    client.load(text);
    workers[0]!.answer({ type: 'loaded', preview: preview('paste.csv') });
    client.reset();
    expect(events.at(-1)).toEqual({ type: 'reset' });
    expect(client.analyse({ kind: 'test', column: 1 })).toBeNull();
  });

  it('anticipate (the reader reaches for the file button) starts the worker and fetches the code and views a table needs, once', () => {
    const prepare = vi.fn(() => Promise.resolve());
    const prefetch = vi.fn();
    const { client, workers, events } = setup({ prepare, prefetch });
    client.anticipate();
    client.anticipate();
    expect(workers).toHaveLength(1);
    // The quick warm-up, then the thorough one (a bigger file, for a file chosen a moment later).
    expect(workers[0]!.posted).toEqual([{ type: 'warm' }, { type: 'warm', thorough: true }]);
    expect(prepare).toHaveBeenCalledOnce();
    expect(prefetch).toHaveBeenCalledOnce();
    // Nothing is shown for it: no status change, no message.
    expect(events).toEqual([]);
    // A load fetches them too (joined when already here), in the worker anticipate started.
    client.load(text);
    expect(prefetch).toHaveBeenCalledTimes(2);
    expect(workers).toHaveLength(1);
    expect(workers[0]!.kinds()).toEqual(['warm', 'warm', 'load']);
  });

  it('anticipate after the idle warm-up keeps that worker, and a failed prepare stays quiet until a file needs it', async () => {
    const prepare = vi.fn(() => Promise.reject(new Error('offline')));
    const { client, workers, events } = setup({ prepare });
    client.warm();
    client.anticipate();
    await Promise.resolve();
    expect(workers).toHaveLength(1);
    expect(workers[0]!.posted).toEqual([{ type: 'warm' }, { type: 'warm', thorough: true }]);
    expect(events).toEqual([]);
  });

  it('a new file carries the tool state for the worker to foresee its analysis; a re-read after a cancel does not', () => {
    let state: unknown = { column: '得分' };
    const { client, workers } = setup({ foresight: () => state });
    client.load(text);
    expect(workers[0]!.posted[0]).toEqual({ type: 'load', text: 'a,b\n1,2', fileName: 'paste.csv', state: { column: '得分' } });
    workers[0]!.answer({ type: 'loaded', preview: preview('paste.csv') });
    client.analyse({ kind: 'test', column: 1 });
    client.cancel();
    state = { column: '分组' };
    client.analyse({ kind: 'test', column: 0 });
    // The re-read answers the request that follows it; nothing is foreseen.
    expect(workers[1]!.posted[0]).toEqual({ type: 'load', text: 'a,b\n1,2', fileName: 'paste.csv' });
  });

  it('a table that comes with its foreseen analysis hands both to onLoaded; nothing is posted for it here', () => {
    const onLoaded = vi.fn();
    const { client, workers, types } = setup({ foresight: () => ({ column: '得分' }), onLoaded });
    client.load(text);
    const foreseen = { key: '{"kind":"test","column":0}', result: { mean: 8 } };
    workers[0]!.answer({ type: 'loaded', preview: preview('paste.csv'), foreseen });
    expect(onLoaded).toHaveBeenCalledExactlyOnceWith(preview('paste.csv'), foreseen);
    // The kernel decides whether it answers the state's request (src/lib/tool/kernel.ts); the client asks nothing.
    expect(workers[0]!.kinds()).toEqual(['load']);
    expect(types()).toEqual(['started', 'loaded']);
  });

  it('a state the browser cannot copy: the file is still read, without it', () => {
    const { client, workers, types } = setup({ foresight: () => ({ column: '得分', pick: () => 0 }) });
    client.warm();
    workers[0]!.cloneCheck = true;
    client.load(text);
    expect(workers[0]!.posted.at(-1)).toEqual({ type: 'load', text: 'a,b\n1,2', fileName: 'paste.csv' });
    expect(types()).toEqual(['started']);
  });
});
