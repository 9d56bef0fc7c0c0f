/**
 * The NPS page's state schema for storage and share links (zod/mini), kept apart from state.ts
 * so the page fetches zod only when it has a saved state or a link to read (useTool's loader).
 */
import { z } from 'zod/mini';
import type { IssueSummary } from '../import/types';
import type { ImportDecision } from './state';
import { isScoreCounts } from './classification';
import { isRecord } from '../tool/isRecord';

const counts = z.custom<number[]>(isScoreCounts);
const issues = z.nullable(z.custom<IssueSummary>(isRecord));
const nullableText = z.nullable(z.string());
const segment = z.object({ label: z.string(), counts });

export const schema = z.object({
  mode: z.enum(['raw', 'counts', 'table']),
  rawText: z.string(),
  countBoxes: z.array(z.string()).check(z.length(11)),
  table: z.nullable(z.object({ origin: z.string(), counts, segments: z.nullable(z.array(segment)), scoreHeader: nullableText, segmentHeader: nullableText, segmentError: nullableText, issues, notes: z.optional(z.array(z.string())) })),
  planner: z.object({ promoterPercent: z.string(), detractorPercent: z.string(), margin: z.string() }),
  comparison: z.object({ first: z.string(), second: z.string() }),
  importer: z.object({
    fileName: nullableText,
    scoreColumn: z.nullable(z.number()),
    segmentColumn: z.nullable(z.number()),
    error: nullableText,
    issues,
    decision: z.optional(z.nullable(z.custom<ImportDecision>(isRecord))),
    optionNumbers: z.optional(z.nullable(z.boolean())),
  }),
});
