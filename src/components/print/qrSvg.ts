import encodeQR from 'qr';

/**
 * A QR code for a URL as compact SVG markup (one path, a run of dark modules per segment),
 * sized by CSS. Medium error correction, so a printed code survives a fold or a smudge; a
 * quiet zone of two modules. Used at build time by PrintFooter.astro and, when the page is
 * served from another address than the one it was built for, in the browser.
 */
export function qrSvg(url: string): string {
  const matrix = encodeQR(url, 'raw', { ecc: 'medium', border: 2 });
  const path = qrPath(matrix);
  const size = matrix.length;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" class="print-footer__qr-svg" role="img" aria-label="本页网址的二维码" shape-rendering="crispEdges"><rect width="${size}" height="${size}" fill="#fff"/><path d="${path}" fill="#000"/></svg>`;
}

/** An SVG path of a QR matrix's dark modules: one rectangle per horizontal run of dark modules. */
export function qrPath(matrix: readonly (readonly boolean[])[]): string {
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
  return path;
}
