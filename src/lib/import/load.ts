import { ChunkDecoder, NotUtf8Error, guessEncoding, looksBinary, sniffFile } from './decode';
import { DelimitedChunkParser, loadPapa, parseDelimitedText } from './delimited';
import { TableBuilder } from './table';
import { readWorkbook } from './workbook';
import { MAX_FILE_BYTES, MAX_WORKBOOK_BYTES, type DetectedEncoding, type ProgressPhase, type SourceKind, type TableResult } from './types';

export { toPreview } from './table';

/** Bytes read and decoded at a time from a file. */
const SLICE_BYTES = 4 * 1024 * 1024;
/** Bytes looked at to sniff the format and guess the encoding. */
const HEAD_BYTES = 64 * 1024;

export type ProgressCallback = (phase: ProgressPhase, fraction: number) => void;

export interface LoadInput {
  file?: Blob & { name?: string };
  text?: string;
  fileName?: string;
}

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/**
 * Reads what the user gave (a file or pasted text) into a SurveyTable. Files are sniffed by
 * content, not by name: ZIP → .xlsx, OLE → .xls, otherwise delimited text in a detected encoding.
 * @param input `{ file }` or `{ text }` (as sent to the worker)
 * @param options progress callback (phase, fraction)
 */
export async function loadSurveyInput(input: LoadInput, options: { onProgress?: ProgressCallback } = {}): Promise<TableResult> {
  const onProgress = options.onProgress ?? (() => undefined);
  try {
    if (input.file) return await readSurveyBlob(input.file, input.fileName ?? input.file.name ?? '', onProgress);
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
 */
export function readSurveyFile(bytes: Uint8Array, fileName = ''): Promise<TableResult> {
  return loadSurveyInput({ file: new Blob([bytes as BlobPart]), fileName });
}

/** Reads a File/Blob: workbook or delimited text, streaming the latter slice by slice. */
export async function readSurveyBlob(blob: Blob, fileName: string, onProgress: ProgressCallback = () => undefined): Promise<TableResult> {
  if (blob.size === 0) return { ok: false, error: `文件${quoteName(fileName)}是空的（0 字节）。` };
  const head = new Uint8Array(await blob.slice(0, HEAD_BYTES).arrayBuffer());
  const sniffed = sniffFile(head);
  const extension = fileName.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? '';
  if (typeof sniffed === 'object') {
    return { ok: false, error: `文件${quoteName(fileName)}看起来是${sniffed.binary}，不是表格。请选择 CSV、TSV 或 Excel（.xlsx / .xls）文件。` };
  }
  if (sniffed === 'zip' || sniffed === 'cfb') {
    if (blob.size > MAX_WORKBOOK_BYTES) {
      return { ok: false, error: `Excel 文件${quoteName(fileName)}有 ${megabytes(blob.size)}，超过上限 ${megabytes(MAX_WORKBOOK_BYTES)}（Excel 文件需要整个读入内存）。请在 Excel/WPS 中另存为 CSV（CSV 可达 ${megabytes(MAX_FILE_BYTES)}）后再导入。` };
    }
    onProgress('读取', 0);
    const bytes = new Uint8Array(await blob.arrayBuffer());
    onProgress('解析', 0.1);
    const kind: SourceKind = sniffed === 'zip' ? 'xlsx' : 'xls';
    const result = await readWorkbook(bytes, { kind, ...(fileName ? { fileName } : {}) });
    if (!result.ok && sniffed === 'zip' && extension !== 'xlsx' && extension !== 'xlsm') {
      return { ok: false, error: `文件${quoteName(fileName)}是压缩包，但不是 Excel 工作簿。请选择 CSV、TSV 或 Excel（.xlsx / .xls）文件。` };
    }
    return result;
  }
  // 问卷星's “.xls” is sometimes an HTML table; SheetJS reads those too.
  if (/^\s*<(?:!doctype html|html|table|\?xml)/i.test(new TextDecoder('latin1').decode(head.subarray(0, 512)))) {
    if (blob.size > MAX_WORKBOOK_BYTES) return { ok: false, error: `文件${quoteName(fileName)}超过 ${megabytes(MAX_WORKBOOK_BYTES)}，太大。请另存为 CSV 后再导入。` };
    return readWorkbook(new Uint8Array(await blob.arrayBuffer()), { kind: 'xls', ...(fileName ? { fileName } : {}) });
  }
  if (blob.size > MAX_FILE_BYTES) {
    return { ok: false, error: `文件${quoteName(fileName)}有 ${megabytes(blob.size)}，超过上限 ${megabytes(MAX_FILE_BYTES)}。请只导出需要的列（例如得分列和分组列），或按时间分成几个文件。` };
  }
  const guess = guessEncoding(head);
  const first = await readDelimitedBlob(blob, fileName, extension, guess.encoding, guess.bomLength, onProgress);
  if (first !== 'not-utf-8') return first;
  // Valid UTF-8 at the start but not further on: it is GBK after all. Read again.
  const second = await readDelimitedBlob(blob, fileName, extension, 'gb18030', 0, onProgress);
  return second === 'not-utf-8' ? { ok: false, error: '无法识别文件编码。' } : second;
}

async function readDelimitedBlob(
  blob: Blob,
  fileName: string,
  extension: string,
  encoding: DetectedEncoding,
  bomLength: number,
  onProgress: ProgressCallback,
): Promise<TableResult | 'not-utf-8'> {
  const papa = await loadPapa();
  const decoder = new ChunkDecoder(encoding, bomLength);
  const source = { kind: 'csv' as SourceKind, encoding, ...(fileName ? { fileName } : {}) };
  const builder = new TableBuilder(source);
  const parser = new DelimitedChunkParser(papa, builder, extension === 'tsv' ? { delimiter: '\t' } : {});
  let checkedBinary = false;
  for (let offset = 0; offset < blob.size; offset += SLICE_BYTES) {
    const end = Math.min(blob.size, offset + SLICE_BYTES);
    const bytes = new Uint8Array(await blob.slice(offset, end).arrayBuffer());
    let text: string;
    try {
      text = decoder.decode(bytes, end === blob.size);
    } catch (error) {
      if (error instanceof NotUtf8Error) return 'not-utf-8';
      throw error;
    }
    if (!checkedBinary) {
      checkedBinary = true;
      if (looksBinary(text)) {
        return { ok: false, error: `文件${quoteName(fileName)}不是文本表格（含有大量不可显示的字符，可能是图片、压缩包或其他二进制文件）。请选择 CSV、TSV 或 Excel 文件。` };
      }
    }
    parser.push(text);
    onProgress('解析', end / blob.size);
    if (builder.failed !== null) break;
  }
  parser.finish();
  source.kind = parser.detectedDelimiter === '\t' ? 'tsv' : 'csv';
  return builder.finish();
}

function quoteName(fileName: string): string {
  return fileName ? `「${fileName}」` : '';
}
