/**
 * Fixture builders for the import tests. Files are generated here, never downloaded.
 *
 * GBK: Node's TextEncoder only writes UTF-8, so GBK bytes come from this table of GB2312
 * code points (row-cell numbers from the GB 2312-80 chart + 0xA0A0, identical in GBK/GB18030),
 * e.g. 你 = C4E3 (row 36 cell 67), 好 = BAC3 (row 26 cell 35).
 */
import * as XLSX from '@e965/xlsx';

export const GBK_TABLE: Readonly<Record<string, number>> = {
  你: 0xc4e3, 好: 0xbac3, 推: 0xcdc6, 荐: 0xbcf6, 分: 0xb7d6, 组: 0xd7e9, 得: 0xb5c3, 华: 0xbbaa,
  东: 0xb6ab, 南: 0xc4cf, 北: 0xb1b1, 满: 0xc2fa, 意: 0xd2e2, 度: 0xb6c8, 序: 0xd0f2, 号: 0xbac5,
  提: 0xcce1, 交: 0xbdbb, 答: 0xb4f0, 卷: 0xbeed, 时: 0xcab1, 间: 0xbce4, 所: 0xcbf9, 用: 0xd3c3,
  来: 0xc0b4, 源: 0xd4b4, 详: 0xcfea, 情: 0xc7e9, 自: 0xd7d4, 跳: 0xccf8, 过: 0xb9fd, 空: 0xbfd5,
  外: 0xcde2, 观: 0xb9db, 服: 0xb7fe, 务: 0xcef1, 门: 0xc3c5, 店: 0xb5ea, 问: 0xceca, 题: 0xcce2,
  您: 0xc4fa, 有: 0xd3d0, 多: 0xb6e0, 大: 0xb4f3, 可: 0xbfc9, 能: 0xc4dc, 向: 0xcff2, 朋: 0xc5f3,
  友: 0xd3d1, 我: 0xced2, 们: 0xc3c7, 的: 0xb5c4,
  '、': 0xa1a2, '？': 0xa3bf, '（': 0xa3a8, '）': 0xa3a9, '—': 0xa1aa, '，': 0xa3ac, '。': 0xa1a3,
};

/** Encodes text as GBK using GBK_TABLE for non-ASCII characters. @throws on a character not in the table. */
export function encodeGbk(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (code < 0x80) {
      bytes.push(code);
      continue;
    }
    const gbk = GBK_TABLE[char];
    if (gbk === undefined) throw new Error(`encodeGbk: no GBK code for ${char} in the test table`);
    bytes.push(gbk >> 8, gbk & 0xff);
  }
  return Uint8Array.from(bytes);
}

export const utf8 = (text: string) => new TextEncoder().encode(text);
export const utf8Bom = (text: string) => Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(text)]);

/** UTF-16LE with BOM, as Excel's “Unicode 文本” export writes. */
export function utf16le(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes[0] = 0xff;
  bytes[1] = 0xfe;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    bytes[2 + index * 2] = code & 0xff;
    bytes[3 + index * 2] = code >> 8;
  }
  return bytes;
}

/** A workbook with one sheet per entry, written by SheetJS itself. */
export function workbookBytes(sheets: Record<string, unknown[][]>, bookType: 'xlsx' | 'xls' | 'biff8' = 'xlsx'): Uint8Array {
  const workbook = XLSX.utils.book_new();
  for (const [name, rows] of Object.entries(sheets)) XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet(rows), name);
  const type = bookType === 'xls' ? 'biff8' : bookType;
  return new Uint8Array(XLSX.write(workbook, { type: 'array', bookType: type as XLSX.BookType }) as ArrayBuffer);
}

/** A 问卷星-style export: meta columns, numbered question headers, a matrix question, text answers. */
export const WJX_HEADERS = ['序号', '提交答卷时间', '所用时间', '来源', '来源详情', '来自IP', '1、您所在的门店', '2、您有多大可能向朋友推荐我们？', '3、满意度—外观', '3、满意度—服务'];
export const WJX_ROWS = [
  ['1', '2024/5/1 10:02:11', '95秒', '微信', 'N/A', '1.2.3.4(广东-深圳)', '华东', '9分', '5', '4'],
  ['2', '2024/5/1 10:05:40', '120秒', '链接', 'N/A', '1.2.3.5(上海)', '华南', '10', '(跳过)', '3'],
  ['3', '2024/5/1 11:00:02', '60秒', '微信', 'N/A', '1.2.3.6(北京)', '华东', '(空)', '-3', '5'],
  ['4', '2024/5/1 11:30:00', '88秒', '微信', 'N/A', '1.2.3.7(北京)', '华北', '6', '4', '4'],
];

/** A minimal valid PNG header (8-byte signature + IHDR start), the kind of file someone renames to .csv. */
export const PNG_BYTES = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);

export function csv(rows: readonly (readonly string[])[], delimiter = ',', newline = '\r\n'): string {
  const quote = (cell: string) => (/[",\r\n\t;]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return rows.map((row) => row.map(quote).join(delimiter)).join(newline) + newline;
}
