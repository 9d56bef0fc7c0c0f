/**
 * The import pipeline, one pass of stages, each in its own file and testable alone:
 *
 *   sniff (sniff.ts: xlsx / xls / html / text / UTF-16 / binary)
 *   → read (slices.ts: fixed-size slices, the next read while this one is parsed)
 *   → decode (decode.ts + encoding.ts: scored encodings, decided once at the first non-ASCII bytes)
 *   → parse (delimited.ts: papaparse in slices; workbook.ts: SheetJS)
 *   → table (table.ts: TableBuilder — header, padding, row numbers)
 *   → column profiles (profile.ts, over all rows; see toPreview).
 *
 * A file's bytes are read once, front to back; nothing is re-read or handed back.
 */
import { BINARY_SAMPLE_CHARS, DecodeStage, looksBinary } from './decode';
import { describeEncoding, ENCODING_NAMES } from './encoding';
import { DelimitedChunkParser, loadPapa, parseDelimitedText } from './delimited';
import { slicesOf } from './slices';
import { sniffKind } from './sniff';
import { TableBuilder } from './table';
import { readWorkbook } from './workbook';
import { MAX_FILE_BYTES, MAX_WORKBOOK_BYTES, type DetectedEncoding, type ProgressPhase, type SourceKind, type TableResult } from './types';
import { formatCount } from '../tool/format';

export { toPreview } from './table';

/** Bytes read and decoded at a time from a file. */
const SLICE_BYTES = 4 * 1024 * 1024;
/** Bytes looked at to sniff the format. */
const HEAD_BYTES = 64 * 1024;

export type ProgressCallback = (phase: ProgressPhase, fraction: number) => void;

export interface LoadInput {
  file?: Blob & { name?: string };
  text?: string;
  fileName?: string;
  /** Read a delimited file in this encoding instead of detecting it (the user's choice). */
  encoding?: DetectedEncoding;
}

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/**
 * Reads what the user gave (a file or pasted text) into a SurveyTable. Files are sniffed by
 * content, not by name: ZIP → .xlsx, OLE → .xls, otherwise delimited text in a scored encoding.
 * @param input `{ file }` or `{ text }` (as sent to the worker), optionally a forced encoding
 * @param options progress callback (phase, fraction)
 */
export async function loadSurveyInput(input: LoadInput, options: { onProgress?: ProgressCallback } = {}): Promise<TableResult> {
  const onProgress = options.onProgress ?? (() => undefined);
  try {
    if (input.file) return await readSurveyBlob(input.file, input.fileName ?? input.file.name ?? '', onProgress, input.encoding);
    if (typeof input.text === 'string') {
      if (input.text.trim() === '') return { ok: false, error: '粘贴的内容是空的。请从 Excel/WPS 复制包含表头的区域后再粘贴。' };
      return await parseDelimitedText(input.text, { source: { kind: 'paste', ...(input.fileName ? { fileName: input.fileName } : {}) }, onProgress: (fraction) => onProgress('解析', fraction) });
    }
    return { ok: false, error: '没有收到文件或粘贴的内容。' };
  } catch (error) {
    if (error instanceof RangeError || (error instanceof Error && /memory|allocation/i.test(error.message))) {
      return { ok: false, error: '文件太大，浏览器内存不足，无法读取。请只导出需要的列，或分成几个较小的文件。' };
    }
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `读取文件时出错（${detail.slice(0, 100)}）。请确认文件没有损坏，或另存为 UTF-8 CSV 后再试。` };
  }
}

/**
 * Reads a file held in memory (convenience for tests and small files).
 * @param bytes the file's bytes
 * @param fileName used for messages and the source label
 * @param encoding a forced encoding (delimited files only)
 */
export function readSurveyFile(bytes: Uint8Array, fileName = '', encoding?: DetectedEncoding): Promise<TableResult> {
  return loadSurveyInput({ file: new Blob([bytes as BlobPart]), fileName, ...(encoding ? { encoding } : {}) });
}

