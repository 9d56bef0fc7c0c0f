/**
 * The features of the KANO questionnaire builder (stored by the KANO tool under
 * `jzfw:tool:kano` as `{ v, s: { questionnaire: { features } } }`), for a KANO poll. Only the
 * feature names are read; anything unreadable gives an empty list and the poll's defaults.
 */
import { z } from 'zod/mini';
import { LIMITS } from './templates';

export const KANO_STORAGE_KEY = 'jzfw:tool:kano';

const stored = z.object({ s: z.object({ questionnaire: z.object({ features: z.array(z.string()) }) }) });

/**
 * Up to 8 distinct, non-empty feature names (each cut to 16 characters) from the stored KANO state.
 * @example kanoFeaturesFromStorage('{"v":1,"s":{"questionnaire":{"features":["接机服务"," "]}}}') // ['接机服务']
 */
export function kanoFeaturesFromStorage(raw: string | null): string[] {
  if (raw === null) return [];
  try {
    const parsed = stored.safeParse(JSON.parse(raw));
    if (!parsed.success) return [];
    const names = parsed.data.s.questionnaire.features.map((feature) => feature.trim().slice(0, LIMITS.featureLength)).filter((feature) => feature !== '');
    return [...new Set(names)].slice(0, LIMITS.features);
  } catch {
    return [];
  }
}
