/**
 * Prints the page with a flag on the root element (`<html data-…>`) that the tool's print
 * stylesheet reads, e.g. to print only the questionnaire; the flag is removed after printing.
 *
 * @param flag the dataset key, e.g. 'kanoPrint' for `data-kano-print`
 * @param value the flag's value, e.g. 'questionnaire'
 * @param delay milliseconds to wait before printing (for content drawn on the next frame);
 *   left out, the print dialog opens at once
 */
export function printWithFlag(flag: string, value: string, delay?: number): void {
  const root = document.documentElement;
  root.dataset[flag] = value;
  const clear = () => {
    delete root.dataset[flag];
    window.removeEventListener('afterprint', clear);
  };
  window.addEventListener('afterprint', clear);
  const print = () => {
    window.print();
    // Browsers without afterprint (or a print dialog that returned synchronously).
    setTimeout(clear, 1000);
  };
  if (delay === undefined) print();
  else setTimeout(print, delay);
}