/** Reads a File/Blob: sniff, then a workbook reader or the one-pass delimited reader. */
export async function readSurveyBlob(blob: Blob, fileName: string, onProgress: ProgressCallback = () => undefined, encoding?: DetectedEncoding): Promise<TableResult> {
  if (blob.size === 0) return { ok: false, error: `文件${quoteName(fileName)}是空的（0 字节）。` };
  // A file of one slice is read once: each read of a Blob is a round trip to the browser's file
  // store (10–30 ms in bench/scenarios/servqual.mjs), and a survey export is usually that small.
  const whole = blob.size <= SLICE_BYTES ? new Uint8Array(await blob.arrayBuffer()) : null;
  const head = whole ? whole.subarray(0, HEAD_BYTES) : new Uint8Array(await blob.slice(0, HEAD_BYTES).arrayBuffer());
  const kind = sniffKind(head, fileName);
  if (kind.kind === 'binary') {
    return { ok: false, error: `文件${quoteName(fileName)}看起来是${kind.name}，不是表格。请选择 CSV、TSV 或 Excel（.xlsx / .xls）文件。` };
  }
  if (kind.kind !== 'text') {
    if (blob.size > MAX_WORKBOOK_BYTES) {
      return { ok: false, error: `Excel 文件${quoteName(fileName)}有 ${megabytes(blob.size)}，超过上限 ${megabytes(MAX_WORKBOOK_BYTES)}（Excel 文件需要整个读入内存）。请在 Excel/WPS 中另存为 CSV（CSV 可达 ${megabytes(MAX_FILE_BYTES)}）后再导入。` };
    }
    onProgress('读取', 0);
    const bytes = whole ?? new Uint8Array(await blob.arrayBuffer());
    onProgress('解析', 0.1);
    // 问卷星's “.xls” is sometimes an HTML table; SheetJS reads those too.
    const sourceKind: SourceKind = kind.kind === 'xlsx' ? 'xlsx' : 'xls';
    const result = await readWorkbook(bytes, { kind: sourceKind, ...(fileName ? { fileName } : {}) });
    const extension = fileName.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? '';
    if (!result.ok && kind.kind === 'xlsx' && extension !== 'xlsx' && extension !== 'xlsm') {
      return { ok: false, error: `文件${quoteName(fileName)}是压缩包，但不是 Excel 工作簿。请选择 CSV、TSV 或 Excel（.xlsx / .xls）文件。` };
    }
    return result;
  }
  if (blob.size > MAX_FILE_BYTES) {
    return { ok: false, error: `文件${quoteName(fileName)}有 ${megabytes(blob.size)}，超过上限 ${megabytes(MAX_FILE_BYTES)}。请只导出需要的列（例如得分列和分组列），或按时间分成几个文件。` };
  }
  return readDelimitedBlob(blob, fileName, kind.extension, onProgress, encoding, whole);
}

/** Delimited text: decode stage → parse stage → table stage, slice by slice, once. */
async function readDelimitedBlob(blob: Blob, fileName: string, extension: string, onProgress: ProgressCallback, forced?: DetectedEncoding, whole: Uint8Array | null = null): Promise<TableResult> {
  const papa = await loadPapa();
  const decode = new DecodeStage(forced);
  const builder = new TableBuilder({ kind: 'csv', ...(fileName ? { fileName } : {}) });
  const parser = new DelimitedChunkParser(papa, builder, extension === 'tsv' ? { delimiter: '\t' } : {});
  let checkedBinary = false;
  let end = 0;
  for await (const bytes of whole ? [whole] : slicesOf(blob, SLICE_BYTES)) {
    end += bytes.length;
    const pieces = decode.pushPieces(bytes, end >= blob.size);
    if (!checkedBinary && pieces.some((piece) => piece.length > 0)) {
      checkedBinary = true;
      if (looksBinary(leadingText(pieces, BINARY_SAMPLE_CHARS))) {
        return { ok: false, error: `文件${quoteName(fileName)}不是文本表格（含有大量不可显示的字符，可能是图片、压缩包或其他二进制文件）。请选择 CSV、TSV 或 Excel 文件。` };
      }
    }
    // Piece by piece: joined, the ASCII pieces would be copied into one two-byte string (decode.ts).
    for (const piece of pieces) parser.push(piece);
    onProgress('解析', Math.min(1, end / blob.size));
    if (builder.failed !== null) break;
  }
  // A stream that ended short of the file's size (it changed on disk while read): flush the decoder.
  if (end < blob.size && builder.failed === null) parser.push(decode.push(new Uint8Array(0), true));
  parser.finish();
  const report = decode.report;
  const result = builder.finish({ kind: parser.detectedDelimiter === '\t' ? 'tsv' : 'csv', encoding: report.encoding, encodingReport: report });
  if (result.ok) result.warnings.unshift(...encodingWarnings(report));
  return result;
}

/** Warnings about the encoding: a weak guess, bytes it could not read. */
export function encodingWarnings(report: import('./encoding').EncodingReport): string[] {
  const warnings: string[] = [];
  if (report.basis === 'scored' && report.confidence === 'weak') {
    warnings.push(`${describeEncoding(report)}。如果文字看起来是乱码，请在“文件编码”列表里换一种编码重新读取。`);
  }
  if (report.replacements > 0) {
    warnings.push(`有 ${formatCount(report.replacements)} 个字符无法按 ${ENCODING_NAMES[report.encoding]} 读出，显示为“�”。文件可能混用了几种编码；可在“文件编码”列表里换一种再试。`);
  }
  return warnings;
}

/** The first `limit` characters of the pieces, without joining the rest. */
function leadingText(pieces: readonly string[], limit: number): string {
  let text = '';
  for (const piece of pieces) {
    text += piece.length > limit - text.length ? piece.slice(0, limit - text.length) : piece;
    if (text.length >= limit) break;
  }
  return text;
}

function quoteName(fileName: string): string {
  return fileName ? `「${fileName}」` : '';
}
