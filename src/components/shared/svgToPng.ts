/**
 * Saving an inline SVG chart as a PNG with the shared downloadPng helper: the SVG is copied with
 * its computed colours and fonts written in (CSS variables do not survive serialisation), drawn
 * on a canvas at twice its size, and handed to downloadPng, which adds the background and title.
 * Everything stays in the browser (a blob: URL, allowed by the site's CSP).
 */
import { downloadPng, type PngOptions } from './downloadPng';

const STYLE_PROPERTIES = ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'opacity', 'font-size', 'font-weight', 'font-family', 'text-anchor', 'dominant-baseline'];

/** A standalone copy of the SVG with computed styles inlined. */
export function serialiseSvg(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  originals.forEach((element, index) => {
    const target = copies[index];
    if (!(target instanceof SVGElement)) return;
    const computed = getComputedStyle(element);
    target.setAttribute('style', STYLE_PROPERTIES.map((name) => `${name}:${computed.getPropertyValue(name)}`).join(';'));
  });
  const box = svg.getBoundingClientRect();
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(Math.round(box.width)));
  copy.setAttribute('height', String(Math.round(box.height)));
  return new XMLSerializer().serializeToString(copy);
}

/**
 * Downloads an inline SVG as a PNG.
 * @returns false when the browser could not draw or encode it
 */
export async function downloadSvgPng(svg: SVGSVGElement, fileName: string, options: PngOptions = {}): Promise<boolean> {
  const box = svg.getBoundingClientRect();
  const scale = 2;
  const url = URL.createObjectURL(new Blob([serialiseSvg(svg)], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(box.width * scale));
    canvas.height = Math.max(1, Math.round(box.height * scale));
    const context = canvas.getContext('2d');
    if (!context) return false;
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await downloadPng(canvas, fileName, options);
  } catch {
    return false;
  } finally {
    URL.revokeObjectURL(url);
  }
}
