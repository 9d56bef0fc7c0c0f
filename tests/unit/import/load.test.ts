import { describe, expect, it } from 'vitest';
import { loadSurveyInput, readSurveyBlob, readSurveyFile } from '../../../src/lib/import/load';
import { readWorkbook } from '../../../src/lib/import/workbook';
import { MAX_FILE_BYTES, MAX_WORKBOOK_BYTES, type TableResult } from '../../../src/lib/import/types';
import { PNG_BYTES, WJX_HEADERS, WJX_ROWS, csv, encodeGbk, utf16le, utf8, utf8Bom, workbookBytes } from './fixtures';

function table(result: TableResult) {
  if (!result.ok) throw new Error(`expected a table, got: ${result.error}`);
  return result.table;
}
function error(result: TableResult) {
  if (result.ok) throw new Error('expected an error');
  return result.error;
}

const ROWS = [['得分', '分组'], ['9', '华东'], ['7', '华南'], ['10', '华北']];
const TEXT = csv(ROWS);

describe('readSurveyFile: a Chinese header over 12,000 rows of scores', () => {
  const scores = Array.from({ length: 12_000 }, (_, row) => [String(row + 1), String(row % 11), String((row * 7) % 5 + 1)]);

  const HEADERS = ['序号', '推荐意愿', '满意度'];
  // Expected as a spreadsheet shows the file: Excel hides a sep= line, and a quoted line break
  // keeps its cell in one row (the header's whitespace is folded to one space).
  it.each<[string, string, string[], string[], string[][]]>([
    ['a Chinese header', '', HEADERS, HEADERS, scores],
    ['an Excel sep= line before the header', 'sep=,\r\n', HEADERS, HEADERS, scores],
    ['a quoted header cell with a line break in it', '', ['序号', '推荐\n意愿', '满意度'], ['序号', '推荐 意愿', '满意度'], scores],
    ['a Chinese row among the scores, then ASCII again', '', HEADERS, HEADERS, [...scores.slice(0, 5), ['6', '华东', '3'], ...scores.slice(6)]],
    // The file is read in 64 KB blocks (decode.ts, blockEnds): their ends fall inside quoted cells, between \r and \n, and in Chinese text.
    ['a quoted line break in every row', '', HEADERS, HEADERS, scores.map(([id, nps, sat]) => [id!, `${nps}\n分`, sat!])],
    ['Chinese rows deep in the file', '', HEADERS, HEADERS, scores.map((row, index) => (index % 2_500 === 1_999 ? [row[0]!, '华南地区', row[2]!] : row))],
  ])('%s: every row as written, numbered from row 2', async (_name, prefix, written, headers, rows) => {
    const text = prefix + csv([written, ...rows]);
    const result = table(await readSurveyFile(utf8(text), 'scores.csv'));
    expect(result.headers).toEqual(headers);
    expect(result.rows).toEqual(rows);
    expect(result.rowNumbers[0]).toBe(2);
    expect(result.rowNumbers.at(-1)).toBe(rows.length + 1);
  });
});

describe('readSurveyFile: delimited files in every encoding', () => {
  it.each([
    ['UTF-8', utf8(TEXT), 'utf-8'],
    ['UTF-8 with BOM', utf8Bom(TEXT), 'utf-8-bom'],
    ['GBK', encodeGbk(TEXT), 'gb18030'],
    ['UTF-16LE (Excel “Unicode 文本”)', utf16le(TEXT.replace(/,/g, '\t')), 'utf-16le'],
  ] as const)('%s', async (_name, bytes, encoding) => {
    const result = table(await readSurveyFile(bytes, 'survey.csv'));
    expect(result.headers).toEqual(['得分', '分组']);
    expect(result.rows).toEqual(ROWS.slice(1));
    expect(result.rowNumbers).toEqual([2, 3, 4]);
    expect(result.source.encoding).toBe(encoding);
    expect(result.source.fileName).toBe('survey.csv');
  });

  it('labels a tab-separated file as TSV', async () => {
    expect(table(await readSurveyFile(utf8(csv(ROWS, '\t')), 'data.txt')).source.kind).toBe('tsv');
    expect(table(await readSurveyFile(utf8(TEXT), 'data.csv')).source.kind).toBe('csv');
  });

  it('restarts as GBK when the Chinese text only appears after the first slice', async () => {
    // ASCII for the first 4 MB slice (so it passes as UTF-8), then a GBK row.
    const filler = utf8(`score,group\r\n${Array.from({ length: 900_000 }, (_, index) => `${index % 11},A`).join('\r\n')}\r\n`);
    const tail = encodeGbk('9,华东\r\n');
    const bytes = new Uint8Array(filler.length + tail.length);
    bytes.set(filler);
    bytes.set(tail, filler.length);
    expect(filler.length).toBeGreaterThan(4 * 1024 * 1024);
    const result = table(await readSurveyFile(bytes, 'late-gbk.csv'));
    expect(result.source.encoding).toBe('gb18030');
    expect(result.rows.at(-1)).toEqual(['9', '华东']);
    expect(result.rowNumbers.at(-1)).toBe(900_002);
  }, 30_000);

  it('reports progress for the 解析 phase up to 1', async () => {
    const seen: Array<[string, number]> = [];
    await loadSurveyInput({ file: new Blob([utf8(TEXT)]), fileName: 'a.csv' }, { onProgress: (phase, fraction) => seen.push([phase, fraction]) });
    expect(seen.at(-1)).toEqual(['解析', 1]);
  });
});

