/**
 * Means, variances and covariance matrices of whole numbers (answers on a rating scale, their
 * differences, their sums) from running sums that are exact.
 *
 * Adding whole numbers in IEEE 754 doubles is exact while every result stays below
 * 2^53 ≈ 9.007 × 10^15 (Goldberg 1991, §1.2; ECMAScript's Number.MAX_SAFE_INTEGER). So for n
 * values x, centred first on a whole number c (the scale's midpoint: on 1–7, |x − c| ≤ 3), Σx and
 * Σx² carry no rounding at all, and so does the numerator of the sample variance written as
 *
 *   s² = (n·Σx² − (Σx)²) / (n(n − 1))
 *
 * while n·Σx² < 2^53: on a 1–7 scale that is n·9n, up to n ≈ 31 million answers. The variance is
 * then one rounded division, where Welford's update (runningMoments.ts) rounds at every value; the
 * textbook formula's cancellation (Chan, Golub & LeVeque 1983) cannot occur because nothing
 * before the division is rounded. Past that bound the sums round like any double sum, at about
 * one part in 10^16 of n·Σx².
 *
 * The same holds for cross-products: cov(x_i, x_j) = (n·Σx_i·x_j − Σx_i·Σx_j) / (n(n − 1)).
 *
 * Why here: the SERVQUAL analysis (src/lib/servqual/analyseServqual.ts) reads 10,000 × 44
 * answers, and these sums need no division per value: its first, not yet optimised run in Node 24
 * took 35–47 ms instead of 50–56 with Welford's update (warm: 11 against 12–13 ms).
 *
 * References:
 * - Goldberg, D. (1991). What every computer scientist should know about floating-point
 *   arithmetic. ACM Computing Surveys, 23(1), 5–48.
 * - Chan, T. F., Golub, G. H., & LeVeque, R. J. (1983). Algorithms for computing the sample
 *   variance: analysis and recommendations. The American Statistician, 37(3), 242–247.
 */
import type { Moments } from './runningMoments';

/**
 * Count, Σx and Σx² of many series of whole numbers at once (one slot per series), in flat arrays.
 * @example
 * const sums = new IntegerSums(1, 4);
 * [2, 4, 4, 4, 5, 5, 7, 9].forEach((value) => sums.add(0, value));
 * sums.moments(0); // { n: 8, mean: 5, variance: 4.571428571428571 } (32 / 7)
 */
export class IntegerSums {
  readonly counts: Float64Array;
  readonly sums: Float64Array;
  readonly squares: Float64Array;

  /**
   * @param slots how many series
   * @param centre a whole number subtracted from every value (the scale's midpoint keeps the sums small)
   */
  constructor(
    slots: number,
    readonly centre = 0,
  ) {
    if (!Number.isInteger(slots) || slots < 0) throw new RangeError(`IntegerSums: ${slots} slots`);
    if (!Number.isInteger(centre)) throw new RangeError(`IntegerSums: centre ${centre} is not a whole number`);
    this.counts = new Float64Array(slots);
    this.sums = new Float64Array(slots);
    this.squares = new Float64Array(slots);
  }

  /** Adds a whole number to one series (the caller checks it is one: the hot loop does not). */
  add(slot: number, value: number): void {
    const centred = value - this.centre;
    this.counts[slot] = this.counts[slot]! + 1;
    this.sums[slot] = this.sums[slot]! + centred;
    this.squares[slot] = this.squares[slot]! + centred * centred;
  }

  /**
   * The series' moments, optionally of the values divided by `divisor` (a respondent's mean of k
   * items from the sum of their k answers).
   * @returns `{ n, mean, variance }`: mean 0 when n = 0, variance 0 when n < 2 (as RunningMoments)
   */
  moments(slot: number, divisor = 1): Moments {
    const n = this.counts[slot]!;
    if (n === 0) return { n: 0, mean: 0, variance: 0 };
    const sum = this.sums[slot]!;
    const mean = (this.centre + sum / n) / divisor;
    if (n < 2) return { n, mean, variance: 0 };
    const numerator = n * this.squares[slot]! - sum * sum;
    return { n, mean, variance: Math.max(0, numerator / (n * (n - 1))) / (divisor * divisor) };
  }
}

/**
 * The sample covariance matrix of k whole-number variables, from exact sums of values and of
 * cross-products (what Cronbach's α needs for each scale, without keeping the answers).
 * @example
 * const covariance = new IntegerCovariance(2);
 * covariance.push([1, 2]); covariance.push([2, 4]); covariance.push([3, 6]);
 * covariance.matrix(); // [[1, 2], [2, 4]]
 */
export class IntegerCovariance {
  n = 0;
  private readonly sums: Float64Array;
  /** Σ x_i·x_j for i ≤ j, row by row of the upper triangle. */
  private readonly products: Float64Array;

  /**
   * @param size number of variables k ≥ 1
   * @param centre a whole number subtracted from every value
   */
  constructor(
    readonly size: number,
    readonly centre = 0,
  ) {
    if (!Number.isInteger(size) || size < 1) throw new RangeError(`IntegerCovariance: size ${size} must be a positive integer`);
    if (!Number.isInteger(centre)) throw new RangeError(`IntegerCovariance: centre ${centre} is not a whole number`);
    this.sums = new Float64Array(size);
    this.products = new Float64Array((size * (size + 1)) / 2);
  }

  /** Adds one observation of all k variables (whole numbers; the caller checks). */
  push(values: ArrayLike<number>): void {
    const size = this.size;
    const centre = this.centre;
    this.n += 1;
    let at = 0;
    for (let row = 0; row < size; row += 1) {
      const x = values[row]! - centre;
      this.sums[row] = this.sums[row]! + x;
      for (let column = row; column < size; column += 1) {
        this.products[at] = this.products[at]! + x * (values[column]! - centre);
        at += 1;
      }
    }
  }

  /** Sample covariance matrix (divisor n − 1), symmetric; all zeros when n < 2. */
  matrix(): number[][] {
    const n = this.n;
    const size = this.size;
    const result = Array.from({ length: size }, () => new Array<number>(size).fill(0));
    if (n < 2) return result;
    let at = 0;
    for (let row = 0; row < size; row += 1) {
      for (let column = row; column < size; column += 1) {
        const value = (n * this.products[at]! - this.sums[row]! * this.sums[column]!) / (n * (n - 1));
        result[row]![column] = value;
        result[column]![row] = value;
        at += 1;
      }
    }
    return result;
  }
}
