/**
 * The sample covariance matrix of k variables, updated one observation (a vector of k values)
 * at a time — what Cronbach's α needs for each scale, without keeping the answers.
 */

/**
 * Multivariate Welford update of the means and the matrix of cross-products of deviations.
 *
 * References:
 * - Welford, B. P. (1962). Note on a method for calculating corrected sums of squares and
 *   products. Technometrics, 4(3), 419–420.
 * - Open explainer: https://en.wikipedia.org/wiki/Algorithms_for_calculating_variance#Covariance
 *
 * @example
 * const covariance = new RunningCovariance(2);
 * covariance.push([1, 2]); covariance.push([2, 4]); covariance.push([3, 6]);
 * covariance.matrix(); // [[1, 2], [2, 4]]
 */
export class RunningCovariance {
  readonly size: number;
  n = 0;
  private readonly means: Float64Array;
  private readonly coMoments: Float64Array;
  private readonly deviations: Float64Array;

  /** @param size number of variables k ≥ 1 */
  constructor(size: number) {
    if (!Number.isInteger(size) || size < 1) throw new RangeError(`RunningCovariance: size ${size} must be a positive integer`);
    this.size = size;
    this.means = new Float64Array(size);
    this.coMoments = new Float64Array(size * size);
    this.deviations = new Float64Array(size);
  }

  /** Adds one observation of all k variables. @throws {RangeError} on a wrong length or a non-finite value. */
  push(values: ArrayLike<number>): void {
    if (values.length !== this.size) throw new RangeError(`RunningCovariance.push: expected ${this.size} values, got ${values.length}`);
    this.n += 1;
    for (let index = 0; index < this.size; index += 1) {
      const value = values[index]!;
      if (!Number.isFinite(value)) throw new RangeError(`RunningCovariance.push: ${value} is not finite`);
      this.deviations[index] = value - this.means[index]!;
      this.means[index] = this.means[index]! + this.deviations[index]! / this.n;
    }
    for (let row = 0; row < this.size; row += 1) {
      // Deviation from the old mean times deviation from the new mean: Welford's co-moment update.
      const after = values[row]! - this.means[row]!;
      for (let column = 0; column < this.size; column += 1) {
        this.coMoments[row * this.size + column] = this.coMoments[row * this.size + column]! + after * this.deviations[column]!;
      }
    }
  }

  /** The means of the k variables. */
  meanVector(): number[] {
    return Array.from(this.means);
  }

  /** Sample covariance matrix (divisor n − 1), symmetric; all zeros when n < 2. */
  matrix(): number[][] {
    const divisor = this.n - 1;
    const result: number[][] = [];
    for (let row = 0; row < this.size; row += 1) {
      const line: number[] = [];
      for (let column = 0; column < this.size; column += 1) {
        if (divisor < 1) {
          line.push(0);
          continue;
        }
        // Average the two triangles so rounding cannot make the matrix asymmetric.
        const upper = this.coMoments[row * this.size + column]!;
        const lower = this.coMoments[column * this.size + row]!;
        line.push((upper + lower) / 2 / divisor);
      }
      result.push(line);
    }
    return result;
  }
}

/**
 * Sample covariance matrix of a data matrix (rows = observations, columns = variables).
 * @param rows observations, each with the same number of finite values
 * @returns the k × k covariance matrix (divisor n − 1)
 * @throws {RangeError} when rows have different lengths or no variables
 * @example covarianceMatrix([[1, 2], [2, 4], [3, 6]]) // [[1, 2], [2, 4]]
 */
export function covarianceMatrix(rows: readonly (readonly number[])[]): number[][] {
  const size = rows[0]?.length ?? 0;
  const running = new RunningCovariance(size);
  for (const row of rows) running.push(row);
  return running.matrix();
}
