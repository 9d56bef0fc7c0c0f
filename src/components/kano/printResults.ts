/**
 * 打印结果: KANO's charts are drawn when scrolled to (LazyMount), so printing first draws them
 * all, gives chart.js a moment, then prints. LazyMount belongs to the results chunk, already
 * loaded whenever there are results to print.
 */
export function printKanoResults(): void {
  void import('./LazyMount').then(({ mountAllLazy }) => {
    mountAllLazy();
    setTimeout(() => window.print(), 800);
  });
}
