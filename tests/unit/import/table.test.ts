import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { profileTable } from '../../../src/lib/import/profile';
import { TableBuilder, toPreview } from '../../../src/lib/import/table';

function build(rows: string[][], firstRowNumber = 1) {
  const builder = new TableBuilder({ kind: 'csv', fileName: 'x.csv' }, firstRowNumber);
  for (const row of rows) builder.addRow(row.slice());
  return builder.finish();
}

describe('TableBuilder, spreadsheet rules', () => {
  it('takes the first non-empty row as the header, skips empty rows but counts them, pads and cuts rows', () => {
    // Sheet rows: 1 empty, 2 header (with a trailing empty header cell), 3 short, 4 empty, 5 long with content beyond.
    const result = build([[''], ['得分', '分组', ''], ['9'], ['', ''], ['7', 'A', '', 'x']]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.table.headers).toEqual(['得分', '分组']);
    expect(result.table.rows).toEqual([['9', ''], ['7', 'A']]);
    expect(result.table.rowNumbers).toEqual([3, 5]);
    expect(result.warnings.join('')).toContain('前 1 行是空行');
    expect(result.warnings.join('')).toContain('第一处在第 5 行');
  });

  it('keeps an all-number first row as data and names the columns', () => {
    const result = build([['9', '10'], ['7', '8']]);
    expect(result.ok && result.table.headers).toEqual(['第1列', '第2列']);
    expect(result.ok && result.table.rows).toEqual([['9', '10'], ['7', '8']]);
  });

  it('says what is wrong with an empty file or a header without data', () => {
    const empty = build([]);
    expect(!empty.ok && empty.error).toContain('文件是空的');
    const headerOnly = build([['得分']]);
    expect(!headerOnly.ok && headerOnly.error).toContain('只有表头');
  });
});

describe('TableBuilder, column profiles while reading', () => {
  it('profiles every column as it reads, the same figures as a separate pass (counted by hand)', () => {
    // 推荐意愿: 9, 10, (跳过), 9 → 3 filled, 1 missing (跳过), two 9s; 分组: A, B, A, A → text, distinct 2.
    const result = build([['推荐意愿', '分组'], ['9', 'A'], ['10', 'B'], ['(跳过)', 'A'], ['9', 'A']]);
    if (!result.ok) throw new Error(result.error);
    const [score, group] = result.table.profiles!;
    expect([score!.filled, score!.missing, score!.skipText, score!.smallIntegers[9], score!.max]).toEqual([3, 1, 1, 2, 10]);
    expect([group!.text, group!.distinct, group!.top[0]]).toEqual([4, 2, { value: 'A', count: 3 }]);
    expect(toPreview(result.table, result.warnings).profiles).toBe(result.table.profiles);
  });

  it('stores a repeated answer once per column: equal cells become the same string', () => {
    // Cells made apart (as a parser makes them) are equal texts but separate strings before the builder.
    const answer = (text: string) => [...text].join('');
    const result = build([['题1', '题2'], [answer('我很喜欢'), answer('理应如此')], [answer('我很喜欢'), answer('理应如此')]]);
    if (!result.ok) throw new Error(result.error);
    const [first, second] = result.table.rows;
    expect(Object.is(first![0], second![0])).toBe(true);
    expect(first).toEqual(['我很喜欢', '理应如此']);
  });

  it('gives the same profiles as profileTable over the built rows, for any table (property)', () => {
    const cell = fc.oneof(fc.constantFrom('', ' ', '1', '2', '5', '9', '10', '9分', '(跳过)', '-2', 'N/A', '很好', '137秒', 'A┋B', '3.5'), fc.string({ maxLength: 4 }));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 0, maxLength: 6 }), { minLength: 1, maxLength: 40 }), (rows) => {
        const result = build([['a', 'b', 'c', 'd'], ...rows]);
        if (!result.ok) return;
        expect(result.table.profiles).toEqual(profileTable({ headers: result.table.headers, rows: result.table.rows }));
      }),
      { numRuns: 300 },
    );
  });
});

describe('TableBuilder.addSplitLines: text without quotes, read in place', () => {
  /** The reference: each line split by hand and fed as a row, as papaparse does with unquoted text. */
  function byRows(texts: readonly string[], delimiter: string, newline: string) {
    const builder = new TableBuilder({ kind: 'csv' });
    for (const text of texts) for (const line of text.split(newline)) builder.addRow(line.split(delimiter));
    return builder.finish();
  }
  function inPlace(texts: readonly string[], delimiter: string, newline: string) {
    const builder = new TableBuilder({ kind: 'csv' });
    for (const text of texts) builder.addSplitLines(text, delimiter, newline);
    return builder.finish();
  }

  it('reads a small file as the spreadsheet does (rows and row numbers worked out by hand)', () => {
    // Sheet rows: 1 header, 2 empty, 3 full, 4 short (padded), 5 blanks only (skipped), 6 too long (cut, warned).
    const text = ['题1,题2,题3', '', '我很喜欢,能忍受,A', '无所谓', ' , ,\u3000', '7,8,9,10'].join('\r\n');
    const result = inPlace([text], ',', '\r\n');
    if (!result.ok) throw new Error(result.error);
    expect(result.table.rows).toEqual([['我很喜欢', '能忍受', 'A'], ['无所谓', '', ''], ['7', '8', '9']]);
    expect(result.table.rowNumbers).toEqual([3, 4, 6]);
    expect(result.warnings.join('')).toContain('第一处在第 6 行');
    expect(result.table.profiles![0]!.top).toEqual([{ value: '我很喜欢', count: 1 }, { value: '无所谓', count: 1 }, { value: '7', count: 1 }]);
  });

  it('gives the same table, row numbers, warnings and profiles as feeding split rows (property)', () => {
    const cell = fc.oneof(fc.constantFrom('', ' ', '\u3000', '\t', '1', '7', '10', '我很喜欢', '理应如此', '(跳过)', '-2', '9分', 'A', '\r'), fc.string({ maxLength: 4 }).filter((text) => !/[,\n]/.test(text)));
    const line = fc.array(cell, { minLength: 0, maxLength: 5 }).map((cells) => cells.join(','));
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 30 }), fc.constantFrom('\n', '\r\n'), fc.array(fc.nat(), { maxLength: 3 }), (lines, newline, cuts) => {
        // Fed in pieces cut at line breaks, as DelimitedChunkParser does.
        const points = [...new Set(cuts.map((cut) => cut % lines.length))].sort((a, b) => a - b).filter((point) => point > 0);
        const texts: string[] = [];
        let start = 0;
        for (const point of [...points, lines.length]) {
          texts.push(lines.slice(start, point).join(newline));
          start = point;
        }
        expect(inPlace(texts, ',', newline)).toEqual(byRows(texts, ',', newline));
      }),
      { numRuns: 500 },
    );
  });
});
