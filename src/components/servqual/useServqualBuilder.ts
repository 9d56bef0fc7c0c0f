/**
 * The SERVQUAL questionnaire builder's props: the checked questionnaire, its 问卷星 text, the
 * template downloads and the edit actions, memoised so the long builder renders only when the
 * questionnaire changes (not on every progress message of an import).
 */
import { useCallback, useMemo } from 'react';
import { templateHeaders, templateNotes } from '../../lib/servqual/columns';
import type { DimensionId } from '../../lib/servqual/dimensions';
import type { PresetId } from '../../lib/servqual/presets';
import { checkQuestionnaire, numberedItems, type ServqualQuestionnaire } from '../../lib/servqual/questionnaire';
import { questionnaireStarText } from '../../lib/servqual/questionnaireStarText';
import type { ServqualEvent } from '../../lib/servqual/state';
import { once } from '../../lib/tool/once';
import { printWithFlag } from '../shared/printWithFlag';
import { useQuestionnaireExports } from '../shared/useQuestionnaireExports';
import type { CsvValue } from '../shared/exportCsv';

const TEMPLATE_LAYOUT = { maxHeaderWidth: 40, notesWidths: [16, 90] };

/** Prints the questionnaire or the results (see servqual print styles); results open their folded tables first. */
export function printWith(mode: 'questionnaire' | 'results') {
  // Tables folded away in <details> belong on paper too; opened ones render on the next frame.
  if (mode === 'results') document.querySelectorAll<HTMLDetailsElement>('.servqual-results details').forEach((details) => (details.open = true));
  printWithFlag('servqualPrint', mode, mode === 'results' ? 200 : 0);
}

export function useServqualBuilder(
  questionnaire: ServqualQuestionnaire,
  send: (event: ServqualEvent) => void,
  exportCsv: (fileName: string, rows: readonly (readonly CsvValue[])[]) => void,
  onError: (text: string) => void,
) {
  const check = useMemo(() => checkQuestionnaire(questionnaire), [questionnaire]);
  const star = useMemo(() => once(() => (check.ok ? questionnaireStarText(check.questionnaire) : null)), [check]);
  const onWorkbookError = useCallback(() => onError('生成 Excel 模板时出错，请改用 CSV 模板。'), [onError]);
  const headers = useMemo(() => (check.ok ? templateHeaders(check.questionnaire) : null), [check]);
  const notes = useMemo(() => (check.ok ? templateNotes(check.questionnaire) : null), [check]);
  const exports = useQuestionnaireExports({ title: questionnaire.title, fallbackTitle: 'SERVQUAL', starText: () => star()?.text ?? null, headers, notes, layout: TEMPLATE_LAYOUT, exportCsv, onWorkbookError });

  return useMemo(() => ({
    questionnaire,
    items: numberedItems(questionnaire),
    check,
    edit: {
      applyPreset: (presetId: PresetId) => send({ type: 'preset', presetId }),
      update: (patch: Extract<ServqualEvent, { type: 'update' }>['patch']) => send({ type: 'update', patch }),
      addItem: (dimension: DimensionId) => send({ type: 'addItem', dimension }),
      removeItem: (id: string) => send({ type: 'removeItem', id }),
      rewordItem: (id: string, text: string) => send({ type: 'rewordItem', id, text }),
      setReversed: (id: string, reversed: boolean) => send({ type: 'setReversed', id, reversed }),
      moveToDimension: (id: string, dimension: DimensionId) => send({ type: 'moveToDimension', id, dimension }),
      move: (id: string, direction: -1 | 1) => send({ type: 'move', id, direction }),
    },
    star,
    ...exports,
    printQuestionnaire: () => printWith('questionnaire'),
  }), [questionnaire, check, star, exports, send]);
}
