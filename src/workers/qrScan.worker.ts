/**
 * Decodes QR codes in camera frames off the main thread with `qr/decode.js` (paulmillr/qr, pure
 * JavaScript, no WebAssembly, nothing fetched). The scan view posts one frame at a time (RGBA,
 * its buffer transferred) and gets the text or null back with the buffer, so at most one frame
 * is ever held and none is stored.
 */
import decodeQR from 'qr/decode.js';

export interface ScanFrame {
  id: number;
  width: number;
  height: number;
  data: ArrayBuffer;
}

export interface ScanAnswer {
  id: number;
  text: string | null;
  /** Decode time in ms. */
  ms: number;
  data: ArrayBuffer;
}

self.onmessage = (event: MessageEvent<ScanFrame>) => {
  const { id, width, height, data } = event.data;
  const started = performance.now();
  let text: string | null = null;
  try {
    text = decodeQR({ width, height, data: new Uint8ClampedArray(data) });
  } catch {
    // No QR code in this frame (the decoder throws when it finds none): the usual case.
  }
  const answer: ScanAnswer = { id, text, ms: performance.now() - started, data };
  (self as unknown as Worker).postMessage(answer, [data]);
};
