/**
 * The KANO state once a new table is loaded (the kernel's `loaded`, see state.ts), and the column
 * suggestions shown for it. Its own module because the column scoring (columnRoles.ts,
 * src/lib/import/roles.ts, profile.ts) is fetched only when a table is imported
 * (src/lib/tool/lazyModule.ts), not with the page.
 */
import { profileTable } from '../import/profile';
import type { TablePreview } from '../import/types';
import { kanoAnswerColumns } from './columnDetection';
import { answerColumns, decideKanoColumns } from './columnRoles';
import { isCompleteMapping, NO_IMPORT, run, type KanoState } from './state';

export { groupNote } from './columnRoles';

/**
 * A new table: its mapping proposed with reasons over all rows (columnRoles.ts), analysed straight
 * away only when the decision is clear — every pair named by its headers and holding KANO
 * answers. Otherwise the page asks and the previous results stay until 计算. The answer mapping
 * starts again from the built-in reading: a code order chosen for another file must not change
 * this file's results unasked.
 */
export function loaded(state: KanoState, preview: TablePreview): KanoState {
  const decision = decideKanoColumns(preview.headers, preview.profiles ?? profileTable(preview));
  const { mapping } = decision;
  const next: KanoState = { ...state, importer: { ...NO_IMPORT, fileName: preview.source.fileName ?? null, headers: [...preview.headers], mapping, decision } };
  return decision.pairs.status === 'chosen' && isCompleteMapping(mapping) ? run(next, mapping) : next;
}

/** The columns suggested as answer columns: judged over all rows from the worker's profiles (the preview's rows only when there are none). */
export function suggestedColumns(preview: TablePreview): number[] {
  return preview.profiles ? answerColumns(preview.profiles) : kanoAnswerColumns(preview.rows, preview.headers.length);
}
