import encodeQR from 'qr';
import { qrPath } from '../print/qrSvg';

/**
 * A QR code as SVG markup, drawn in the browser from the `qr` package (no request anywhere):
 * one path of dark runs, a white quiet zone of 4 modules (ISO/IEC 18004 asks for 4), sized by CSS.
 * `alphanumeric` keeps answer codes in QR's alphanumeric mode (5.5 bits a symbol).
 */
export function qrMarkup(text: string, label: string, options: { ecc?: 'low' | 'medium' | 'quartile'; alphanumeric?: boolean } = {}): string {
  const matrix = encodeQR(text, 'raw', { ecc: options.ecc ?? 'medium', border: 4, ...(options.alphanumeric ? { encoding: 'alphanumeric' as const } : {}) });
  const path = qrPath(matrix);
  const size = matrix.length;
  const escaped = label.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" role="img" aria-label="${escaped}" shape-rendering="crispEdges"><rect width="${size}" height="${size}" fill="#fff"/><path d="${path}" fill="#000"/></svg>`;
}
