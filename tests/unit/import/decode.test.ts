import { describe, expect, it } from 'vitest';
import { ChunkDecoder, NotUtf8Error, decodeBytes, guessEncoding, looksBinary, sniffFile } from '../../../src/lib/import/decode';
import { PNG_BYTES, encodeGbk, utf16le, utf8, utf8Bom } from './fixtures';

const TEXT = '得分,分组\r\n9,华东\r\n7,华南\r\n';

describe('decodeBytes detects the encoding', () => {
  it.each([
    ['UTF-8', utf8(TEXT), 'utf-8'],
    ['UTF-8 with BOM', utf8Bom(TEXT), 'utf-8-bom'],
    ['GBK (table-encoded)', encodeGbk(TEXT), 'gb18030'],
    ['UTF-16LE with BOM', utf16le(TEXT), 'utf-16le'],
  ] as const)('%s', (_name, bytes, encoding) => {
    expect(decodeBytes(bytes)).toEqual({ text: TEXT, encoding });
  });

  it('reads plain ASCII as UTF-8', () => {
    expect(decodeBytes(utf8('a,b\n1,2'))).toEqual({ text: 'a,b\n1,2', encoding: 'utf-8' });
  });

  it('decodes the known GBK pair C4E3 BAC3 as 你好 (GB 2312 chart)', () => {
    expect(decodeBytes(Uint8Array.from([0xc4, 0xe3, 0xba, 0xc3]))).toEqual({ text: '你好', encoding: 'gb18030' });
  });
});

describe('ChunkDecoder', () => {
  it('joins a UTF-8 character split across slices', () => {
    const bytes = utf8('推荐意愿');
    const decoder = new ChunkDecoder('utf-8');
    const text = decoder.decode(bytes.subarray(0, 4), false) + decoder.decode(bytes.subarray(4), true);
    expect(text).toBe('推荐意愿');
  });

  it('joins a GBK character split across slices', () => {
    const bytes = encodeGbk('推荐');
    const decoder = new ChunkDecoder('gb18030');
    expect(decoder.decode(bytes.subarray(0, 1), false) + decoder.decode(bytes.subarray(1, 3), false) + decoder.decode(bytes.subarray(3), true)).toBe('推荐');
  });

  it('skips a BOM split across slices', () => {
    const bytes = utf8Bom('ab');
    const decoder = new ChunkDecoder('utf-8-bom', 3);
    expect(decoder.decode(bytes.subarray(0, 2), false) + decoder.decode(bytes.subarray(2), true)).toBe('ab');
  });

  it('throws NotUtf8Error when a later slice is GBK', () => {
    const decoder = new ChunkDecoder('utf-8');
    decoder.decode(utf8('abc,'), false);
    expect(() => decoder.decode(encodeGbk('华东'), true)).toThrow(NotUtf8Error);
  });
});

describe('guessEncoding and sniffFile', () => {
  it('guesses from the head, allowing a cut character at its end', () => {
    expect(guessEncoding(utf8('推荐').subarray(0, 4))).toEqual({ encoding: 'utf-8', bomLength: 0 });
    expect(guessEncoding(encodeGbk('推荐'))).toEqual({ encoding: 'gb18030', bomLength: 0 });
    expect(guessEncoding(utf8Bom('x'))).toEqual({ encoding: 'utf-8-bom', bomLength: 3 });
  });

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
});
