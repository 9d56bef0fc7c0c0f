/**
 * Stage 2 of the import pipeline: bytes to text, slice by slice, in one pass.
 *
 * The encoding is chosen once, from the first bytes that are not ASCII: a BOM or the UTF-16
 * NUL pattern if present, else the candidates scored in encoding.ts. While the text is still
 * pure ASCII nothing is decided (ASCII reads the same in every candidate), so a file whose
 * Chinese starts after the first slice is not read twice. Bytes the chosen encoding cannot
 * read become U+FFFD and are counted; the page then warns and offers the other encodings.
 */
import { decoderLabel, scoreEncodings, sniffBom, sniffUtf16Pattern, firstNonAscii, validUtf8Report, type EncodingReport } from './encoding';
import type { DetectedEncoding } from './types';

export { decoderLabel, sniffBom } from './encoding';
export { sniffFile, type FileSniff } from './sniff';

/**
 * Decodes a file pushed in slices. `forced` skips detection (the user picked from the list).
 * @example const stage = new DecodeStage(); stage.push(bytes, true); stage.report.encoding // 'gb18030'
 */
export class DecodeStage {
  private decoder: TextDecoder | null = null;
  private result: EncodingReport;
  private started = false;

  constructor(forced?: DetectedEncoding) {
    this.result = { encoding: forced ?? 'utf-8', basis: forced ? 'forced' : 'ascii', confidence: 'sure', candidates: [], replacements: 0 };
    if (forced) this.decoder = new TextDecoder(decoderLabel(forced));
  }

  /** The encoding in use and how it was found (final after the last push). */
  get report(): EncodingReport {
    return this.result;
  }

  /**
   * @param bytes the next slice of the file
   * @param final true for the last slice
   * @returns the slice's text (a character cut at the slice's end comes with the next slice)
   */
  push(bytes: Uint8Array, final: boolean): string {
    return this.pushPieces(bytes, final).join('');
  }

  /**
   * The slice's text in pieces, decoded 64 KB at a time (see blockEnds): joined,
   * they are exactly what `push` returns. The importer parses them one after another.
   */
  pushPieces(bytes: Uint8Array, final: boolean): string[] {
    let input = bytes;
    if (!this.started) {
      this.started = true;
      const bom = sniffBom(input);
      if (bom) {
        input = input.subarray(bom.length);
        if (this.result.basis !== 'forced') {
          this.result = { encoding: bom.encoding, basis: 'bom', confidence: 'sure', candidates: [], replacements: 0 };
          this.decoder = new TextDecoder(decoderLabel(bom.encoding), { ignoreBOM: true });
        }
      } else if (!this.decoder) {
        const utf16 = sniffUtf16Pattern(input);
        if (utf16) {
          this.result = { encoding: utf16, basis: 'utf16-pattern', confidence: 'likely', candidates: [], replacements: 0 };
          this.decoder = new TextDecoder(utf16);
        }
      }
    }
    if (!this.decoder) {
      if (firstNonAscii(input) === -1) return [asciiText(input)];
      // The first non-ASCII text: decide here, from this slice, and keep the decision.
      // A whole file that is valid UTF-8 (most exports): that is the fact scoring would find, and
      // the one strict decode is also the text, so the file is decoded once, not sampled six times.
      const utf8 = final ? decodeStrictBlocks(input) : null;
      this.result = utf8 !== null ? validUtf8Report(input) : scoreEncodings(input, final);
      this.decoder = new TextDecoder(decoderLabel(this.result.encoding), { ignoreBOM: true });
      if (utf8 !== null) return this.counted(utf8);
    }
    return this.counted(decodeBlocks(this.decoder, input, final));
  }

  /** Counts the U+FFFD the decoded pieces hold (bytes the encoding could not read, or written as such). */
  private counted(pieces: string[]): string[] {
    for (const text of pieces) {
      if (text.includes('\uFFFD')) this.result = { ...this.result, replacements: this.result.replacements + countReplacements(text) };
    }
    return pieces;
  }
}

