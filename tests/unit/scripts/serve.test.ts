import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { makeFixture, parseResponse, rawExchange, request, SERVE_SCRIPT, startServer } from './site-fixture';

// Each test starts a Node process (about 0.3 s idle, several seconds on a loaded 2-CPU runner).
const PROCESS_TIMEOUT = 20_000;

describe('serve.mjs on the command line', () => {
  const fixture = makeFixture();
  afterAll(() => fixture.cleanup());

  const run = (args: string[]) => spawnSync(process.execPath, [SERVE_SCRIPT, ...args], { encoding: 'utf8', timeout: 20_000 });

  it('stops with a message when the folder has no index.html (the site was not built)', () => {
    const empty = join(fixture.root, 'not-built');
    mkdirSync(empty);
    const result = run(['--dir', empty, '--port', '0']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('has no index.html');
  }, PROCESS_TIMEOUT);

  it.each([['abc'], ['-1'], ['65536'], ['']])('stops with a message for --port %j', (port) => {
    const result = run(['--dir', fixture.dist, '--port', port]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('--port');
  }, PROCESS_TIMEOUT);

  it('normalises BASE_PATH as the build does, and says where the site is', async () => {
    const server = await startServer(fixture.dist, 'course/sub');
    try {
      const home = parseResponse((await rawExchange(server.port, request('GET', '/course/sub/'))).bytes);
      expect(home?.status).toBe(200);
      const redirect = parseResponse((await rawExchange(server.port, request('GET', '/course/sub'))).bytes);
      expect(redirect?.headers['location']).toBe('/course/sub/');
    } finally {
      await server.stop();
    }
  }, PROCESS_TIMEOUT);
});
