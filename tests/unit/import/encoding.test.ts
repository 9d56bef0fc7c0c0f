/**
 * The decode stage's encoding scorer on its own: each legacy encoding written by iconv-lite is
 * recognised, valid UTF-8 and a BOM are facts, a guess is never labelled certain, and mojibake
 * scores below real text.
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { describeEncoding, plausibility, scoreEncodings, sniffUtf16Pattern } from '../../../src/lib/import/encoding';
import { sniffKind } from '../../../src/lib/import/sniff';

const SAMPLES: [string, string, string][] = [
  ['gbk', '序号,推荐意愿,满意度,门店\r\n1,9分,非常满意,华东\r\n', 'gb18030'],
  ['big5', '序號,推薦意願,滿意度,門店\r\n1,9,非常滿意,台北\r\n', 'big5'],
  ['shift_jis', '番号,満足度,おすすめ度\r\n1,とても満足,9\r\n', 'shift_jis'],
  ['cp949', '번호,서비스 품질 만족도,추천 가능성\r\n1,매우 만족,9\r\n', 'euc-kr'],
  ['win1252', 'Nr,Café,Größe,très bien\r\n1,9,Zufriedenheit\r\n', 'windows-1252'],
];

describe('scoreEncodings', () => {
  it.each(SAMPLES)('%s text is read as %s … (a guess, never “sure”)', (iconvName, text, expected) => {
    const report = scoreEncodings(new Uint8Array(iconv.encode(text, iconvName)));
    expect(report.encoding).toBe(expected);
    expect(report.basis).toBe('scored');
    expect(report.confidence).not.toBe('sure');
    expect(describeEncoding(report)).toContain('推测');
    expect(report.candidates[0]!.sample).toBe(text.split('\r\n')[0]);
  });

  it('valid multi-byte UTF-8 is a fact', () => {
    const report = scoreEncodings(new TextEncoder().encode('推荐意愿,9\n'));
    expect(report).toMatchObject({ encoding: 'utf-8', basis: 'valid-utf8', confidence: 'sure' });
  });

  it('pure ASCII decides nothing (every candidate reads it the same)', () => {
    expect(scoreEncodings(new TextEncoder().encode('score,group\n9,A\n'))).toMatchObject({ basis: 'ascii', candidates: [] });
  });

  it('mojibake scores below the real text', () => {
    expect(plausibility('推荐意愿,满意度').score).toBeGreaterThan(0.8);
    // GBK bytes of 推荐意愿 read as windows-1252.
    expect(plausibility('ÍÆ¼öÒâÔ¸').score).toBeLessThan(0);
    expect(plausibility('\uFFFD\uFFFD推荐').score).toBeLessThan(0);
  });
});

describe('sniff stage', () => {
  it('UTF-16 without a BOM is recognised by its NUL pattern', () => {
    const bytes = new Uint8Array(Buffer.from('score\tgroup\r\n9\tA\r\n', 'utf16le'));
    expect(sniffUtf16Pattern(bytes)).toBe('utf-16le');
    expect(sniffKind(bytes, 'a.txt')).toEqual({ kind: 'text', utf16: true, extension: 'txt' });
  });

  it('an HTML table saved as .xls is read as a workbook', () => {
    expect(sniffKind(new TextEncoder().encode('<html><table><tr><td>1</td></tr></table></html>'), 'a.xls')).toEqual({ kind: 'html' });
  });
});
