/**
 * What the page needs to show an encoding decision (names, the status sentence, the report
 * shape) without the scorer's character tables, which only the worker loads (encoding.ts).
 */
import type { DetectedEncoding } from './types';

/** Every encoding the user may force from the list (UTF-16 only makes sense with its BOM or NUL pattern). */
export const SELECTABLE_ENCODINGS: readonly DetectedEncoding[] = ['utf-8', 'gb18030', 'big5', 'shift_jis', 'euc-kr', 'windows-1252', 'utf-16le', 'utf-16be'];

/** Chinese names for the encodings, as the page shows them. */
export const ENCODING_NAMES: Readonly<Record<DetectedEncoding, string>> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8（带 BOM）',
  gb18030: 'GBK/GB18030（简体中文）',
  big5: 'Big5（繁体中文）',
  shift_jis: 'Shift_JIS（日文）',
  'euc-kr': 'EUC-KR/CP949（韩文）',
  'windows-1252': 'Windows-1252（西欧文字）',
  'utf-16le': 'UTF-16',
  'utf-16be': 'UTF-16（大端）',
};

/** How the encoding was found. Only 'bom' and 'valid-utf8' are facts; 'scored' is a guess. */
export type EncodingBasis = 'bom' | 'ascii' | 'valid-utf8' | 'utf16-pattern' | 'scored' | 'forced';
/** sure: a fact (BOM, valid UTF-8, the user's choice); likely: a clear guess; weak: check the preview. */
export type EncodingConfidence = 'sure' | 'likely' | 'weak';

export interface EncodingCandidate {
  encoding: DetectedEncoding;
  /** Plausibility in [-3, 1]; null when the decoder rejected the bytes. */
  score: number | null;
  /** The first non-ASCII line(s) as this candidate reads them (≤ 80 characters). */
  sample: string;
}

export interface EncodingReport {
  encoding: DetectedEncoding;
  basis: EncodingBasis;
  confidence: EncodingConfidence;
  /** Every candidate tried, best first (rejected ones last). Empty when a BOM or the user decided. */
  candidates: EncodingCandidate[];
  /** U+FFFD produced while decoding the whole file (bytes the chosen encoding could not read). */
  replacements: number;
}

/** The Chinese sentence for the status line: the encoding and how it was found. Never calls a guess certain. */
export function describeEncoding(report: EncodingReport): string {
  const name = ENCODING_NAMES[report.encoding];
  switch (report.basis) {
    case 'bom':
      return `编码 ${name}（文件开头的 BOM 标明）`;
    case 'ascii':
      return '编码：文件只含英文字母、数字和符号，各种编码读出来都一样';
    case 'valid-utf8':
      return `编码 ${name}（字节完全符合 UTF-8）`;
    case 'utf16-pattern':
      return `编码 ${name}（推测：字节中每隔一个是 0）`;
    case 'forced':
      return `编码 ${name}（您选择的）`;
    case 'scored':
      return report.confidence === 'likely' ? `编码 ${name}（推测，把握较大）` : `编码 ${name}（推测，把握不大：请核对下方预览）`;
  }
}

