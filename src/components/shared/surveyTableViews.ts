/**
 * The views of a loaded table (SurveyTable.tsx): its description, the encoding choice, the preview
 * and the column pickers. A page where nothing is imported does not ship them (JS budget); they
 * are fetched when a file starts loading, and a new table is published only once they are here
 * (useSurveyWorker.ts). A view that is not here when it is first shown suspends until its chunk
 * arrives (on React, the islands' runtime before Preact, about 300 ms more): a small file read
 * before the chunk came up that much later, and without the placeholder that keeps the
 * preview's place (servqual.spec.ts).
 */
import { lazyView } from './LazyView';

export const PreviewDescription = lazyView(() => import('./SurveyTable').then((module) => module.PreviewDescription));
export const LoadedTable = lazyView(() => import('./SurveyTable').then((module) => module.LoadedTable));
/** How a tool chose the columns, with reasons (KANO, SERVQUAL): listed in their specs' `views`. */
export const MappingChoice = lazyView(() => import('./MappingChoice').then((module) => module.MappingChoice));

/** Starts (or joins) the download of the table views; resolves when they are here. */
export function prefetchTableViews(): Promise<unknown> {
  return Promise.all([PreviewDescription.prefetch(), LoadedTable.prefetch()]);
}
