/**
 * Projector mode's stored preference. The inline head script (src/components/classroom/
 * ProjectorHead.astro) repeats this rule in plain JavaScript, so the page is drawn in the right
 * mode before any bundle loads; both accept only the exact value `on`, so a value edited by
 * hand or written by an older version never switches the mode on by accident.
 */
export const PROJECTOR_STORAGE_KEY = 'jzfw:projector';
export const PROJECTOR_ON = 'on';

/** Whether a stored value (or null when nothing is stored) means "projector mode on". */
export function isProjectorOn(stored: string | null | undefined): boolean {
  return stored === PROJECTOR_ON;
}
