/**
 * The shared import panel: file picker + drop zone + paste box, progress bar with cancel,
 * preview of the first rows, the tool's column pickers, and the list of rejected values.
 * It renders only; state lives in useSurveyWorker (passed in as `survey`).
 *
 *   const survey = useSurveyWorker<NpsRequest, NpsResult>(createNpsWorker);
 *   <SurveyImport
 *     survey={survey}
 *     pickers={[
 *       { id: 'score', label: '推荐意愿得分列（0–10）', value: scoreColumn, onChange: setScoreColumn },
 *       { id: 'segment', label: '分组列（可选）', value: segmentColumn, onChange: setSegmentColumn, optional: true },
 *     ]}
 *     issues={survey.state.result?.issues ?? null}
 *   >
 *     <button type="button" onClick={run}>计算 NPS</button>
 *   </SurveyImport>
 */
import { Suspense, useId, useRef, useState, type DragEvent, type ReactNode } from 'react';
import type { IssueSummary } from '../../lib/import/types';
import { IssueList } from './IssueList';
import type { ColumnPicker } from './SurveyTable';
import { LoadedTable, PreviewDescription } from './surveyTableViews';
import type { SurveyInput, SurveyWorkerState } from './useSurveyWorker';
import './SurveyImport.css';

export type { ColumnPicker };

export interface SurveyImportProps {
  /** The hook's state and the two actions the panel triggers. */
  survey: {
    state: SurveyWorkerState<unknown>;
    load: (input: SurveyInput) => void;
    cancel: () => void;
    /** Called when the reader reaches for the panel (pointer, focus, a dragged file), before choosing. */
    anticipate?: () => void;
    /** A new table's first analysis is running: its preview is drawn after the result (useTool sets it). */
    holdPreview?: boolean;
  };
  /** The tool's column pickers, shown once a table is loaded. */
  pickers?: ColumnPicker[];
  /** Rejected/missing values from the tool's last analysis. */
  issues?: IssueSummary | null;
  /** Heading text (default 导入问卷数据). */
  title?: string;
  /** Heading level for the title (default 2). */
  headingLevel?: 2 | 3 | 4;
  /** Show the “paste a table from Excel/WPS” box (default true). */
  allowPaste?: boolean;
  /** Rendered under the pickers (e.g. the tool's 计算 button). */
  children?: ReactNode;
}

const ACCEPT = '.csv,.tsv,.txt,.xlsx,.xls,text/csv,text/tab-separated-values,application/vnd.ms-excel,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function SurveyImport({ survey, pickers = [], issues = null, title = '导入问卷数据', headingLevel = 2, allowPaste = true, children }: SurveyImportProps) {
  const { state } = survey;
  const baseId = useId();
  const fileInputRef = useRef<HTMLInputElement>(null);
  const [pasted, setPasted] = useState('');
  const [dragging, setDragging] = useState(false);
  /** The last file chosen, so it can be read again in another encoding. */
  const [lastFile, setLastFile] = useState<File | null>(null);
  const busy = state.status === 'loading' || state.status === 'analysing';
  const Heading = `h${headingLevel}` as 'h2';

  const chooseFile = (file: File | undefined) => {
    if (!file) return;
    setLastFile(file);
    survey.load({ file });
    // Let the same file be chosen again after an error.
    if (fileInputRef.current) fileInputRef.current.value = '';
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    chooseFile(event.dataTransfer.files[0]);
  };

  return (
    // Pressing 选择文件, tabbing to it, dragging a file over or opening the paste box comes a moment
    // (the browser's file dialog) before the table: the worker and the views start then.
    <section className="survey-import not-content" aria-labelledby={`${baseId}-title`} onPointerDown={survey.anticipate} onFocus={survey.anticipate} onDragEnter={survey.anticipate}>
      <Heading id={`${baseId}-title`} className="survey-import__title">{title}</Heading>
      <div
        className={`survey-import__drop${dragging ? ' is-dragging' : ''}`}
        onDragOver={(event) => { event.preventDefault(); setDragging(true); }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <label className="survey-import__file-label" htmlFor={`${baseId}-file`}>
          选择文件或拖到这里
          <span className="survey-import__file-hint">CSV、TSV、Excel（.xlsx / .xls）、问卷星导出；UTF-8、GBK、Big5 等编码会自动识别，也可以手动换</span>
        </label>
        <input ref={fileInputRef} id={`${baseId}-file`} className="survey-import__file" type="file" accept={ACCEPT} disabled={busy} onChange={(event) => chooseFile(event.currentTarget.files?.[0])} />
      </div>

      {allowPaste && (
        <details className="survey-import__paste">
          <summary>从 Excel / WPS 粘贴表格</summary>
          <label htmlFor={`${baseId}-paste`}>在表格软件中选中含表头的区域，复制后粘贴到这里：</label>
          <textarea id={`${baseId}-paste`} rows={6} value={pasted} spellCheck={false} onChange={(event) => setPasted(event.currentTarget.value)} />
          <button type="button" disabled={busy || pasted.trim() === ''} onClick={() => survey.load({ text: pasted, fileName: '粘贴的表格' })}>读取粘贴的表格</button>
        </details>
      )}

      <div className="survey-import__status" role="status" aria-live="polite">
        {/* The phase is announced; the percentage is only shown (announcing it every 50 ms would flood a screen reader). */}
        {busy && state.progress && <p>正在{state.progress.phase}{state.fileName ? `「${state.fileName}」` : ''}…</p>}
        {!busy && state.notice && <p className="survey-import__notice">{state.notice}</p>}
        {!busy && state.preview && !state.error && <Suspense fallback={null}><PreviewDescription preview={state.preview} /></Suspense>}
      </div>
      {busy && state.progress && (
        <div className="survey-import__progress">
          <progress max={1} value={state.progress.fraction} aria-label={`${state.progress.phase}进度`} />
          <span className="survey-import__percent" aria-hidden="true">{Math.round(state.progress.fraction * 100)}%</span>
          <button type="button" className="survey-import__cancel" onClick={survey.cancel}>取消</button>
        </div>
      )}
      <div className="survey-import__error" role="alert">
        {state.error && <p>{state.error}{state.preview ? ' 之前导入的数据和结果仍保留。' : ''}</p>}
      </div>

      {state.preview && (
        <Suspense fallback={null}>
          <LoadedTable preview={state.preview} pickers={pickers} baseId={baseId} busy={busy} lastFile={lastFile} onChooseEncoding={(file, encoding) => survey.load({ file, encoding })} held={survey.holdPreview ?? false} />
        </Suspense>
      )}
      {children}
      {issues && <IssueList summary={issues} />}
    </section>
  );
}
