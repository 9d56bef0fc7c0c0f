/**
 * Count, mean and sample variance of a stream of numbers, updated one value at a time without
 * keeping the values (so 10,000 respondents × 44 answers need no arrays).
 */

/** Summary of a sample: size, mean and sample variance (divisor n − 1; 0 when n < 2). Plain data. */
export interface Moments {
  n: number;
  mean: number;
  variance: number;
}

/**
 * Welford's online algorithm for the mean and the sum of squared deviations, numerically
 * stable where the textbook Σx² − (Σx)²/n loses digits.
 *
 * References:
 * - Welford, B. P. (1962). Note on a method for calculating corrected sums of squares and
 *   products. Technometrics, 4(3), 419–420.
 * - Open explainer: https://en.wikipedia.org/wiki/Algorithms_for_calculating_variance#Welford's_online_algorithm
 *
 * @example
 * const moments = new RunningMoments();
 * [2, 4, 4, 4, 5, 5, 7, 9].forEach((value) => moments.push(value));
 * moments.summary(); // { n: 8, mean: 5, variance: 4.571428571428571 }
 */
export class RunningMoments {
  n = 0;
  mean = 0;
  /** Sum of squared deviations from the running mean. */
  private sumOfSquares = 0;

  /** Adds one value. @throws {RangeError} on a non-finite value (a programmer error). */
  push(value: number): void {
    if (!Number.isFinite(value)) throw new RangeError(`RunningMoments.push: ${value} is not finite`);
    this.n += 1;
    const deviation = value - this.mean;
    this.mean += deviation / this.n;
    this.sumOfSquares += deviation * (value - this.mean);
  }

  /** Sample variance with Bessel's correction (n − 1); 0 when n < 2. */
  get variance(): number {
    return this.n < 2 ? 0 : Math.max(0, this.sumOfSquares / (this.n - 1));
  }

  summary(): Moments {
    return { n: this.n, mean: this.n === 0 ? 0 : this.mean, variance: this.variance };
  }
}

/**
 * Moments of an array of numbers.
 * @param values finite numbers
 * @returns `{ n, mean, variance }` (mean 0 and variance 0 for an empty array)
 * @example moments([1, 2, 3, 4]) // { n: 4, mean: 2.5, variance: 1.6666666666666667 }
 */
export function moments(values: readonly number[]): Moments {
  const running = new RunningMoments();
  for (const value of values) running.push(value);
  return running.summary();
}