/** Bytes decoded at a time (see blockEnds). */
const BLOCK_BYTES = 64 * 1024;

/**
 * Where to cut bytes before decoding: every 64 KB (the ends of the blocks, the last being
 * `bytes.length`). One streaming decoder reads the blocks in turn, so no character is cut.
 *
 * Why: Chromium's TextDecoder returns a one-byte string for ASCII input and a two-byte string
 * as soon as one character is not Latin-1. A survey export is mostly digits under a Chinese
 * header; decoded as one string, its 0.9 MB took 22–25 ms in Chromium 156, against 1–5 ms for
 * the same bytes without the header (bench/scenarios/servqual.mjs). Decoded in blocks, only the
 * blocks holding Chinese are two-byte. Blocks, not a scan for the ASCII runs: a byte loop in
 * script cost as much as it saved.
 * @example blockEnds(new Uint8Array(150_000)) // [65536, 131072, 150000]
 */
export function blockEnds(bytes: Uint8Array): number[] {
  const ends: number[] = [];
  for (let end = BLOCK_BYTES; end < bytes.length; end += BLOCK_BYTES) ends.push(end);
  ends.push(bytes.length);
  return ends;
}

/** Decodes bytes block by block (blockEnds) with one streaming decoder, so a character is never cut. */
function decodeBlocks(decoder: TextDecoder, bytes: Uint8Array, final: boolean): string[] {
  const pieces: string[] = [];
  let start = 0;
  for (const end of blockEnds(bytes)) {
    pieces.push(decoder.decode(bytes.subarray(start, end), { stream: !final || end < bytes.length }));
    start = end;
  }
  return pieces;
}

/** The pieces of valid UTF-8, or null when the bytes are not valid UTF-8 (as encoding.ts decodeStrict, block by block). */
function decodeStrictBlocks(bytes: Uint8Array): string[] | null {
  try {
    return decodeBlocks(new TextDecoder(decoderLabel('utf-8'), { fatal: true }), bytes, true);
  } catch {
    return null;
  }
}

function asciiText(bytes: Uint8Array): string {
  let text = '';
  for (let offset = 0; offset < bytes.length; offset += 8192) text += String.fromCharCode(...bytes.subarray(offset, offset + 8192));
  return text;
}

function countReplacements(text: string): number {
  let count = 0;
  for (let index = text.indexOf('\uFFFD'); index !== -1; index = text.indexOf('\uFFFD', index + 1)) count += 1;
  return count;
}

/**
 * Decodes a whole file held in memory (tests, small files).
 * @example decodeBytes(new Uint8Array([0xc4, 0xe3, 0xba, 0xc3])) // { text: '你好', encoding: 'gb18030', report }
 */
export function decodeBytes(bytes: Uint8Array, forced?: DetectedEncoding): { text: string; encoding: DetectedEncoding; report: EncodingReport } {
  const stage = new DecodeStage(forced);
  const text = stage.push(bytes, true);
  return { text, encoding: stage.report.encoding, report: stage.report };
}

/** Characters of a text's start that looksBinary reads. */
export const BINARY_SAMPLE_CHARS = 65536;

/** Control characters other than tab and line breaks, DEL and U+FFFD (a byte the decoder could not read). */
// eslint-disable-next-line no-control-regex -- control characters are what it counts
const SUSPICIOUS = /[\x01-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]/g;

/**
 * True when decoded text is not a text table: NUL characters or many control characters or
 * replacement characters in the sample (text tables contain only tabs and line breaks).
 * Searched with regular expressions, which run as native code: in a fresh Chromium worker a loop
 * over the 65,536 characters took 1.8–4.6 ms, the expressions 0.3–0.7 ms (8 runs each).
 */
export function looksBinary(sample: string): boolean {
  const text = sample.length > BINARY_SAMPLE_CHARS ? sample.slice(0, BINARY_SAMPLE_CHARS) : sample;
  if (text.length === 0) return false;
  if (text.includes('\0')) return true;
  const suspicious = text.match(SUSPICIOUS)?.length ?? 0;
  return suspicious / text.length > 0.01;
}
