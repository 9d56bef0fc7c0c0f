/**
 * The course site's service worker, hand-written; src/integrations/offline.mjs fills in
 * __OFFLINE_CONFIG__ (version, base path, precache manifest) and writes it to <outDir>/sw.js.
 *
 * install: fetch the core (app shell, tool pages, scripts, workers, lazy chunks, search index)
 *   into this version's cache, reusing unchanged files from the previous version, plus every
 *   page the reader had saved before. A failed core file fails the install (tried again later).
 * activate: drop older versions' caches; save the pages open in a tab.
 * fetch: pages stale-while-revalidate (the offline page when neither works); /_astro/
 *   cache-first (hashed names); anything else stale-while-revalidate, ignoring the query
 *   (Pagefind adds ?ts= to its metadata request).
 * Never skips waiting by itself: the page shows "有新版本，点击刷新" and sends 'skip-waiting'.
 */
const CONFIG = __OFFLINE_CONFIG__;
const PREFIX = 'course-offline-';
const CACHE = PREFIX + CONFIG.version;
const BASE = new URL(CONFIG.base, self.location.origin).href;
const MANIFEST_KEY = BASE + '__manifest';
const REV = 'x-offline-rev';

let manifestPromise;
/** This version's list of files, from its cache or, the first time, from the server. */
function manifest() {
  manifestPromise ??= (async () => {
    const cache = await caches.open(CACHE);
    let response = await cache.match(MANIFEST_KEY);
    if (!response) {
      response = await fetch(CONFIG.manifest, { cache: 'no-store' });
      if (!response.ok) throw new Error('manifest ' + response.status);
      await cache.put(MANIFEST_KEY, response.clone());
    }
    const data = await response.json();
    data.byUrl = new Map(data.entries.map((entry) => [BASE + entry.url, entry]));
    return data;
  })().catch((error) => {
    manifestPromise = undefined;
    throw error;
  });
  return manifestPromise;
}

/** A copy of a response carrying its revision, so a later version can tell whether to fetch it again. */
async function stamped(response, rev) {
  const headers = new Headers(response.headers);
  headers.set(REV, rev);
  return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers });
}

/** The key a URL is cached under: no query, no fragment. */
function keyOf(url) {
  const parsed = new URL(url);
  return parsed.origin + parsed.pathname;
}

async function olderCaches() {
  const names = (await caches.keys()).filter((name) => name.startsWith(PREFIX) && name !== CACHE);
  return Promise.all(names.map((name) => caches.open(name)));
}

/**
 * Puts the given URLs of the manifest into this version's cache: kept if already there with the
 * same revision, copied from an older cache if unchanged there, fetched otherwise.
 * onEach(entry, ok) reports progress; the result lists the URLs that failed.
 */
async function fill(urls, onEach = () => {}) {
  const data = await manifest();
  const cache = await caches.open(CACHE);
  const older = await olderCaches();
  const queue = [...new Set(urls)].map((url) => data.byUrl.get(url)).filter(Boolean);
  const failed = [];
  const one = async (entry) => {
    const url = BASE + entry.url;
    const current = await cache.match(url);
    if (current && current.headers.get(REV) === entry.rev) return;
    for (const old of older) {
      const hit = await old.match(url);
      if (hit && hit.headers.get(REV) === entry.rev) return cache.put(url, hit);
    }
    const response = await fetch(url, { cache: 'no-cache' });
    if (!response.ok) throw new Error(response.status + ' ' + url);
    await cache.put(url, await stamped(response, entry.rev));
  };
  const worker = async () => {
    for (let entry = queue.shift(); entry; entry = queue.shift()) {
      let ok = true;
      await one(entry).catch(() => {
        ok = false;
        failed.push(BASE + entry.url);
      });
      onEach(entry, ok);
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return failed;
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const data = await manifest();
      const core = data.entries.filter((entry) => entry.kind === 'core').map((entry) => BASE + entry.url);
      const failed = await fill(core);
      if (failed.length > 0) throw new Error('precache failed: ' + failed.slice(0, 3).join(' '));
      // Pages the reader saved under the previous version come along, fresh.
      const saved = [];
      for (const old of await olderCaches()) for (const request of await old.keys()) saved.push(keyOf(request.url));
      await fill(saved.filter((url) => data.byUrl.get(url)?.kind === 'page'));
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
      await self.clients.claim();
      const windows = await self.clients.matchAll({ type: 'window' });
      await fill(windows.map((client) => keyOf(client.url)));
    })(),
  );
});

