import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { base64UrlDecode, base64UrlEncode, checksum, decodeShareState, encodeShareState, extractShareToken, shareUrl, type ShareValidation } from '../../../src/lib/share/codec';

interface Counts {
  counts: number[];
}
/** A tool's validator: 11 non-negative integer counts. */
function validateCounts(value: unknown): ShareValidation<Counts> {
  const counts = (value as Counts | null)?.counts;
  if (!Array.isArray(counts) || counts.length !== 11) return { ok: false, error: '应有 11 个计数' };
  if (!counts.every((count) => Number.isInteger(count) && count >= 0)) return { ok: false, error: '计数必须是非负整数' };
  return { ok: true, value: { counts } };
}

const STATE: Counts = { counts: [1, 0, 2, 3, 5, 8, 13, 21, 34, 55, 89] };

describe('share links round-trip', () => {
  it('decodes what it encodes, with or without #', () => {
    const hash = encodeShareState(STATE, 'nps');
    expect(hash).toMatch(/^share=1\.[A-Za-z0-9_-]+\.[0-9a-z]+$/);
    expect(decodeShareState(`#${hash}`, validateCounts, 'nps')).toEqual({ ok: true, value: STATE });
    expect(decodeShareState(hash, validateCounts, 'nps')).toEqual({ ok: true, value: STATE });
  });

  it('builds a full URL and ignores other hash parts', () => {
    const url = shareUrl('https://example.org/course/sub/tools/nps/#top', STATE, 'nps');
    expect(url.startsWith('https://example.org/course/sub/tools/nps/#share=1.')).toBe(true);
    const hash = new URL(url).hash;
    expect(decodeShareState(`#anchor&${hash.slice(1)}`, validateCounts, 'nps')).toEqual({ ok: true, value: STATE });
  });

  it('keeps Chinese text (e.g. segment names)', () => {
    const state = { name: '华东门店', note: '😀' };
    const decoded = decodeShareState(encodeShareState(state), (value) => ({ ok: true, value }));
    expect(decoded).toEqual({ ok: true, value: state });
  });

  it('any JSON value round-trips (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const decoded = decodeShareState(encodeShareState(value, 't'), (inner) => ({ ok: true, value: inner }), 't');
        expect(decoded.ok).toBe(true);
        // JSON normalises -0 to 0.
        expect(decoded.ok && JSON.stringify(decoded.value)).toBe(JSON.stringify(value));
      }),
      { numRuns: 300 },
    );
  });

  it('throws on a state that is not JSON (programmer error)', () => {
    expect(() => encodeShareState(undefined)).not.toThrow();
    expect(() => encodeShareState({ big: 1n })).toThrow();
  });
});

describe('broken links give a Chinese message, never a throw', () => {
  const good = encodeShareState(STATE, 'nps');
  const [version, payload, check] = good.slice('share='.length).split('.') as [string, string, string];

  it.each([
    ['no hash', '', true, '没有分享的数据'],
    ['a heading anchor only', '#method', true, '没有分享的数据'],
    ['truncated payload', `share=${version}.${payload.slice(0, -5)}.${check}`, false, '链接被截断或改动过'],
    ['truncated checksum', good.slice(0, -2), false, '链接被截断或改动过'],
    ['cut before the checksum', `share=${version}.${payload}`, false, '链接不完整'],
    ['edited payload', `share=${version}.${payload.replace(/.$/, (char) => (char === 'A' ? 'B' : 'A'))}.${check}`, false, '链接被截断或改动过'],
    ['a newer version', `share=9.${payload}.${check}`, false, '更新版本'],
    ['an unknown version', `share=x.${payload}.${check}`, false, '版本无法识别'],
    ['bad characters', `share=1.${payload}!.${check}`, false, '链接被截断或改动过'],
    ['percent junk', 'share=%E0%A4%A', false, '链接不完整'],
    ['another tool', encodeShareState(STATE, 'kano'), false, '其他工具'],
    ['a wrong shape', encodeShareState({ counts: [1, 2] }, 'nps'), false, '应有 11 个计数'],
    ['negative counts', encodeShareState({ counts: [-1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] }, 'nps'), false, '非负整数'],
    ['valid checksum over non-JSON', (() => { const junk = base64UrlEncode(new TextEncoder().encode('{oops')); return `share=1.${junk}.${checksum(junk)}`; })(), false, '内容无法解读'],
    ['valid checksum over JSON without state', (() => { const junk = base64UrlEncode(new TextEncoder().encode('[1,2]')); return `share=1.${junk}.${checksum(junk)}`; })(), false, '内容无法解读'],
    ['too long', `share=1.${'A'.repeat(9000)}.x`, false, '链接过长'],
  ])('%s', (_name, hash, empty, message) => {
    const result = decodeShareState(hash, validateCounts, 'nps');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.empty).toBe(empty);
    expect(!result.ok && result.error).toContain(message);
  });

  it('a validator that throws is reported, not rethrown', () => {
    const result = decodeShareState(good, () => {
      throw new Error('bug');
    }, 'nps');
    expect(result).toMatchObject({ ok: false, empty: false });
  });

  it('random edits to a good link never throw and never decode to a different state (property)', () => {
    fc.assert(
      fc.property(fc.nat(), fc.string({ maxLength: 3 }), fc.nat(), (position, insert, deleteCount) => {
        const at = position % (good.length + 1);
        const edited = good.slice(0, at) + insert + good.slice(at + (deleteCount % 4));
        const result = decodeShareState(edited, validateCounts, 'nps');
        if (result.ok) expect(result.value).toEqual(STATE);
      }),
      { numRuns: 1000 },
    );
  });

  it('arbitrary strings never throw (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (hash) => {
        const result = decodeShareState(hash, validateCounts, 'nps');
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 1000 },
    );
  });
});

describe('helpers', () => {
  it.each([
    ['#share=abc', 'abc'],
    ['share=abc', 'abc'],
    ['#top&share=abc&x=1', 'abc'],
    ['#top', null],
  ])('extractShareToken(%j) → %j', (hash, expected) => {
    expect(extractShareToken(hash)).toBe(expected);
  });

  it('base64url matches RFC 4648 test vectors (§10, url alphabet, no padding)', () => {
    const vectors: Array<[string, string]> = [['', ''], ['f', 'Zg'], ['fo', 'Zm8'], ['foo', 'Zm9v'], ['foob', 'Zm9vYg'], ['fooba', 'Zm9vYmE'], ['foobar', 'Zm9vYmFy']];
    for (const [plain, encoded] of vectors) {
      expect(base64UrlEncode(new TextEncoder().encode(plain))).toBe(encoded);
      expect(new TextDecoder().decode(base64UrlDecode(encoded))).toBe(plain);
    }
    expect(base64UrlEncode(Uint8Array.from([0xfb, 0xff]))).toBe('-_8');
  });

  it('base64url round-trips any bytes (property)', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
      expect(base64UrlDecode(base64UrlEncode(bytes))).toEqual(bytes);
    }));
  });

  it('FNV-1a of "a" is 0xe40c292c (reference value from the FNV test suite)', () => {
    expect(checksum('a')).toBe((0xe40c292c).toString(36));
  });
});
