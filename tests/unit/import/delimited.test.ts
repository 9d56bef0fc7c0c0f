import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import { DelimitedChunkParser, detectDelimiter, detectNewline, parseDelimitedText } from '../../../src/lib/import/delimited';
import { TableBuilder } from '../../../src/lib/import/table';
import type { TableResult } from '../../../src/lib/import/types';
import { csv } from './fixtures';

function table(result: TableResult) {
  if (!result.ok) throw new Error(`expected a table, got: ${result.error}`);
  return result.table;
}

describe('detectDelimiter', () => {
  it.each([
    ['得分\t分组\n9\t华东\n', '\t'],
    ['得分,分组\n9,华东\n', ','],
    ['得分;分组\n9;华东\n', ';'],
    ['得分|分组\n9|华东\n', '|'],
    ['"a,b"\tc\n"d,e"\tf\n', '\t'],
    ['得分\n9\n8\n', ','],
    ['', ','],
    // A comma inside a tab-separated cell does not win over the tab.
    ['姓名\t备注\n张三\t好,很好\n李四\t一般\n', '\t'],
  ])('%j → %j', (sample, expected) => {
    expect(detectDelimiter(sample)).toBe(expected);
  });
});

describe('detectNewline', () => {
  it.each([
    ['a\r\nb', '\r\n'],
    ['a\nb', '\n'],
    ['a\rb', '\r'],
    ['ab', '\n'],
    // Excel: a line break typed in a cell is a bare \n inside quotes; rows end with \r\n.
    ['"推荐\n意愿",b\r\n1,2', '\r\n'],
    ['"a\r\nb",c\nd,e', '\n'],
    // An unclosed quote: the first line break anywhere, as before.
    ['"abc\r\ndef', '\r\n'],
  ])('%j → %j', (sample, expected) => {
    expect(detectNewline(sample)).toBe(expected);
  });
});

