/**
 * The questionnaire downloads a survey tool's builder offers (KANO, SERVQUAL): 问卷星 batch text
 * (copy or .txt), and the answer template as CSV or Excel (SheetJS, loaded on demand). File names
 * start with the questionnaire's title; `null` inputs mean the questionnaire is not ready.
 */
import { useCallback, useMemo, useState } from 'react';
import type { CsvValue } from './exportCsv';
import { saveBlob } from './exportCsv';
import { saveTemplateWorkbook, type TemplateWorkbookLayout } from './templateWorkbook';

export interface QuestionnaireExportsSpec {
  /** The questionnaire's title ('' falls back to `fallbackTitle`). */
  title: string;
  fallbackTitle: string;
  /** 问卷星 text, or null; a function, so that it is computed only when copied or saved. */
  starText: () => string | null;
  /** Template headers and notes, or null. */
  headers: readonly string[] | null;
  notes: readonly (readonly string[])[] | null;
  layout?: TemplateWorkbookLayout;
  exportCsv: (fileName: string, rows: readonly (readonly CsvValue[])[]) => void;
  /** Called when the Excel file could not be made (the CSV template still works). */
  onWorkbookError?: () => void;
}

/** A title as a file name: characters no file system allows are dropped. */
export const fileStem = (title: string, fallback: string) => (title.trim() || fallback).replace(/[\\/:*?"<>|]/g, '');

export function useQuestionnaireExports({ title, fallbackTitle, starText, headers, notes, layout, exportCsv, onWorkbookError }: QuestionnaireExportsSpec) {
  const [copied, setCopied] = useState(false);
  const [templateBusy, setTemplateBusy] = useState(false);
  const stem = fileStem(title, fallbackTitle);

  const copyStarText = useCallback(async () => {
    const text = starText();
    if (!text) return;
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
      setTimeout(() => setCopied(false), 4000);
    } catch {
      setCopied(false);
    }
  }, [starText]);

  const downloadTemplateXlsx = useCallback(async () => {
    if (!headers || !notes) return;
    setTemplateBusy(true);
    try {
      await saveTemplateWorkbook(`${stem}-答卷模板.xlsx`, headers, notes, layout);
    } catch (error) {
      if (!onWorkbookError) throw error;
      onWorkbookError();
    } finally {
      setTemplateBusy(false);
    }
  }, [stem, headers, notes, layout, onWorkbookError]);

  // One object per change, so that a memoised builder does not re-render on every import progress message.
  return useMemo(
    () => ({
      copied,
      copyStarText,
      downloadStarText: () => {
        const text = starText();
        if (text) saveBlob(new Blob([text], { type: 'text/plain;charset=utf-8' }), `${stem}-问卷星批量导入.txt`);
      },
      downloadTemplateCsv: () => headers && exportCsv(`${stem}-答卷模板.csv`, [headers]),
      downloadTemplateXlsx,
      templateBusy,
    }),
    [copied, copyStarText, starText, stem, headers, exportCsv, downloadTemplateXlsx, templateBusy],
  );
}
