/**
 * Print helpers every page carries (a few hundred bytes; nothing runs until needed):
 * - `beforeprint` opens every closed <details> of the text (answers, worked examples) and
 *   `afterprint` closes them again; print.css opens them too (`::details-content`), for
 *   browsers that print without the events. The self-check keeps its own print rule.
 * - On a page with the service blueprint or the journey map, a button prints just those
 *   diagrams, each on an A3 landscape sheet (print.css, `data-print-a3`).
 * - When the page is served from another address than the one it was built for, the printed
 *   address and QR code are redrawn for this one when printing starts.
 */
/** How long after the load the QR encoder is fetched when the reader has not touched the page. */
const ENCODER_DELAY_MS = 8000;

export function startPrintHelpers(): void {
  let opened: HTMLDetailsElement[] = [];
  addEventListener('beforeprint', () => {
    opened = [...document.querySelectorAll<HTMLDetailsElement>('.sl-markdown-content details:not([open])')].filter(
      (details) => !details.closest('.self-check'),
    );
    for (const details of opened) details.open = true;
  });
  addEventListener('afterprint', () => {
    for (const details of opened) details.open = false;
    opened = [];
  });

  const a3 = document.querySelector<HTMLElement>('[data-print-a3-choice]');
  if (a3 && document.querySelector('.service-blueprint, .journey-map')) {
    a3.hidden = false;
    a3.querySelector('button')?.addEventListener('click', () => {
      const root = document.documentElement;
      root.dataset['printA3'] = '';
      addEventListener('afterprint', () => delete root.dataset['printA3'], { once: true });
      print();
    });
  }

  const footer = document.querySelector<HTMLElement>('[data-print-footer]');
  const here = location.origin + location.pathname;
  if (!footer || footer.dataset['url'] === here) return;
  // The printed address and QR code only matter on paper: redraw them when printing starts,
  // not during page load (encoding and drawing the code is a long task on a slow phone). The
  // encoder must be there before `beforeprint`, which cannot wait for it: it is fetched at the
  // reader's first key press or touch (Ctrl+P starts with one), or once the page has been idle
  // for a while, never in the busy seconds of the load (evaluating it took 20–70 ms there on a
  // throttled CPU). If printing still comes first, the paper keeps the code of the published
  // address, which is this page too.
  let encode: ((text: string) => string) | null = null;
  let asked = false;
  const fetchEncoder = () => {
    if (asked) return;
    asked = true;
    void import('./qrSvg').then(({ qrSvg }) => {
      encode = qrSvg;
      footer.dataset['encoder'] = 'ready';
    });
  };
  for (const type of ['keydown', 'pointerdown']) addEventListener(type, fetchEncoder, { once: true, passive: true });
  const later = () => setTimeout(() => ('requestIdleCallback' in window ? requestIdleCallback(fetchEncoder) : fetchEncoder()), ENCODER_DELAY_MS);
  if (document.readyState === 'complete') later();
  else addEventListener('load', later, { once: true });
  addEventListener('beforeprint', () => {
    if (footer.dataset['url'] === here) return;
    const url = footer.querySelector('[data-print-url]');
    if (url) url.textContent = here;
    const qr = footer.querySelector('.print-footer__qr');
    if (!encode || !qr) return;
    qr.innerHTML = encode(here);
    footer.dataset['url'] = here;
  });
}
