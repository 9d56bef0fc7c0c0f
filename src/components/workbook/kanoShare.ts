/**
 * The KANO tool's share hash for a questionnaire of worksheet 1's needs. Loaded only when a team
 * clicks the link (a dynamic import), so the KANO code stays out of every worksheet page.
 */
import { DEFAULT_QUESTIONNAIRE } from '../../lib/kano/questionnaire';
import { toKanoSharePayload } from '../../lib/kano/sharePayload';
import { encodeShareState } from '../../lib/share';

export function kanoShareHash(features: string[]): string {
  return encodeShareState(toKanoSharePayload({ questionnaire: { ...DEFAULT_QUESTIONNAIRE, title: '重点客群需求调查', features }, results: null }), 'kano');
}
