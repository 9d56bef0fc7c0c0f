/**
 * Print helpers every page carries (a few hundred bytes; nothing runs until needed):
 * - `beforeprint` opens every closed <details> of the text (answers, worked examples) and
 *   `afterprint` closes them again; print.css opens them too (`::details-content`), for
 *   browsers that print without the events. The self-check keeps its own print rule.
 * - On a page with the service blueprint or the journey map, a button prints just those
 *   diagrams, each on an A3 landscape sheet (print.css, `data-print-a3`).
 * - When the page is served from another address than the one it was built for, the printed
 *   address and QR code are redrawn for this one once the page is idle.
 */
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
  const redraw = async () => {
    const { qrSvg } = await import('./qrSvg');
    const qr = footer.querySelector('.print-footer__qr');
    const url = footer.querySelector('[data-print-url]');
    if (qr) qr.innerHTML = qrSvg(here);
    if (url) url.textContent = here;
    footer.dataset['url'] = here;
  };
  const idle = () => ('requestIdleCallback' in window ? requestIdleCallback(() => void redraw(), { timeout: 5000 }) : setTimeout(() => void redraw(), 2000));
  if (document.readyState === 'complete') idle();
  else addEventListener('load', idle, { once: true });
}
