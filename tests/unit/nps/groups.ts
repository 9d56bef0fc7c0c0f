/** NPS category counts for the interval tests, and issue 6's worked example (n = 1000). */
import type { CategoryCounts } from '../../../src/lib/nps';

export const group = (promoters: number, passives: number, detractors: number): CategoryCounts => ({
  promoters,
  passives,
  detractors,
  total: promoters + passives + detractors,
});

/** Issue 6: 250 promoters, 675 passives, 75 detractors. */
export const issueExample = group(250, 675, 75);
