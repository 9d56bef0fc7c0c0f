/**
 * The KANO page's state schema for storage and share links (zod/mini), kept apart from state.ts
 * so the page fetches zod only when it has a saved state or a link to read (useTool's loader).
 */
import { z } from 'zod/mini';
import type { IssueSummary } from '../import/types';
import type { KanoTallies } from './analyseKano';
import type { KanoAnswer } from './answers';
import type { AnswerValueSummary } from './answerValues';
import type { KanoRoleDecision } from './columnRoles';
import { isKanoQuestionnaire, type KanoQuestionnaire } from './questionnaire';
import { isRecord } from '../tool/isRecord';
import { isTallies } from './state';

const nullableText = z.nullable(z.string());
const column = z.nullable(z.number());
const mapping = z.object({ features: z.array(z.object({ name: z.string(), functional: column, dysfunctional: column, importance: column })), segment: column });
const isAnswer = (value: unknown): value is KanoAnswer => value === 1 || value === 2 || value === 3 || value === 4 || value === 5;
const answerMapping = z.object({ order: z.enum(['like-first', 'dislike-first']), values: z.record(z.string(), z.custom<KanoAnswer>(isAnswer)) });

export const schema = z.object({
  questionnaire: z.custom<KanoQuestionnaire>(isKanoQuestionnaire),
  results: z.nullable(z.object({ origin: z.string(), tallies: z.custom<KanoTallies>(isTallies), issues: z.nullable(z.custom<IssueSummary>(isRecord)), skippedPairs: z.number(), warnings: z.array(z.string()) })),
  view: z.object({ lines: z.enum(['mean', 'half']), segment: z.string(), compareFirst: z.string(), compareSecond: z.string() }),
  importer: z.object({
    fileName: nullableText,
    headers: z.array(z.string()),
    mapping: z.nullable(mapping),
    run: z.nullable(mapping),
    error: nullableText,
    answers: answerMapping,
    runAnswers: answerMapping,
    answerValues: z.nullable(z.custom<AnswerValueSummary>((value) => isRecord(value) && Array.isArray(value.values))),
    succeeded: z.boolean(),
    decision: z.optional(z.nullable(z.custom<KanoRoleDecision>(isRecord))),
  }),
});
