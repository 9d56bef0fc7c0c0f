/**
 * Malformed input never escapes the parser's result union: whatever the bytes or text, the
 * readers resolve to { ok: true, table } or { ok: false, error } — no exception, no hang.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadSurveyInput, readSurveyFile } from '../../../src/lib/import/load';
import type { TableResult } from '../../../src/lib/import/types';
import { PNG_BYTES, encodeGbk, utf8, workbookBytes } from './fixtures';

function checkResult(result: TableResult): void {
  if (result.ok) {
    const { table } = result;
    expect(table.headers.length).toBeGreaterThan(0);
    expect(table.rows.length).toBe(table.rowNumbers.length);
    expect(table.rows.length).toBeGreaterThan(0);
    for (const row of table.rows) expect(row.length).toBe(table.headers.length);
    for (let index = 1; index < table.rowNumbers.length; index += 1) expect(table.rowNumbers[index]!).toBeGreaterThan(table.rowNumbers[index - 1]!);
  } else {
    expect(typeof result.error).toBe('string');
    expect(result.error.length).toBeGreaterThan(0);
    expect(result.error).toMatch(/[\u4e00-\u9fff]/);
  }
}

/** Pieces that stress a CSV reader: quotes, separators, line breaks, BOMs, NULs, GBK lead bytes. */
const TOKENS = ['"', '""', ',', '\t', ';', '\n', '\r', '\r\n', '\uFEFF', '\u0000', '9', '10', '华东', '(跳过)', '-3', '９分', ' ', 'a'];
const tokenText = fc.array(fc.constantFrom(...TOKENS), { maxLength: 60 }).map((tokens) => tokens.join(''));

const seeds = [utf8('得分,分组\r\n9,华东\r\n'), encodeGbk('得分,分组\r\n9,华东\r\n'), workbookBytes({ S: [['得分'], [9], [7]] }), PNG_BYTES];
/** A real file with some bytes flipped, cut short, or extended with junk. */
const damagedFile = fc
  .tuple(fc.constantFrom(...seeds), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 6 }), fc.option(fc.nat()), fc.uint8Array({ maxLength: 16 }))
  .map(([seed, flips, cut, tail]) => {
    const bytes = Uint8Array.from(seed);
    for (const [position, value] of flips) bytes[position % bytes.length] = value;
    const kept = cut === null ? bytes : bytes.subarray(0, cut % (bytes.length + 1));
    return new Uint8Array([...kept, ...tail]);
  });

describe('fuzz: malformed input never throws past the result union', () => {
  it('random token soup as pasted text (600 cases)', async () => {
    await fc.assert(
      fc.asyncProperty(tokenText, async (text) => {
        checkResult(await loadSurveyInput({ text }));
      }),
      { numRuns: 600 },
    );
  });

  it('random bytes as a .csv file (400 cases)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
        checkResult(await readSurveyFile(bytes, 'random.csv'));
      }),
      { numRuns: 400 },
    );
  });

  it('damaged CSV, GBK, XLSX and PNG files (400 cases)', async () => {
    await fc.assert(
      fc.asyncProperty(damagedFile, fc.constantFrom('x.csv', 'x.xlsx', 'x.xls', 'x.tsv', ''), async (bytes, name) => {
        checkResult(await readSurveyFile(bytes, name));
      }),
      { numRuns: 400 },
    );
  });
});
