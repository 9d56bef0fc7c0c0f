/**
 * A function that computes `make()` on its first call and returns that same value afterwards: for
 * derived text that only a closed panel or a button needs (the 问卷星 batch text), so that the page's
 * first render does not compute it.
 */
export function once<T>(make: () => T): () => T {
  let made = false;
  let value: T;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value;
  };
}