describe('parseDelimitedText', () => {
  it('reads a paste from Excel (tabs, CRLF) with spreadsheet row numbers', async () => {
    const result = table(await parseDelimitedText('得分\t分组\r\n9\t华东\r\n7\t华南\r\n'));
    expect(result.headers).toEqual(['得分', '分组']);
    expect(result.rows).toEqual([['9', '华东'], ['7', '华南']]);
    expect(result.rowNumbers).toEqual([2, 3]);
    expect(result.source).toEqual({ kind: 'paste' });
    expect(result.questionnaireStar).toBe(false);
  });

  it('keeps quoted delimiters, quotes and line breaks inside one cell and counts that record as one row', async () => {
    const text = 'id,comment,score\n1,"好,很好",9\n2,"第一行\n第二行",8\n3,"他说""不错""",7\n';
    const result = table(await parseDelimitedText(text));
    expect(result.rows).toEqual([['1', '好,很好', '9'], ['2', '第一行\n第二行', '8'], ['3', '他说"不错"', '7']]);
    expect(result.rowNumbers).toEqual([2, 3, 4]);
  });

  it('skips empty rows but keeps counting them', async () => {
    const result = table(await parseDelimitedText('\n\na,b\n1,2\n\n,\n3,4\n'));
    expect(result.rows).toEqual([['1', '2'], ['3', '4']]);
    expect(result.rowNumbers).toEqual([4, 7]);
  });

  it('pads short rows, cuts long ones and warns about cut content', async () => {
    const result = await parseDelimitedText('a,b,c\n1\n1,2,3,4\n1,2,3,\n');
    expect(result.ok && result.table.rows).toEqual([['1', '', ''], ['1', '2', '3'], ['1', '2', '3']]);
    expect(result.ok && result.warnings.join('')).toContain('有 1 行的单元格比表头多（第一处在第 3 行）');
  });

  it('honours and hides an Excel “sep=” line', async () => {
    const result = table(await parseDelimitedText('sep=;\r\n得分;备注\r\n9;好,很好\r\n'));
    expect(result.headers).toEqual(['得分', '备注']);
    expect(result.rows).toEqual([['9', '好,很好']]);
    expect(result.rowNumbers).toEqual([2]);
  });

  it('names empty headers and drops a trailing empty header', async () => {
    const result = table(await parseDelimitedText('a,,c,\n1,2,3,\n'));
    expect(result.headers).toEqual(['a', '第2列', 'c']);
  });

  it('treats an all-number first row as data (a pasted score column)', async () => {
    const result = await parseDelimitedText('9\n10\n3\n');
    expect(result.ok && result.table.headers).toEqual(['第1列']);
    expect(result.ok && result.table.rows).toEqual([['9'], ['10'], ['3']]);
    expect(result.ok && result.table.rowNumbers).toEqual([1, 2, 3]);
    expect(result.ok && result.warnings[0]).toContain('第 1 行全是数字');
  });

  it.each([
    ['', '文件是空的'],
    ['\n\n  \n', '文件是空的'],
    ['得分,分组\n', '只有表头（第 1 行的列名），没有数据行'],
    ['\n\n得分,分组\n\n', '只有表头（第 3 行的列名），没有数据行'],
  ])('%j → error %j', async (text, message) => {
    const result = await parseDelimitedText(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain(message);
  });

  it('reads 1,000 columns', async () => {
    const headers = Array.from({ length: 1000 }, (_, index) => `Q${index + 1}`);
    const rows = Array.from({ length: 50 }, (_, row) => headers.map((_, column) => String((row + column) % 11)));
    const result = table(await parseDelimitedText(csv([headers, ...rows])));
    expect(result.headers).toHaveLength(1000);
    expect(result.rows).toHaveLength(50);
    expect(result.rows[49]![999]).toBe(String((49 + 999) % 11));
  });

  it('refuses more than 5,000 columns with a message', async () => {
    const header = Array.from({ length: 5001 }, (_, index) => `c${index}`).join(',');
    const result = await parseDelimitedText(`${header}\n1\n`);
    expect(!result.ok && result.error).toContain('超过上限 5,000 列');
  });

  it('warns about an unclosed quote', async () => {
    const result = await parseDelimitedText('a,b\n1,"oops\n2,3\n');
    expect(result.ok && result.warnings.join('')).toContain('引号不成对');
  });

  it('reports progress up to 1', async () => {
    const fractions: number[] = [];
    await parseDelimitedText(csv([['a'], ...Array.from({ length: 10 }, () => ['1'])]), { onProgress: (fraction) => fractions.push(fraction) });
    expect(fractions.at(-1)).toBe(1);
  });
});

describe('DelimitedChunkParser: cutting the text anywhere gives the same table', () => {
  const cell = fc.oneof(
    fc.constantFrom('9', '10', '', '华东', '"', ',', '\n', '\r\n', '好,很好', '(跳过)', 'a""b'),
    fc.string({ maxLength: 6 }),
  );
  const rowsArbitrary = fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 12 });

  it('matches a one-piece parse for random tables and random cut points', () => {
    fc.assert(
      fc.property(rowsArbitrary, fc.constantFrom('\n', '\r\n'), fc.array(fc.nat(), { maxLength: 8 }), (rows, newline, cuts) => {
        const text = csv([['h1', 'h2', 'h3'], ...rows], ',', newline);
        const whole = new TableBuilder({ kind: 'csv' });
        const wholeParser = new DelimitedChunkParser(Papa, whole, { delimiter: ',' });
        wholeParser.push(text);
        wholeParser.finish();

        const points = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b);
        const pieces = new TableBuilder({ kind: 'csv' });
        const pieceParser = new DelimitedChunkParser(Papa, pieces, { delimiter: ',' });
        let start = 0;
        for (const point of [...points, text.length]) {
          pieceParser.push(text.slice(start, point));
          start = point;
        }
        pieceParser.finish();
        expect(pieces.finish()).toEqual(whole.finish());
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips every non-empty row a CSV writer produced', () => {
    fc.assert(
      fc.property(rowsArbitrary, (rows) => {
        const text = csv([['h1', 'h2', 'h3'], ...rows]);
        const builder = new TableBuilder({ kind: 'csv' });
        const parser = new DelimitedChunkParser(Papa, builder, { delimiter: ',' });
        for (let offset = 0; offset < text.length; offset += 7) parser.push(text.slice(offset, offset + 7));
        parser.finish();
        const result = builder.finish();
        const expected = rows.filter((row) => row.some((value) => value.trim() !== ''));
        if (expected.length === 0) {
          expect(result.ok).toBe(false);
          return;
        }
        expect(result.ok && result.table.rows).toEqual(expected);
        expect(result.ok && result.table.rowNumbers).toEqual(rows.flatMap((row, index) => (row.some((value) => value.trim() !== '') ? [index + 2] : [])));
      }),
      { numRuns: 500 },
    );
  });
});

describe('DelimitedChunkParser: text without quotes', () => {
  /** What papaparse alone makes of the text, fed row by row. */
  function papaTable(text: string, newline: '\n' | '\r\n') {
    const builder = new TableBuilder({ kind: 'csv' });
    for (const row of Papa.parse<string[]>(text, { delimiter: ',', newline, header: false, skipEmptyLines: false }).data) builder.addRow(row);
    return builder.finish();
  }

  it('gives papaparse\'s table whether the cells are short scores or long labels (property)', () => {
    const short = fc.constantFrom('1', '7', '10', '', ' ');
    const long = fc.constantFrom('我很喜欢', '理应如此', '无所谓', '能忍受', '我很不喜欢', '团队旅客', '(跳过)', '  ');
    const cell = fc.oneof(short, long, fc.string({ maxLength: 6 }).filter((text) => !/[",\r\n]/.test(text)));
    const rowsArbitrary = fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 25 });
    fc.assert(
      fc.property(rowsArbitrary, fc.constantFrom<'\n' | '\r\n'>('\n', '\r\n'), fc.integer({ min: 1, max: 40 }), (rows, newline, step) => {
        const text = [['题1', '题2', '题3'], ...rows].map((row) => row.join(',')).join(newline);
        const builder = new TableBuilder({ kind: 'csv' });
        const parser = new DelimitedChunkParser(Papa, builder, { delimiter: ',' });
        for (let offset = 0; offset < text.length; offset += step) parser.push(text.slice(offset, offset + step));
        parser.finish();
        expect(builder.finish()).toEqual(papaTable(text, newline));
      }),
      { numRuns: 500 },
    );
  });

  it('reads 2,000 rows of labels (the in-place reading) as papaparse does, with counts worked out from the pattern', () => {
    // Row r (r = 0 … 1,999) answers LABELS[r % 5] and LABELS[(r + 1) % 5]: each label 400 times per column.
    const labels = ['我很喜欢', '理应如此', '无所谓', '能忍受', '我很不喜欢'];
    const lines = ['功能（正向）,功能（反向）', ...Array.from({ length: 2000 }, (_, r) => `${labels[r % 5]},${labels[(r + 1) % 5]}`)];
    const text = `${lines.join('\r\n')}\r\n`;
    const builder = new TableBuilder({ kind: 'csv' });
    const parser = new DelimitedChunkParser(Papa, builder);
    for (let offset = 0; offset < text.length; offset += 4096) parser.push(text.slice(offset, offset + 4096));
    parser.finish();
    const result = table(builder.finish());
    expect(result.rows.length).toBe(2000);
    expect(result.rowNumbers.at(-1)).toBe(2001);
    expect(result.profiles!.map((profile) => profile.top.map((entry) => entry.count))).toEqual([[400, 400, 400, 400, 400], [400, 400, 400, 400, 400]]);
    expect(result.profiles![1]!.top[0]!.value).toBe('理应如此');
    expect(builder.finish()).toEqual(papaTable(text, '\r\n'));
  });
});