/** Updates the cache from the network; resolves to the network's response (or rejects offline). */
async function refresh(request, key) {
  const response = await fetch(request);
  if (response.ok && response.type === 'basic' && !response.redirected) {
    const entry = (await manifest().catch(() => undefined))?.byUrl.get(key);
    const cache = await caches.open(CACHE);
    await cache.put(key, entry ? await stamped(response.clone(), entry.rev) : response.clone());
  }
  return response;
}

async function staleWhileRevalidate(event, key, fallback) {
  const cached = await caches.match(key, { cacheName: CACHE });
  const network = refresh(event.request, key);
  if (cached) {
    event.waitUntil(network.catch(() => {}));
    return cached;
  }
  try {
    return await network;
  } catch (error) {
    const offline = fallback && (await caches.match(BASE + 'offline/', { cacheName: CACHE }));
    if (offline) return offline;
    throw error;
  }
}

async function cacheFirst(event, key) {
  return (await caches.match(key, { cacheName: CACHE })) ?? refresh(event.request, key);
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || request.headers.has('range')) return;
  const key = keyOf(request.url);
  if (!key.startsWith(BASE) || key === BASE + 'sw.js' || key === CONFIG.manifest) return;
  if (request.mode === 'navigate') event.respondWith(staleWhileRevalidate(event, key, true));
  else if (key.startsWith(BASE + '_astro/')) event.respondWith(cacheFirst(event, key));
  else event.respondWith(staleWhileRevalidate(event, key, false));
});

/**
 * Messages from the page (src/components/offline/OfflineStatus.astro), each answered on the
 * MessageChannel port it came with:
 * 'skip-waiting' — the reader clicked the update notice;
 * 'save' {url} — keep this page (a page opened before the worker took over);
 * 'status' — sizes of everything and of what is saved;
 * 'save-all' — fetch every file, posting {done, total, bytes, totalBytes} as it goes.
 */
self.addEventListener('message', (event) => {
  const port = event.ports[0];
  const reply = (message) => port && port.postMessage(message);
  const { type, url } = event.data || {};
  if (type === 'skip-waiting') {
    self.skipWaiting();
    return;
  }
  const work = (async () => {
    const data = await manifest();
    if (type === 'save') {
      const failed = await fill([keyOf(url)]);
      reply({ type, saved: failed.length === 0 && data.byUrl.has(keyOf(url)) });
    } else if (type === 'status') {
      const cache = await caches.open(CACHE);
      const keys = new Set((await cache.keys()).map((request) => request.url));
      const saved = data.entries.filter((entry) => keys.has(BASE + entry.url));
      const sum = (list) => list.reduce((total, entry) => total + entry.size, 0);
      reply({ type, version: data.version, total: data.entries.length, totalBytes: sum(data.entries), saved: saved.length, savedBytes: sum(saved) });
    } else if (type === 'save-all') {
      const total = data.entries.length;
      const totalBytes = data.entries.reduce((sum, entry) => sum + entry.size, 0);
      let done = 0;
      let bytes = 0;
      const failed = await fill(
        data.entries.map((entry) => BASE + entry.url),
        (entry) => {
          done += 1;
          bytes += entry.size;
          reply({ type: 'progress', done, total, bytes, totalBytes });
        },
      );
      reply({ type: 'done', failed: failed.length, total, totalBytes });
    }
  })().catch((error) => reply({ type: 'error', message: String(error) }));
  event.waitUntil(work);
});
