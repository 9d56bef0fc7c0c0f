/**
 * The built site for a benchmark: scripts/serve.mjs (the production headers, under the base
 * path) on a free port, stopped when the benchmark exits.
 *
 *   const site = await serveSite({ root, dist, base });
 *   await page.goto(`${site.origin}${base}tools/nps/`);
 *   site.close();
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** @returns {Promise<number>} a port nothing listens on now */
function freePort() {
  return new Promise((done, failed) => {
    const probe = createServer();
    probe.once('error', failed);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (probe.address());
      probe.close(() => done(port));
    });
  });
}

/** @param {string} url */
async function waitForServer(url) {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`the server did not answer at ${url}`);
}

/**
 * @param {{ root: string; dist: string; base: string; port?: number }} options  port: a fixed one (BENCH_PORT), else a free one
 * @returns {Promise<{ origin: string; close: () => void }>}
 */
export async function serveSite({ root, dist, base, port }) {
  const chosen = port ?? (await freePort());
  const origin = `http://localhost:${chosen}`;
  const server = spawn(process.execPath, [join(root, 'scripts', 'serve.mjs'), '--port', String(chosen), '--dir', dist, '--quiet'], {
    cwd: root,
    env: { ...process.env, BASE_PATH: base },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const close = () => {
    if (server.exitCode === null) server.kill();
  };
  process.on('exit', close);
  try {
    await waitForServer(`${origin}${base}`);
  } catch (error) {
    close();
    throw error;
  }
  return { origin, close };
}
