/**
 * Reads QR codes from the camera's <video>: the browser's BarcodeDetector where it exists,
 * otherwise `qr/decode.js` in a Web Worker (src/workers/qrScan.worker.ts). One frame is in flight
 * at a time; its pixels go to the worker and come back in the same buffer, so no frame is kept.
 * The same text seen again within `repeatMs` is reported once (a code held up stays in view).
 */
import { useEffect, useRef } from 'react';
import type { ScanAnswer, ScanFrame } from '../../workers/qrScan.worker';
import { useSyncRef } from '../shared/useSyncRef';
import { nativeDetector, type Detector } from './nativeDetector';

export interface ScanHit {
  text: string;
  /** performance.now() when the frame that held it was grabbed. */
  grabbedAt: number;
}

const MAX_WIDTH = 1280;

export function useFrameScanner(video: React.RefObject<HTMLVideoElement | null>, active: boolean, onHit: (hit: ScanHit) => void, repeatMs = 2500): void {
  const hitRef = useRef(onHit);
  useSyncRef(hitRef, onHit);

  useEffect(() => {
    if (!active) return;
    let stopped = false;
    let frame = 0;
    let worker: Worker | null = null;
    let buffer: ArrayBuffer | null = null;
    const last = { text: '', at: -Infinity };
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('2d', { willReadFrequently: true });

    const report = (text: string | null, grabbedAt: number) => {
      if (!text) return;
      const now = performance.now();
      if (text === last.text && now - last.at < repeatMs) {
        last.at = now;
        return;
      }
      last.text = text;
      last.at = now;
      hitRef.current({ text, grabbedAt });
    };
    const next = () => {
      if (!stopped) requestAnimationFrame(() => void grab());
    };

    let detector: Detector | null = null;
    let pending: { grabbedAt: number } | null = null;
    const grab = async () => {
      const element = video.current;
      if (stopped) return;
      if (!element || element.readyState < 2 || element.videoWidth === 0) return next();
      const grabbedAt = performance.now();
      if (detector) {
        try {
          const found = await detector.detect(element);
          report(found[0]?.rawValue ?? null, grabbedAt);
        } catch {
          // A frame the detector could not read: try the next one.
        }
        return next();
      }
      if (!worker || !context) return;
      const scale = Math.min(1, MAX_WIDTH / element.videoWidth);
      const width = Math.round(element.videoWidth * scale);
      const height = Math.round(element.videoHeight * scale);
      if (canvas.width !== width || canvas.height !== height) {
        canvas.width = width;
        canvas.height = height;
      }
      context.drawImage(element, 0, 0, width, height);
      const pixels = context.getImageData(0, 0, width, height).data;
      if (!buffer || buffer.byteLength !== pixels.byteLength) buffer = new ArrayBuffer(pixels.byteLength);
      new Uint8ClampedArray(buffer).set(pixels);
      frame += 1;
      pending = { grabbedAt };
      const message: ScanFrame = { id: frame, width, height, data: buffer };
      worker.postMessage(message, [buffer]);
      buffer = null;
    };

    void nativeDetector().then((found) => {
      if (stopped) return;
      detector = found;
      if (!detector) {
        worker = new Worker(new URL('../../workers/qrScan.worker.ts', import.meta.url), { type: 'module', name: 'qr-scan' });
        worker.onmessage = (event: MessageEvent<ScanAnswer>) => {
          buffer = event.data.data;
          const grabbedAt = pending?.grabbedAt ?? performance.now();
          pending = null;
          report(event.data.text, grabbedAt);
          next();
        };
      }
      next();
    });

    return () => {
      stopped = true;
      worker?.terminate();
      buffer = null;
    };
  }, [active, video, repeatMs]);
}
