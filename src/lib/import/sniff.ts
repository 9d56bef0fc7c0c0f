/**
 * Stage 1 of the import pipeline: what kind of file this is, from its first bytes (never from
 * its name alone): an .xlsx (ZIP), a legacy .xls (OLE compound file), an HTML/XML table saved
 * as “.xls” (old 问卷星 and web exports), UTF-16 text, other text, or a known binary format.
 */
import { sniffBom, sniffUtf16Pattern } from './encoding';

/** Known binary signatures, to name what a mis-named file really is. */
const SIGNATURES: ReadonlyArray<{ bytes: number[]; name: string }> = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], name: 'PNG 图片' },
  { bytes: [0xff, 0xd8, 0xff], name: 'JPEG 图片' },
  { bytes: [0x47, 0x49, 0x46, 0x38], name: 'GIF 图片' },
  { bytes: [0x25, 0x50, 0x44, 0x46], name: 'PDF 文档' },
  { bytes: [0x52, 0x61, 0x72, 0x21], name: 'RAR 压缩包' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], name: '7z 压缩包' },
  { bytes: [0x1f, 0x8b], name: 'gzip 压缩包' },
  { bytes: [0x42, 0x4d], name: 'BMP 图片' },
];

export type FileSniff = 'zip' | 'cfb' | 'text' | { binary: string };

/**
 * What a file's first bytes say it is: a ZIP container (xlsx), an OLE compound file (xls),
 * a known binary format, or (by default) text.
 */
export function sniffFile(head: Uint8Array): FileSniff {
  const startsWith = (bytes: number[]) => bytes.every((byte, index) => head[index] === byte);
  if (startsWith([0x50, 0x4b, 0x03, 0x04])) return 'zip';
  if (startsWith([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'cfb';
  // UTF-16 starts with FF FE / FE FF, which is also the start of no binary format listed.
  if (sniffBom(head)) return 'text';
  for (const signature of SIGNATURES) if (startsWith(signature.bytes)) return { binary: signature.name };
  return 'text';
}

export type FileKind =
  | { kind: 'xlsx' | 'xls' | 'html' }
  | { kind: 'text'; utf16: boolean; extension: string }
  | { kind: 'binary'; name: string };

/**
 * The kind of file, for the pipeline: workbook (xlsx/xls), an HTML table, delimited text
 * (with a UTF-16 flag when a BOM or the NUL pattern says so) or a named binary format.
 * @param head the first bytes (64 KB is plenty)
 * @param fileName used only for the extension (`.tsv` forces tab)
 * @example sniffKind(xlsxBytes, 'a.xlsx') // { kind: 'xlsx' }
 */
export function sniffKind(head: Uint8Array, fileName = ''): FileKind {
  const extension = fileName.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? '';
  const sniffed = sniffFile(head);
  if (typeof sniffed === 'object') return { kind: 'binary', name: sniffed.binary };
  if (sniffed === 'zip') return { kind: 'xlsx' };
  if (sniffed === 'cfb') return { kind: 'xls' };
  const bom = sniffBom(head);
  const utf16 = bom ? bom.encoding !== 'utf-8-bom' : sniffUtf16Pattern(head) !== null;
  if (!utf16 && /^\s*<(?:!doctype html|html|table|\?xml)/i.test(new TextDecoder('latin1').decode(head.subarray(bom ? 3 : 0, 512)))) return { kind: 'html' };
  return { kind: 'text', utf16, extension };
}
