import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BINARY_SAMPLE_CHARS, blockEnds, DecodeStage, decodeBytes, looksBinary, sniffFile } from '../../../src/lib/import/decode';
import { PNG_BYTES, encodeGbk, utf16le, utf8, utf8Bom } from './fixtures';

const TEXT = '得分,分组\r\n9,华东\r\n7,华南\r\n';

describe('decodeBytes detects the encoding', () => {
  it.each([
    ['UTF-8', utf8(TEXT), 'utf-8'],
    ['UTF-8 with BOM', utf8Bom(TEXT), 'utf-8-bom'],
    ['GBK (table-encoded)', encodeGbk(TEXT), 'gb18030'],
    ['UTF-16LE with BOM', utf16le(TEXT), 'utf-16le'],
  ] as const)('%s', (_name, bytes, encoding) => {
    expect(decodeBytes(bytes)).toMatchObject({ text: TEXT, encoding });
  });

  it('reads plain ASCII as UTF-8', () => {
    expect(decodeBytes(utf8('a,b\n1,2'))).toMatchObject({ text: 'a,b\n1,2', encoding: 'utf-8', report: { basis: 'ascii' } });
  });

  it('decodes the known GBK pair C4E3 BAC3 as 你好 (GB 2312 chart)', () => {
    expect(decodeBytes(Uint8Array.from([0xc4, 0xe3, 0xba, 0xc3]))).toMatchObject({ text: '你好', encoding: 'gb18030' });
  });
});

describe('DecodeStage (one pass, decided at the first non-ASCII bytes)', () => {
  it('joins a UTF-8 character split across slices', () => {
    const bytes = utf8('推荐意愿');
    const stage = new DecodeStage();
    expect(stage.push(bytes.subarray(0, 4), false) + stage.push(bytes.subarray(4), true)).toBe('推荐意愿');
    expect(stage.report).toMatchObject({ encoding: 'utf-8', basis: 'valid-utf8', confidence: 'sure' });
  });

  it('joins a GBK character split across slices', () => {
    const bytes = encodeGbk('推荐');
    const stage = new DecodeStage('gb18030');
    expect(stage.push(bytes.subarray(0, 1), false) + stage.push(bytes.subarray(1, 3), false) + stage.push(bytes.subarray(3), true)).toBe('推荐');
    expect(stage.report.basis).toBe('forced');
  });

  it('skips a BOM and says the BOM decided', () => {
    const stage = new DecodeStage();
    expect(stage.push(utf8Bom('ab'), true)).toBe('ab');
    expect(stage.report).toMatchObject({ encoding: 'utf-8-bom', basis: 'bom', confidence: 'sure' });
  });

  it('waits through ASCII slices and decides at the first GBK bytes, without going back', () => {
    const stage = new DecodeStage();
    expect(stage.push(utf8('abc,'), false)).toBe('abc,');
    expect(stage.report.basis).toBe('ascii');
    expect(stage.push(encodeGbk('华东'), true)).toBe('华东');
    expect(stage.report).toMatchObject({ encoding: 'gb18030', basis: 'scored' });
  });

  it('a whole valid UTF-8 file is decoded once: the report names the fact and how each candidate reads its first Chinese line', () => {
    const text = `id,note\r\n1,ok\r\n得分,分组\r\n${'9,华东\r\n'.repeat(5000)}`;
    const stage = new DecodeStage();
    expect(stage.push(utf8(text), true)).toBe(text);
    const report = stage.report;
    expect(report).toMatchObject({ encoding: 'utf-8', basis: 'valid-utf8', confidence: 'sure', replacements: 0 });
    expect(report.candidates.map((candidate) => candidate.encoding).sort()).toEqual(['big5', 'euc-kr', 'gb18030', 'shift_jis', 'utf-8', 'windows-1252']);
    // The line holding the first non-ASCII text, as UTF-8 reads it, heads the list.
    expect(report.candidates[0]).toMatchObject({ encoding: 'utf-8', sample: '得分,分组' });
    // windows-1252 reads every byte: the same line as mojibake (the UTF-8 bytes E5 BE 97 of 得 are “å¾—”).
    expect(report.candidates.find((candidate) => candidate.encoding === 'windows-1252')!.sample.startsWith('å¾—')).toBe(true);
  });

  it('a file valid UTF-8 for its first 64 KB but not after is still UTF-8 (decided on the sample), with the bad bytes counted', () => {
    const head = `得分,分组\n${'9,华东\n'.repeat(8000)}`;
    const bytes = new Uint8Array([...utf8(head), ...encodeGbk('华南'), 0x0a]);
    const { text, report } = decodeBytes(bytes);
    expect(report).toMatchObject({ encoding: 'utf-8', basis: 'valid-utf8', confidence: 'sure' });
    expect(report.replacements).toBeGreaterThan(0);
    expect(text.startsWith(head)).toBe(true);
  });

  it('a U+FFFD written in a valid UTF-8 file is counted as the streaming path counts it', () => {
    const text = '得分,分组\n9,华\uFFFD东\n';
    expect(decodeBytes(utf8(text))).toMatchObject({ text, report: { basis: 'valid-utf8', replacements: 1 } });
    const stage = new DecodeStage();
    stage.push(utf8(text).subarray(0, 4), false);
    stage.push(utf8(text).subarray(4), true);
    expect(stage.report.replacements).toBe(1);
  });

  it('counts bytes the chosen encoding cannot read', () => {
    const stage = new DecodeStage();
    stage.push(utf8('推荐,'), false);
    stage.push(encodeGbk('华东'), true);
    expect(stage.report.encoding).toBe('utf-8');
    expect(stage.report.replacements).toBeGreaterThan(0);
  });
});

