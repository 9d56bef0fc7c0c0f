/**
 * Shared by the site-server tests: a tiny built site in a temporary folder (with secrets
 * planted next to it and as dotfiles inside it), scripts/serve.mjs started on it as a child
 * process (so "the process survives" means the real CLI process), and raw HTTP over node:net
 * sockets, so malformed request lines reach the server exactly as written (fetch would
 * normalise or refuse them).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants, gunzipSync } from 'node:zlib';

export const SERVE_SCRIPT = fileURLToPath(new URL('../../../scripts/serve.mjs', import.meta.url));
export const BASE = '/course/sub/';
export const BIG_FILE_SIZE = 5 * 1024 * 1024;

export interface Fixture {
  root: string;
  dist: string;
  /** Random text found only in files that must never be served. */
  marker: string;
  /** The served files, by site path without the leading slash. */
  files: Record<string, Buffer>;
  cleanup: () => void;
}

/**
 * Deterministic bytes (a linear congruential sequence), so the big binary file is not
 * compressible and its content can be checked byte for byte.
 */
function pseudoRandomBytes(length: number): Buffer {
  const bytes = Buffer.alloc(length);
  let state = 12345;
  for (let index = 0; index < length; index += 1) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    bytes[index] = state >>> 16;
  }
  return bytes;
}

export function makeFixture(): Fixture {
  const root = mkdtempSync(join(tmpdir(), 'site-server-'));
  const dist = join(root, 'dist');
  const marker = `MARKER-${randomUUID()}`;
  const page = (title: string, text: string) => `<!doctype html><html lang="zh-CN"><title>${title}</title><p>${text}</p></html>\n`;
  const served: Record<string, string | Buffer> = {
    'index.html': page('首页', 'HOME-PAGE 欢迎'),
    'lecture/index.html': page('第一讲', 'LECTURE-PAGE'),
    '404.html': page('找不到页面', 'NOT-FOUND-PAGE'),
    '_astro/app.js': `export const label = '复制分享链接';\n${'console.log("app");\n'.repeat(40)}`,
    '_astro/style.css': 'body { color: #123; }\n'.repeat(30),
    // Text, so it is gzipped on the fly: the aborted-download test covers the gzip path too.
    '_astro/big.js': `// ${'x'.repeat(78)}\n`.repeat(BIG_FILE_SIZE / 82),
    'big.bin': pseudoRandomBytes(BIG_FILE_SIZE),
    'empty.txt': '',
  };
  const headersFile = [
    `# ${marker}: the _headers file is the host's configuration, never served.`,
    '/*',
    "  Content-Security-Policy: default-src 'self'",
    '  X-Content-Type-Options: nosniff',
    '',
    '/_astro/*',
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
  ].join('\n');
  const secrets: Record<string, string> = {
    // Inside the served folder but hidden: the host's config and dotfiles.
    'dist/_headers': headersFile,
    'dist/.git/HEAD': marker,
    'dist/.env': marker,
    'dist/lecture/.secret': marker,
    // Next to it: plain traversal, and a sibling whose name starts with the served folder's.
    'secret.txt': marker,
    'dist-evil/index.html': marker,
    'dist-evil/secret.txt': marker,
  };
  const write = (path: string, content: string | Buffer) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  };
  for (const [path, content] of Object.entries(served)) write(`dist/${path}`, content);
  for (const [path, content] of Object.entries(secrets)) write(path, content);
  const files = Object.fromEntries(Object.entries(served).map(([path, content]) => [path, Buffer.from(content)]));
  return { root, dist, marker, files, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

export interface RunningServer {
  port: number;
  child: ChildProcess;
  /** Everything the server wrote to stderr so far. */
  stderr: () => string;
  /** Open file descriptors of the server process (Linux /proc), or undefined elsewhere. */
  openFiles: () => number | undefined;
  stop: () => Promise<void>;
}

/** Starts `node scripts/serve.mjs --port 0 --dir <dist> --quiet` and waits for its "Site ready" line. */
export async function startServer(dist: string, base = BASE): Promise<RunningServer> {
  const child = spawn(process.execPath, [SERVE_SCRIPT, '--port', '0', '--dir', dist, '--quiet'], {
    env: { ...process.env, BASE_PATH: base, HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /Site ready: http:\/\/localhost:(\d+)\//.exec(stdout);
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`serve.mjs exited with ${code} before it was ready: ${stderr}`)));
  });
  const fdFolder = `/proc/${child.pid}/fd`;
  return {
    port,
    child,
    stderr: () => stderr,
    openFiles: () => (existsSync(fdFolder) ? readdirSync(fdFolder).length : undefined),
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill();
      await exited;
    },
  };
}

