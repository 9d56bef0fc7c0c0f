#!/usr/bin/env node
/**
 * Classroom poll scanning (issue 17), after a build (dist/ under BASE_PATH, or BENCH_DIST):
 *  1. QR decode throughput of the scan view's own worker (dist/_astro/qrScan.worker*.js) on
 *     1280 × 720 RGBA frames, one frame in flight as in the page: frames holding an answer code,
 *     and empty frames (what the camera sees between participants). Goal ≥ 20 frames a second.
 *  2. From a code in front of the camera to the counter moving: Chromium's fake camera plays a
 *     1280 × 720 video of answer codes; the scan view reports, for each counted answer, when the
 *     frame holding it was grabbed and when it was counted (the `poll-counted` event). A code that
 *     enters the view waits at most one scan-loop period before its frame is grabbed, so
 *     entering → counted ≤ grab → counted + one period; both are printed.
 * Not a timed test: prints the figures and writes artifacts/bench/qr-scan.json.
 * Env: BASE_PATH (default /course/sub/), BENCH_DIST (default dist), CHROMIUM_PATH.
 */
import { closeSync, mkdirSync, mkdtempSync, openSync, readdirSync, writeFileSync, writeSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import encodeQR from 'qr';
import { serveSite } from './site.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const base = `/${(process.env.BASE_PATH ?? '/course/sub/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const dist = resolve(root, process.env.BENCH_DIST ?? 'dist');
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const WIDTH = 1280;
const HEIGHT = 720;
const FRAMES = 60;
const GOAL_FPS = 20;
const ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-gpu'];
// An NPS answer code of poll K7QM (the shape the participant page shows: 18 symbols, QR version 1).
const POLL = { id: 'K7QM', title: '测速', template: 'nps', subject: '这家酒店', groups: ['一组', '二组', '三组'], reasons: ['态度', '速度', '环境'] };

async function main() {
  const worker = readdirSync(join(dist, '_astro')).find((name) => /^qrScan\.worker.*\.js$/.test(name));
  if (!worker) throw new Error(`no qrScan worker in ${dist}/_astro: build first`);
  // The poll library is TypeScript: bundle it once with esbuild (a dev dependency) to import it here.
  const bundle = join(mkdtempSync(join(tmpdir(), 'qr-bench-lib-')), 'poll.mjs');
  await build({ entryPoints: [join(root, 'src/lib/poll/index.ts')], bundle: true, format: 'esm', platform: 'node', outfile: bundle, logLevel: 'silent' });
  const { encodeAnswerQr, encodePollHash } = await import(pathToFileURL(bundle).href);
  const codes = Array.from({ length: 12 }, (_, index) => encodeAnswerQr(POLL, `BENC${'0123456789AB'[index]}`, [1 + (index % 3), 1 + (index % 11), 0]));
  const site = await serveSite({ root, dist, base });
  const { origin } = site;
  const result = { chromium: '', cpus: availableParallelism(), loadAverage: loadavg(), throughput: null, latency: null };

  // 1. Throughput in the worker.
  const browser = await chromium.launch({ executablePath, args: ARGS });
  result.chromium = browser.version();
  const page = await browser.newPage();
  await page.goto(`${origin}${base}overview/`);
  const matrix = encodeQR(codes[0], 'raw', { ecc: 'medium', border: 4, encoding: 'alphanumeric' });
  result.throughput = await page.evaluate(async ({ url, matrix, width, height, frames }) => {
    const worker = new Worker(url, { type: 'module' });
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d');
    const draw = (withCode) => {
      context.fillStyle = '#8a8a80';
      context.fillRect(0, 0, width, height);
      if (!withCode) return context.getImageData(0, 0, width, height).data;
      // A phone held up in the frame: the code about a quarter of the frame's height, slightly off centre.
      const scale = Math.floor(220 / matrix.length);
      const left = 520;
      const top = 230;
      context.fillStyle = '#fff';
      context.fillRect(left, top, matrix.length * scale, matrix.length * scale);
      context.fillStyle = '#000';
      matrix.forEach((row, y) => row.forEach((dark, x) => dark && context.fillRect(left + x * scale, top + y * scale, scale, scale)));
      return context.getImageData(0, 0, width, height).data;
    };
    const run = async (withCode) => {
      const pixels = draw(withCode);
      let buffer = new ArrayBuffer(pixels.byteLength);
      let decoded = 0;
      const decodeMs = [];
      const started = performance.now();
      for (let id = 0; id < frames; id += 1) {
        new Uint8ClampedArray(buffer).set(pixels);
        const answer = await new Promise((done) => {
          worker.onmessage = (event) => done(event.data);
          worker.postMessage({ id, width, height, data: buffer }, [buffer]);
        });
        buffer = answer.data;
        decodeMs.push(answer.ms);
        if (answer.text) decoded += 1;
      }
      const seconds = (performance.now() - started) / 1000;
      decodeMs.sort((a, b) => a - b);
      return { fps: frames / seconds, decoded, frames, medianDecodeMs: decodeMs[Math.floor(frames / 2)], p90DecodeMs: decodeMs[Math.floor(frames * 0.9)] };
    };
    await run(true); // warm-up (module load, JIT)
    const withCode = await run(true);
    const empty = await run(false);
    worker.terminate();
    return { withCode, empty };
  }, { url: `${origin}${base}_astro/${worker}`, matrix, width: WIDTH, height: HEIGHT, frames: FRAMES });
  await browser.close();

  // 2. Latency through the page with a fake camera (each code shown 1 s, a blank second between codes).
  const dir = mkdtempSync(join(tmpdir(), 'qr-bench-'));
  const video = join(dir, 'codes.y4m');
  writeY4m(video, codes, 10);
  const camera = await chromium.launch({ executablePath, args: [...ARGS, '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${video}`] });
  const scan = await (await camera.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await scan.goto(`${origin}${base}tools/poll/scan/#${encodePollHash(POLL)}`);
  await scan.evaluate(() => {
    window.__counted = [];
    window.addEventListener('poll-counted', (event) => window.__counted.push(event.detail));
  });
  await scan.getByTestId('poll-camera-start').click();
  await scan.waitForFunction((count) => window.__counted.length >= count, codes.length, { timeout: 120_000 }).catch(() => undefined);
  const counted = await scan.evaluate(() => window.__counted);
  const loop = await scan.evaluate(async () => {
    const video = document.querySelector('video');
    return { width: video?.videoWidth ?? 0, height: video?.videoHeight ?? 0 };
  });
  await camera.close();
  const latencies = counted.map((entry) => entry.countedAt - entry.grabbedAt).sort((a, b) => a - b);
  const period = 1000 / result.throughput.empty.fps;
  result.latency = {
    video: loop,
    codes: codes.length,
    counted: counted.length,
    grabToCountMedianMs: latencies[Math.floor(latencies.length / 2)] ?? null,
    grabToCountMaxMs: latencies.at(-1) ?? null,
    enteringToCountBoundMs: latencies.length ? latencies.at(-1) + period : null,
  };

  const t = result.throughput;
  console.log(`\nChromium ${result.chromium} · ${result.cpus} CPU(s), load average ${result.loadAverage.map((value) => value.toFixed(1)).join(' ')}`);
  console.log(`QR decode in the worker, ${WIDTH}×${HEIGHT} RGBA, ${FRAMES} frames each (goal ≥ ${GOAL_FPS} fps):`);
  console.log(`  with an answer code: ${t.withCode.fps.toFixed(1)} fps (median ${t.withCode.medianDecodeMs.toFixed(1)} ms, p90 ${t.withCode.p90DecodeMs.toFixed(1)} ms; decoded ${t.withCode.decoded}/${t.withCode.frames}) ${t.withCode.fps >= GOAL_FPS ? '✓' : '✗'}`);
  console.log(`  empty frame:         ${t.empty.fps.toFixed(1)} fps (median ${t.empty.medianDecodeMs.toFixed(1)} ms, p90 ${t.empty.p90DecodeMs.toFixed(1)} ms) ${t.empty.fps >= GOAL_FPS ? '✓' : '✗'}`);
  const l = result.latency;
  console.log(`Fake camera ${l.video.width}×${l.video.height}: counted ${l.counted}/${l.codes} codes; grab → counter median ${l.grabToCountMedianMs?.toFixed(0)} ms, max ${l.grabToCountMaxMs?.toFixed(0)} ms; entering the view → counter ≤ ${l.enteringToCountBoundMs?.toFixed(0)} ms`);
  mkdirSync(join(root, 'artifacts', 'bench'), { recursive: true });
  writeFileSync(join(root, 'artifacts', 'bench', 'qr-scan.json'), `${JSON.stringify({ date: new Date().toISOString(), ...result }, null, 2)}\n`);
  site.close();
}

/** YUV4MPEG2 4:2:0 at 10 fps: each code `frames` frames, then as many blank frames. */
function writeY4m(file, payloads, frames) {
  const fd = openSync(file, 'w');
  writeSync(fd, `YUV4MPEG2 W${WIDTH} H${HEIGHT} F10:1 Ip A1:1 C420jpeg\n`);
  const chroma = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2) * 2, 128);
  const blank = Buffer.alloc(WIDTH * HEIGHT, 140);
  for (const payload of payloads) {
    const matrix = encodeQR(payload, 'raw', { ecc: 'medium', border: 4, encoding: 'alphanumeric' });
    const scale = Math.floor(260 / matrix.length);
    const size = matrix.length * scale;
    const left = Math.floor((WIDTH - size) / 2);
    const top = Math.floor((HEIGHT - size) / 2);
    const luma = Buffer.from(blank);
    for (let y = 0; y < size; y += 1) for (let x = 0; x < size; x += 1) luma[(top + y) * WIDTH + left + x] = matrix[Math.floor(y / scale)][Math.floor(x / scale)] ? 16 : 235;
    for (const plane of [luma, blank]) {
      for (let frame = 0; frame < frames; frame += 1) {
        writeSync(fd, 'FRAME\n');
        writeSync(fd, plane);
        writeSync(fd, chroma);
      }
    }
  }
  closeSync(fd);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
