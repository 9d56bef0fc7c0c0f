/**
 * The SERVQUAL page's state schema for storage and share links (zod/mini), kept apart from
 * state.ts so the page fetches zod only when it has a saved state or a link to read (useTool's loader).
 */
import { z } from 'zod/mini';
import { isServqualQuestionnaire, type ServqualQuestionnaire } from './questionnaire';
import { isRecord } from '../tool/isRecord';
import { isStoredResults, isViewSettings, type ServqualImport, type StoredResults, type ViewSettings } from './state';

export const schema = z.object({
  questionnaire: z.custom<ServqualQuestionnaire>(isServqualQuestionnaire),
  results: z.nullable(z.custom<StoredResults>(isStoredResults)),
  view: z.custom<ViewSettings>(isViewSettings),
  importer: z.custom<ServqualImport>((value) => isRecord(value) && Array.isArray(value.headers)),
});
