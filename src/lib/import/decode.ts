import type { DetectedEncoding } from './types';

/**
 * Text encoding detection for survey files. Chinese Excel and WPS save CSV as GBK (code page
 * 936) unless told otherwise; 问卷星 and most web tools export UTF-8, often with a BOM.
 * WHATWG Encoding: 'gbk' and 'gb18030' labels decode with the same GB18030 decoder, a superset
 * of GBK, so one fallback covers both. https://encoding.spec.whatwg.org/#gb18030
 */

/** The encoding a byte-order mark announces, and the BOM's length. */
export function sniffBom(bytes: Uint8Array): { encoding: DetectedEncoding; length: number } | null {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8-bom', length: 3 };
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** The WHATWG label TextDecoder needs for a detected encoding. */
export function decoderLabel(encoding: DetectedEncoding): string {
  return encoding === 'utf-8-bom' ? 'utf-8' : encoding;
}

/**
 * Decodes a whole file: BOM first, then strict UTF-8, else GB18030 (which never fails).
 * @param bytes the file's bytes
 * @returns the text (without BOM) and the encoding found
 * @example decodeBytes(new Uint8Array([0xc4, 0xe3, 0xba, 0xc3])) // { text: '你好', encoding: 'gb18030' }
 */
export function decodeBytes(bytes: Uint8Array): { text: string; encoding: DetectedEncoding } {
  const bom = sniffBom(bytes);
  if (bom) {
    const text = new TextDecoder(decoderLabel(bom.encoding)).decode(bytes.subarray(bom.length));
    return { text, encoding: bom.encoding };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}

/** Thrown by ChunkDecoder when bytes assumed to be UTF-8 turn out not to be. */
export class NotUtf8Error extends Error {
  constructor() {
    super('not UTF-8');
    this.name = 'NotUtf8Error';
  }
}

/**
 * Decodes a file slice by slice (multi-byte characters split across slices are handled by
 * TextDecoder's stream mode). UTF-8 is checked strictly: a later slice that is not UTF-8
 * throws NotUtf8Error so the caller can restart as GB18030.
 */
export class ChunkDecoder {
  readonly encoding: DetectedEncoding;
  private readonly decoder: TextDecoder;
  private bomToSkip: number;

  constructor(encoding: DetectedEncoding, bomLength = 0) {
    this.encoding = encoding;
    const strict = encoding === 'utf-8' || encoding === 'utf-8-bom';
    this.decoder = new TextDecoder(decoderLabel(encoding), { fatal: strict, ignoreBOM: true });
    this.bomToSkip = bomLength;
  }

  decode(bytes: Uint8Array, final: boolean): string {
    let input = bytes;
    if (this.bomToSkip > 0) {
      const skip = Math.min(this.bomToSkip, input.length);
      input = input.subarray(skip);
      this.bomToSkip -= skip;
    }
    try {
      return this.decoder.decode(input, { stream: !final });
    } catch {
      throw new NotUtf8Error();
    }
  }
}

/** First guess for a file from its first bytes: a BOM, else UTF-8 if those bytes are valid UTF-8. */
export function guessEncoding(head: Uint8Array): { encoding: DetectedEncoding; bomLength: number } {
  const bom = sniffBom(head);
  if (bom) return { encoding: bom.encoding, bomLength: bom.length };
  try {
    // stream: true so a character cut at the end of the sample is not counted against UTF-8.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return { encoding: 'utf-8', bomLength: 0 };
  } catch {
    return { encoding: 'gb18030', bomLength: 0 };
  }
}

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
  for (const signature of SIGNATURES) if (startsWith(signature.bytes)) return { binary: signature.name };
  return 'text';
}

/**
 * True when decoded text is not a text table: NUL characters or many control characters or
 * replacement characters in the sample (text tables contain only tabs and line breaks).
 */
export function looksBinary(sample: string): boolean {
  const length = Math.min(sample.length, 65536);
  if (length === 0) return false;
  let suspicious = 0;
  for (let index = 0; index < length; index += 1) {
    const code = sample.charCodeAt(index);
    if (code === 0) return true;
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0xfffd || code === 0x7f) suspicious += 1;
  }
  return suspicious / length > 0.01;
}
