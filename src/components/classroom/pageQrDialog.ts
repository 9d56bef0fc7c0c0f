/**
 * The page's QR code, large, in a modal dialog: fetched on demand (this module and the `qr`
 * encoder are a separate chunk), drawn locally as SVG, for the address of the page or, on a
 * tool page, the tool's share link with today's data. The native <dialog> keeps focus inside
 * and closes on Esc; focus goes back to the button that opened it.
 */
import encodeQR from 'qr';
import { qrPath } from '../print/qrSvg';
import { currentPageLink } from './pageLink';

let dialog: HTMLDialogElement | null = null;
let opener: HTMLElement | null = null;

/** The QR modules as one SVG path (a run of dark modules per segment), or null when the text does not fit. */
export function qrMarkup(text: string): string | null {
  let matrix: boolean[][];
  try {
    // Low error correction fits the longest share links; a screen is not smudged like paper.
    matrix = encodeQR(text, 'raw', { ecc: text.length > 1200 ? 'low' : 'medium', border: 4 });
  } catch {
    return null;
  }
  const path = qrPath(matrix);
  const size = matrix.length;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" role="img" aria-label="本页链接的二维码" shape-rendering="crispEdges" data-modules="${size}"><rect width="${size}" height="${size}" fill="#fff"/><path d="${path}" fill="#000"/></svg>`;
}

function build(): HTMLDialogElement {
  const element = document.createElement('dialog');
  element.className = 'page-qr';
  element.setAttribute('aria-labelledby', 'page-qr-title');
  element.innerHTML = `
    <h2 id="page-qr-title" class="page-qr__title">扫码打开本页</h2>
    <div class="page-qr__code" data-page-qr-code></div>
    <p class="page-qr__note" data-page-qr-note></p>
    <p class="page-qr__url"><span class="sr-only">链接：</span><span data-page-qr-url></span></p>
    <form method="dialog" class="page-qr__actions"><button type="submit" class="page-qr__close" autofocus>关闭</button></form>`;
  element.addEventListener('close', () => {
    opener?.focus();
    opener = null;
  });
  // A click on the backdrop (outside the box) closes it too.
  element.addEventListener('click', (event) => {
    if (event.target === element) element.close();
  });
  document.body.append(element);
  return element;
}

export function openPageQr(button: HTMLElement): void {
  dialog ??= build();
  opener = button;
  const url = currentPageLink();
  const markup = qrMarkup(url);
  const isToolLink = url !== window.location.href;
  dialog.querySelector('[data-page-qr-code]')!.innerHTML = markup ?? '';
  dialog.querySelector('[data-page-qr-url]')!.textContent = url;
  dialog.querySelector('[data-page-qr-note]')!.textContent = markup
    ? isToolLink
      ? '二维码里是本页工具的分享链接，扫码后会打开与这台电脑相同的数据。'
      : '用手机相机或微信扫一扫，打开本页。'
    : `这个链接有 ${url.length} 个字符，太长，放不进二维码：请用工具里的“复制分享链接”发到群里。`;
  dialog.showModal();
}