describe('sniffFile', () => {
  it.each([
    ['PNG', PNG_BYTES, { binary: 'PNG 图片' }],
    ['xlsx (ZIP)', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0]), 'zip'],
    ['xls (OLE)', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'cfb'],
    ['PDF', utf8('%PDF-1.7'), { binary: 'PDF 文档' }],
    ['CSV', utf8('a,b'), 'text'],
    ['empty', new Uint8Array(0), 'text'],
  ] as const)('%s', (_name, bytes, expected) => {
    expect(sniffFile(bytes)).toEqual(expected);
  });
});

describe('looksBinary', () => {
  it.each([
    ['a CSV', '得分,分组\r\n9,华东\r\n', false],
    ['a TSV', 'a\tb\n1\t2', false],
    ['NUL bytes', 'a\u0000b', true],
    ['many control characters', 'ab\u0001\u0002\u0003cdefgh', true],
    ['replacement characters', '\ufffd\ufffd\ufffdabc', true],
    ['empty', '', false],
  ])('%s → %s', (_name, text, expected) => {
    expect(looksBinary(text)).toBe(expected);
  });

  it('draws the line at 1% of the sample: 1 control character in 100 is text, 2 in 100 are not', () => {
    // 1 / 100 is not more than 1%; 2 / 100 is. DEL (U+007F) counts; tab, CR and LF do not.
    expect(looksBinary(`\u0007${'a'.repeat(99)}`)).toBe(false);
    expect(looksBinary(`\u0007\u007f${'a'.repeat(98)}`)).toBe(true);
    expect(looksBinary(`\t\r\n\t${'a'.repeat(96)}`)).toBe(false);
  });

  it('reads only the first 65,536 characters', () => {
    const clean = 'a'.repeat(BINARY_SAMPLE_CHARS);
    expect(looksBinary(`${clean}\u0000`)).toBe(false);
    expect(looksBinary(`${clean}${'\u0001'.repeat(10_000)}`)).toBe(false);
    expect(looksBinary(`\u0000${clean}`)).toBe(true);
  });

  it('agrees with counting the characters one by one', () => {
    // The rule written out: any NUL, or more than 1% of C0 controls other than tab and line breaks, DEL or U+FFFD.
    const byHand = (text: string): boolean => {
      const sample = text.slice(0, BINARY_SAMPLE_CHARS);
      if (sample.length === 0) return false;
      let count = 0;
      for (const char of sample) {
        if (char === '\u0000') return true;
        const code = char.charCodeAt(0);
        if ((code < 32 && !'\t\n\r'.includes(char)) || code === 0x7f || code === 0xfffd) count += 1;
      }
      return count / sample.length > 0.01;
    };
    const char = fc.constantFrom('a', '9', ',', '\n', '\r', '\t', '满', '\u0000', '\u0001', '\u001f', '\u007f', '\ufffd', ' ');
    fc.assert(fc.property(fc.array(char, { maxLength: 400 }).map((chars) => chars.join('')), (text) => looksBinary(text) === byHand(text)));
  });
});

describe('DecodeStage.pushPieces (64 KB blocks, so ASCII stays one-byte in Chromium)', () => {
  it('cuts every 65,536 bytes', () => {
    expect(blockEnds(new Uint8Array(150_000))).toEqual([65_536, 131_072, 150_000]);
    expect(blockEnds(new Uint8Array(65_536))).toEqual([65_536]);
    expect(blockEnds(new Uint8Array(0))).toEqual([0]);
  });

  it("a Chinese header over an ASCII body: the header's block, then ASCII blocks, joined exactly", () => {
    const text = `得分,分组\n${'9,1\n'.repeat(36_000)}`;
    const stage = new DecodeStage();
    const pieces = stage.pushPieces(utf8(text), true);
    expect(pieces).toHaveLength(3); // 11 + 144,000 bytes
    expect(pieces.join('')).toBe(text);
    expect(pieces.slice(1).every((piece) => !/[^\t\n\r -~]/.test(piece))).toBe(true);
    expect(stage.report).toMatchObject({ encoding: 'utf-8', basis: 'valid-utf8' });
  });

  it("a UTF-8 character across a block's end is read whole", () => {
    // 得分\n is 7 bytes; 65,528 x bring the next character, 华 (3 bytes), to bytes 65,535–65,537.
    const text = `得分\n${'x'.repeat(65_528)}华东\n9\n`;
    const pieces = new DecodeStage().pushPieces(utf8(text), true);
    expect(pieces).toHaveLength(2);
    // The first block's last byte starts 华: the decoder keeps it for the next block.
    expect(pieces[0]!.endsWith('x')).toBe(true);
    expect(pieces[1]!.startsWith('华东')).toBe(true);
    expect(pieces.join('')).toBe(text);
  });

  it("a GBK character across a block's end (a trail byte may look like ASCII) is read whole", () => {
    // 65,535 x put the lead byte of 华 last in the first block and its trail byte first in the next.
    const text = `${'x'.repeat(65_535)}华东,分组\n`;
    const bytes = encodeGbk(text);
    expect(bytes[65_535]).toBeGreaterThanOrEqual(0x81);
    const stage = new DecodeStage('gb18030');
    expect(stage.pushPieces(bytes, true).join('')).toBe(text);
    expect(stage.report.replacements).toBe(0);
  });

  it('push is the pieces joined, slice after slice', () => {
    const bytes = utf8(`得分,分组\n${'9,华东\n'.repeat(20_000)}`);
    const whole = new DecodeStage();
    const sliced = new DecodeStage();
    const cut = 100_001; // inside a character
    expect(sliced.pushPieces(bytes.subarray(0, cut), false).join('') + sliced.push(bytes.subarray(cut), true)).toBe(whole.push(bytes, true));
  });
});
