/**
 * The SERVQUAL state once a table is loaded (the kernel's `loaded`, see state.ts), and the column
 * detection that the 重新自动识别 and 改用文件的设置 events pass to the reducer (state.ts
 * `TableRules`). Its own module because the detection (columnDetection.ts, columnRoles.ts,
 * src/lib/import/profile.ts) is fetched only when a table is imported (src/lib/tool/lazyModule.ts),
 * not with the page.
 */
import { profileTable } from '../import/profile';
import type { TablePreview } from '../import/types';
import { detectServqualColumns } from './columnDetection';
import { completeItems } from './columnMapping';
import { decideServqualColumns } from './columnRoles';
import type { ServqualFormat } from './answerRoles';
import { usedDimensions } from './questionnaire';
import { NO_IMPORT, run, type ServqualState, type SettingsSuggestion } from './state';

/**
 * Proposes a mapping from the table's headers for the questionnaire as it is. A file never
 * changes the questionnaire by itself (a header with “理想” or “最低” is not enough): when the
 * headers point to another format and the columns really map under it — more complete items
 * than under the current one — or hold every dimension's importance points while the
 * questionnaire does not ask for them, the change is offered as a suggestion for the user to accept.
 */
export function detect(state: ServqualState, preview: TablePreview): ServqualState {
  const { questionnaire } = state;
  const profiles = preview.profiles ?? profileTable(preview);
  const found = detectServqualColumns(preview, questionnaire, profiles);
  const current = completeItems(found.mapping, questionnaire);
  let format: ServqualFormat | null = null;
  let items = 0;
  if (found.format !== null && found.format !== questionnaire.format) {
    const other = { ...questionnaire, format: found.format };
    const complete = completeItems(detectServqualColumns(preview, other, profiles).mapping, other);
    if (complete > current) {
      format = found.format;
      items = complete;
    }
  }
  const askWeights = !questionnaire.askWeights && usedDimensions(questionnaire).every((dimension) => found.mapping.weights[dimension] !== null);
  const suggestion: SettingsSuggestion | null = format !== null || askWeights ? { format, items, askWeights } : null;
  const decision = decideServqualColumns(found, questionnaire, profiles);
  const next: ServqualState = { ...state, importer: { ...state.importer, headers: [...preview.headers], mapping: found.mapping, detection: found, error: null, suggestion, decision, run: null } };
  // Nothing usable under the current settings while a suggestion waits: ask first, no error yet.
  if (suggestion !== null && current === 0) return next;
  // A doubtful mapping (found from the column order, values off the scale, items incomplete) is
  // shown and asked about: the previous results stay until the person confirms or edits it.
  return found.assigned > 0 && decision.status === 'chosen' ? run(next, found.mapping) : next;
}

/** A newly loaded table: the import starts again (file name, headers) and its columns are detected. */
export function loaded(state: ServqualState, preview: TablePreview): ServqualState {
  return detect({ ...state, importer: { ...NO_IMPORT, fileName: preview.source.fileName ?? null } }, preview);
}
