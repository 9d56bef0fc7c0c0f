import encodeQR from 'qr';

/**
 * A QR code as SVG markup, drawn in the browser from the `qr` package (no request anywhere):
 * one path of dark runs, a white quiet zone of 4 modules (ISO/IEC 18004 asks for 4), sized by CSS.
 * `alphanumeric` keeps answer codes in QR's alphanumeric mode (5.5 bits a symbol).
 */
export function qrMarkup(text: string, label: string, options: { ecc?: 'low' | 'medium' | 'quartile'; alphanumeric?: boolean } = {}): string {
  const matrix = encodeQR(text, 'raw', { ecc: options.ecc ?? 'medium', border: 4, ...(options.alphanumeric ? { encoding: 'alphanumeric' as const } : {}) });
  let path = '';
  matrix.forEach((row, y) => {
    for (let x = 0; x < row.length; x += 1) {
      if (!row[x]) continue;
      let end = x;
      while (row[end + 1]) end += 1;
      path += `M${x} ${y}h${end - x + 1}v1h-${end - x + 1}z`;
      x = end;
    }
  });
  const size = matrix.length;
  const escaped = label.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" role="img" aria-label="${escaped}" shape-rendering="crispEdges"><rect width="${size}" height="${size}" fill="#fff"/><path d="${path}" fill="#000"/></svg>`;
}
