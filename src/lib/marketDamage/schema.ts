/**
 * The Market Damage tool's state schema for storage and share links (zod/mini), kept apart from
 * state.ts so the page fetches zod only when it has a saved state or a link to read (useTool's
 * loader), as the survey tools do.
 */
import { z } from 'zod/mini';
import { FIELD_KEYS } from './fields';

export const schema = z.object({
  values: z.record(z.enum(FIELD_KEYS), z.string().check(z.maxLength(40))),
  wordOfMouthBasis: z.enum(['lost', 'unhappy']),
  valueBasis: z.enum(['annual', 'lifetime']),
  preset: z.string().check(z.maxLength(40)),
});

export type State = z.infer<typeof schema>;