export interface RawExchange {
  /** Everything the server sent before the connection ended. */
  bytes: Buffer;
  /**
   * 'server': the server closed the connection; 'eof-needed': it only closed after the client
   * half-closed its side (the request was incomplete); 'hung': not even then.
   */
  ending: 'server' | 'eof-needed' | 'hung';
}

/**
 * Sends raw bytes on a fresh connection and collects the reply until the server closes it.
 * A request the parser is still waiting to complete gets the client's end-of-stream after
 * `idleMs` of silence, and the socket is abandoned as hung after as long again.
 */
export function rawExchange(port: number, request: string | Buffer, idleMs = 2_000): Promise<RawExchange> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    let ending: RawExchange['ending'] = 'server';
    let timer: NodeJS.Timeout;
    const onIdle = () => {
      if (ending === 'server') {
        ending = 'eof-needed';
        socket.end();
        timer = setTimeout(onIdle, idleMs);
      } else {
        ending = 'hung';
        socket.destroy();
      }
    };
    timer = setTimeout(onIdle, idleMs);
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      timer.refresh();
    });
    // A reset after the server has answered a malformed request is still the server closing it.
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(timer);
      resolve({ bytes: Buffer.concat(chunks), ending });
    });
    socket.write(typeof request === 'string' ? Buffer.from(request, 'latin1') : request);
  });
}

export interface ParsedResponse {
  status: number;
  /** Lower-case names; repeated headers joined with ", ". */
  headers: Record<string, string>;
  /** The body as sent, after undoing chunked transfer coding (not content coding). */
  body: Buffer;
}

/** Reads the first HTTP/1.x response in `bytes`, or undefined when there is no status line. */
export function parseResponse(bytes: Buffer): ParsedResponse | undefined {
  const headEnd = bytes.indexOf('\r\n\r\n');
  const head = bytes.subarray(0, headEnd === -1 ? bytes.length : headEnd).toString('latin1');
  const statusLine = /^HTTP\/1\.[01] (\d{3})/.exec(head);
  if (!statusLine) return undefined;
  const headers: Record<string, string> = {};
  for (const line of head.split('\r\n').slice(1)) {
    const separator = line.indexOf(':');
    if (separator <= 0) continue;
    const name = line.slice(0, separator).trim().toLowerCase();
    const value = line.slice(separator + 1).trim();
    headers[name] = headers[name] === undefined ? value : `${headers[name]}, ${value}`;
  }
  let body = headEnd === -1 ? Buffer.alloc(0) : bytes.subarray(headEnd + 4);
  if (headers['content-length'] !== undefined) body = body.subarray(0, Number(headers['content-length']));
  else if (headers['transfer-encoding'] === 'chunked') body = dechunk(body);
  return { status: Number(statusLine[1]), headers, body };
}

/** Undoes chunked transfer coding, keeping what arrived if the connection was cut. */
function dechunk(encoded: Buffer): Buffer {
  const parts: Buffer[] = [];
  let offset = 0;
  while (offset < encoded.length) {
    const lineEnd = encoded.indexOf('\r\n', offset);
    if (lineEnd === -1) break;
    const size = Number.parseInt(encoded.subarray(offset, lineEnd).toString('latin1'), 16);
    if (!Number.isFinite(size) || size === 0) break;
    parts.push(encoded.subarray(lineEnd + 2, lineEnd + 2 + size));
    offset = lineEnd + 2 + size + 2;
  }
  return Buffer.concat(parts);
}

/** The body as the client would read it: gunzipped when the response says gzip (tolerating a cut-off stream). */
export function decodedBody(response: ParsedResponse): Buffer {
  if (response.headers['content-encoding'] !== 'gzip' || response.body.length === 0) return response.body;
  try {
    return gunzipSync(response.body, { finishFlush: constants.Z_SYNC_FLUSH });
  } catch {
    return response.body;
  }
}

/** A well-formed request with the given method, target and extra header lines. */
export function request(method: string, target: string, headers: Record<string, string> = {}): string {
  const lines = [`${method} ${target} HTTP/1.1`, 'Host: localhost', ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`), 'Connection: close'];
  return `${lines.join('\r\n')}\r\n\r\n`;
}
