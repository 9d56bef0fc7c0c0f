/**
 * The NPS state once a new table is loaded (the kernel's `loaded`, see state.ts). Its own module
 * because the column scoring it runs (src/lib/import/roles.ts, profile.ts) is fetched only when
 * a table is imported (src/lib/tool/lazyModule.ts), not with the page.
 */
import { profileTable, tableLayout } from '../import/profile';
import { decideGroupColumn, decideNpsColumn, optionNumberVerdict } from '../import/roles';
import type { TablePreview } from '../import/types';
import { optionNumbersDefault, type ImportDecision, type NpsState } from './state';

/**
 * A new table: every column scored over all rows (the worker's profiles). A column is filled in,
 * and the tally runs, only when one candidate is clearly best; otherwise the page asks and the
 * previous result stays. Nothing else in the state changes.
 */
export function loaded(state: NpsState, preview: TablePreview): NpsState {
  const profiles = preview.profiles ?? profileTable(preview);
  const layout = tableLayout(profiles);
  const score = decideNpsColumn(profiles);
  const scoreColumn = score.status === 'chosen' ? score.column : null;
  const group = decideGroupColumn(profiles, scoreColumn);
  const optionVerdicts = score.candidates
    .map((candidate) => ({ column: candidate.column, verdict: optionNumberVerdict(profiles[candidate.column]!, layout) }))
    .filter((entry) => entry.verdict.kind !== 'none');
  const decision: ImportDecision = { score, group, optionVerdicts };
  return {
    ...state,
    importer: {
      fileName: preview.source.fileName ?? null,
      scoreColumn,
      segmentColumn: group.status === 'chosen' ? group.column : null,
      error: score.status === 'none' ? '没有找到像 0–10 分推荐题的列：请在下方选择推荐意愿得分列。' : null,
      issues: null,
      decision,
      optionNumbers: optionNumbersDefault(decision, scoreColumn),
    },
  };
}