describe('问卷星 exports', () => {
  const wjx = [WJX_HEADERS, ...WJX_ROWS];

  it.each([
    ['CSV (UTF-8 BOM)', () => utf8Bom(csv(wjx)), 'wjx.csv'],
    ['xlsx', () => workbookBytes({ Sheet1: wjx }), 'wjx.xlsx'],
    ['xls (BIFF8)', () => workbookBytes({ Sheet1: wjx }, 'xls'), 'wjx.xls'],
  ])('%s: meta columns detected, headers and answers kept as text', async (_name, bytes, fileName) => {
    const result = table(await readSurveyFile(bytes(), fileName));
    expect(result.questionnaireStar).toBe(true);
    expect(result.headers).toEqual(WJX_HEADERS);
    expect(result.rows[0]![7]).toBe('9分');
    expect(result.rows[1]![8]).toBe('(跳过)');
    expect(result.rows[2]![8]).toBe('-3');
    expect(result.rowNumbers).toEqual([2, 3, 4, 5]);
  });

  it('reads an HTML-table “.xls” (some web exports)', async () => {
    const html = `<html><body><table><tr>${WJX_HEADERS.slice(0, 3).map((h) => `<td>${h}</td>`).join('')}</tr><tr><td>1</td><td>2024/5/1</td><td>95秒</td></tr></table></body></html>`;
    const result = table(await readSurveyFile(utf8(html), 'wjx.xls'));
    expect(result.headers).toEqual(WJX_HEADERS.slice(0, 3));
    expect(result.rows).toEqual([['1', '2024/5/1', '95秒']]);
  });
});

describe('workbooks', () => {
  it('reads the first non-empty sheet, with values as displayed text', async () => {
    const bytes = workbookBytes({ 空表: [], 数据: [['得分', '分组', '比例'], [9, '华东', 0.5], [7, '华南', 1]] });
    const result = await readSurveyFile(bytes, 'book.xlsx');
    const read = table(result);
    expect(read.source).toEqual({ kind: 'xlsx', fileName: 'book.xlsx', sheetName: '数据' });
    expect(read.rows).toEqual([['9', '华东', '0.5'], ['7', '华南', '1']]);
    expect(result.ok && result.warnings.join('')).toContain('工作表「空表」是空的');
  });

  it('uses the sheet’s own row numbers when the data starts lower', async () => {
    const bytes = workbookBytes({ S: [[], [], ['得分'], [9], [], [8]] });
    const read = table(await readSurveyFile(bytes, 'gap.xlsx'));
    expect(read.rows).toEqual([['9'], ['8']]);
    expect(read.rowNumbers).toEqual([4, 6]);
  });

  it.each([
    ['an empty workbook', () => workbookBytes({ S: [] }), '没有任何有数据的工作表'],
    ['a header-only sheet', () => workbookBytes({ S: [['得分', '分组']] }), '只有表头'],
  ])('%s → message', async (_name, bytes, message) => {
    expect(error(await readSurveyFile(bytes(), 'x.xlsx'))).toContain(message);
  });

  it('gives a message for a corrupt workbook', async () => {
    const bytes = workbookBytes({ S: [['a'], [1]] }).slice(0, 200);
    expect(error(await readSurveyFile(bytes, 'broken.xlsx'))).toMatch(/无法读取|不是 Excel|没有任何/);
  });

  it('readWorkbook names the kind from the bytes', async () => {
    const result = table(await readWorkbook(workbookBytes({ S: [['a'], ['1']] }, 'xls')));
    expect(result.source.kind).toBe('xls');
  });
});

describe('bad files give a clear Chinese message', () => {
  it.each([
    ['an empty file', new Uint8Array(0), 'empty.csv', '是空的（0 字节）'],
    ['a PNG renamed .csv', PNG_BYTES, 'photo.csv', '看起来是PNG 图片，不是表格'],
    ['binary junk', Uint8Array.from({ length: 4096 }, (_, index) => (index * 7919) % 256), 'junk.csv', '不是文本表格'],
    ['a header-only CSV', utf8('得分,分组\r\n'), 'h.csv', '只有表头'],
    ['only blank lines', utf8('\r\n\r\n  \r\n'), 'blank.csv', '文件是空的'],
    ['a ZIP that is not a workbook', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]), 'a.zip', '是压缩包，但不是 Excel 工作簿'],
  ])('%s', async (_name, bytes, fileName, message) => {
    expect(error(await readSurveyFile(bytes, fileName))).toContain(message);
  });

  it.each([
    ['a delimited file over the limit', MAX_FILE_BYTES + 1, utf8('a,b\n1,2\n'), '超过上限 300 MB'],
    ['a workbook over the limit', MAX_WORKBOOK_BYTES + 1, workbookBytes({ S: [['a'], ['1']] }), '超过上限 60 MB'],
  ])('%s is refused before reading', async (_name, size, head, message) => {
    // A stand-in for a huge File: reports the size, serves only its head.
    const real = new Blob([head as BlobPart]);
    const huge = { size, slice: (start?: number, end?: number) => real.slice(start, end), arrayBuffer: () => { throw new Error('must not read the whole file'); } } as unknown as Blob;
    expect(error(await readSurveyBlob(huge, 'huge.csv'))).toContain(message);
  });

  it('empty paste', async () => {
    expect(error(await loadSurveyInput({ text: '  \n ' }))).toContain('粘贴的内容是空的');
  });

  it('neither file nor text', async () => {
    expect(error(await loadSurveyInput({}))).toContain('没有收到');
  });
});
