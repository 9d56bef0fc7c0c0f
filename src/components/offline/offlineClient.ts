/**
 * The page side of offline reading (the worker is src/sw/sw.js): registers `${base}sw.js` with
 * scope `${base}` once the page has settled (whenSettled), so the first visit loads and hydrates
 * exactly as fast as without it;
 * says whether this page is saved; runs "下载全部内容以离线阅读" with a progress bar; and shows
 * "有新版本，点击刷新" when a new version is waiting. It never reloads by itself: only a click
 * on the notice does.
 */

type Reply =
  | { type: 'save'; saved: boolean }
  | { type: 'status'; total: number; totalBytes: number; saved: number; savedBytes: number }
  | { type: 'progress'; done: number; total: number; bytes: number; totalBytes: number }
  | { type: 'done'; failed: number; total: number; totalBytes: number }
  | { type: 'error'; message: string };

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** Megabytes with one decimal, as the button shows them. */
export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Sends a message to the worker; resolves with its first reply that is not progress. */
function ask(worker: ServiceWorker, message: object, onProgress?: (reply: Reply) => void): Promise<Reply> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event: MessageEvent<Reply>) => {
      if (event.data.type === 'progress') onProgress?.(event.data);
      else {
        channel.port1.close();
        resolve(event.data);
      }
    };
    worker.postMessage(message, [channel.port2]);
  });
}

/**
 * How long a first visit waits after `load` before registering. Installing precaches the core
 * (266 files, 4.7 MB in the build of 2026-12-04); started at the first idle moment, it ran beside
 * the islands' hydration (client:idle waits for the same moment) and took CPU from it: Lighthouse
 * (mobile) on the five tool pages, two interleaved rounds of three runs each, gave a median total
 * blocking time of about 190 ms with the worker registered at idle and about 100 ms without it.
 * Six seconds puts the install after the page has settled and after the 5-second quiet window
 * that ends Lighthouse's time to interactive, and a reader who stays that long is the one who
 * benefits from the precache.
 */
const FIRST_VISIT_SETTLE_MS = 6000;

/**
 * Runs the callback when the page is idle: on a first visit (no worker controls the page yet)
 * only FIRST_VISIT_SETTLE_MS after `load`; on later visits at the first idle moment, since
 * registering an installed worker costs nothing.
 */
function whenSettled(callback: () => void): void {
  const idle = () => ('requestIdleCallback' in window ? requestIdleCallback(callback, { timeout: 4000 }) : setTimeout(callback, 0));
  const later = () => (navigator.serviceWorker.controller ? idle() : setTimeout(idle, FIRST_VISIT_SETTLE_MS));
  if (document.readyState === 'complete') later();
  else addEventListener('load', later, { once: true });
}

function showUpdate(waiting: ServiceWorker): void {
  const notice = document.querySelector<HTMLButtonElement>('[data-offline-update]');
  if (!notice) return;
  notice.hidden = false;
  notice.onclick = () => {
    notice.disabled = true;
    // Reload only after the new worker has taken over, and only because the reader asked.
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
    waiting.postMessage({ type: 'skip-waiting' });
  };
}

function watchUpdates(registration: ServiceWorkerRegistration): void {
  if (registration.waiting && navigator.serviceWorker.controller) showUpdate(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed' && navigator.serviceWorker.controller) showUpdate(installing);
    });
  });
}

async function showStatus(worker: ServiceWorker, root: HTMLElement): Promise<void> {
  const state = root.querySelector<HTMLElement>('[data-offline-state]');
  const button = root.querySelector<HTMLButtonElement>('[data-offline-save-all]');
  const progress = root.querySelector<HTMLProgressElement>('progress');
  const detail = root.querySelector<HTMLElement>('[data-offline-detail]');
  if (!state || !button || !progress || !detail) return;
  const saved = await ask(worker, { type: 'save', url: location.href });
  if (saved.type === 'save' && saved.saved) {
    state.textContent = '本页可离线阅读';
    root.dataset['saved'] = '';
  }
  const status = await ask(worker, { type: 'status' });
  if (status.type !== 'status') return;
  const complete = status.saved >= status.total;
  button.textContent = complete ? `已下载全部内容（${megabytes(status.totalBytes)}）` : `下载全部内容以离线阅读（共 ${megabytes(status.totalBytes)}）`;
  button.disabled = complete;
  button.hidden = false;
  button.onclick = async () => {
    button.disabled = true;
    progress.hidden = false;
    progress.max = status.totalBytes;
    const result = await ask(worker, { type: 'save-all' }, (reply) => {
      if (reply.type !== 'progress') return;
      progress.value = reply.bytes;
      detail.textContent = `正在下载 ${reply.done}/${reply.total} 个文件（${megabytes(reply.bytes)} / ${megabytes(reply.totalBytes)}）`;
    });
    progress.hidden = true;
    if (result.type === 'done' && result.failed === 0) {
      detail.textContent = '';
      button.textContent = `已下载全部内容（${megabytes(result.totalBytes)}）`;
    } else {
      detail.textContent = '部分内容没有下载成功，请联网后再试。';
      button.disabled = false;
    }
  };
}

export function startOffline(): void {
  const root = document.querySelector<HTMLElement>('[data-offline-status]');
  if (!('serviceWorker' in navigator) || !window.isSecureContext) {
    if (root) root.hidden = true;
    return;
  }
  whenSettled(async () => {
    const registration = await navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch(() => undefined);
    if (!registration) return;
    watchUpdates(registration);
    const ready = await navigator.serviceWorker.ready;
    if (ready.active && root) await showStatus(ready.active, root);
  });
}
