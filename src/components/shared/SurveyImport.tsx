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
import { useId, useRef, useState, type DragEvent, type ReactNode } from 'react';
import type { IssueSummary, TablePreview } from '../../lib/import/types';
import { formatIssue, formatIssueTotals } from '../../lib/import/issues';
import { describeEncoding, ENCODING_NAMES, SELECTABLE_ENCODINGS } from '../../lib/import/encodingNames';
import type { DetectedEncoding } from '../../lib/import/types';
import type { SurveyInput, SurveyWorkerState } from './useSurveyWorker';
import './SurveyImport.css';

/** One column picker (a labelled <select> over the loaded table's columns). */
export interface ColumnPicker {
  /** Stable id, e.g. 'score'. */
  id: string;
  /** Visible label, e.g. 推荐意愿得分列（0–10）. */
  label: string;
  /** Selected column index into preview.headers, or null for none. */
  value: number | null;
  onChange: (column: number | null) => void;
  /** Adds a “（不使用）” choice mapped to null. */
  optional?: boolean;
  /** A short help line under the select. */
  hint?: string;
  /** Columns listed first as 推荐 (e.g. from detectScoreColumns). */
  suggested?: number[];
}

export interface SurveyImportProps {
  /** The hook's state and the two actions the panel triggers. */
  survey: { state: SurveyWorkerState<unknown>; load: (input: SurveyInput) => void; cancel: () => void };
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
/** Wider tables are previewed partially; the pickers still list every column. */
const PREVIEW_COLUMN_LIMIT = 40;

const SOURCE_LABEL: Record<string, string> = { paste: '粘贴的表格', csv: 'CSV 文件', tsv: 'TSV 文件', xlsx: 'Excel 工作簿（.xlsx）', xls: 'Excel 97–2003 工作簿（.xls）' };

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
    <section className="survey-import not-content" aria-labelledby={`${baseId}-title`}>
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
        {!busy && state.preview && !state.error && <p>{describePreview(state.preview)}</p>}
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
        <>
          {state.preview.warnings.length > 0 && (
            <ul className="survey-import__warnings">
              {state.preview.warnings.map((warning) => <li key={warning}>{warning}</li>)}
            </ul>
          )}
          {lastFile && state.preview.source.encodingReport && state.preview.source.encodingReport.basis !== 'ascii' && lastFile.name === state.preview.source.fileName && (
            <EncodingChoice preview={state.preview} disabled={busy} onChoose={(encoding) => survey.load({ file: lastFile, encoding })} />
          )}
          <PreviewTable preview={state.preview} highlighted={pickers.map((picker) => picker.value).filter((value): value is number => value !== null)} />
          {pickers.length > 0 && (
            <div className="survey-import__pickers">
              {pickers.map((picker) => <PickerSelect key={picker.id} picker={picker} headers={state.preview!.headers} baseId={baseId} disabled={busy} />)}
            </div>
          )}
        </>
      )}
      {children}
      {issues && <IssueList summary={issues} />}
    </section>
  );
}

function describePreview(preview: TablePreview): string {
  const parts = [`已读取${preview.source.fileName && preview.source.kind !== 'paste' ? `「${preview.source.fileName}」` : SOURCE_LABEL[preview.source.kind]}：${preview.rowCount.toLocaleString('zh-CN')} 行数据，${preview.headers.length.toLocaleString('zh-CN')} 列`];
  if (preview.source.sheetName) parts.push(`工作表「${preview.source.sheetName}」`);
  if (preview.source.encodingReport) parts.push(describeEncoding(preview.source.encodingReport));
  else if (preview.source.encoding) parts.push(`编码 ${ENCODING_NAMES[preview.source.encoding] ?? preview.source.encoding}`);
  if (preview.questionnaireStar) parts.push('已识别为问卷星导出');
  return `${parts.join('；')}。`;
}

/**
 * The encoding used, with how each candidate reads the first non-ASCII line, and a list to read
 * the file again in another encoding. A guess is labelled as a guess (describeEncoding).
 */
function EncodingChoice({ preview, disabled, onChoose }: { preview: TablePreview; disabled: boolean; onChoose: (encoding: DetectedEncoding) => void }) {
  const id = useId();
  const report = preview.source.encodingReport!;
  const chosen = report.candidates.find((candidate) => candidate.encoding === report.encoding);
  const weak = report.basis === 'scored' && report.confidence === 'weak';
  return (
    <div className={`survey-import__encoding${weak ? ' is-weak' : ''}`} data-testid="survey-encoding">
      <label htmlFor={`${id}-encoding`}>文件编码</label>
      <select id={`${id}-encoding`} value={report.encoding} disabled={disabled} aria-describedby={`${id}-encoding-note`} onChange={(event) => onChoose(event.currentTarget.value as DetectedEncoding)}>
        {!SELECTABLE_ENCODINGS.includes(report.encoding) && <option value={report.encoding}>{ENCODING_NAMES[report.encoding]}</option>}
        {SELECTABLE_ENCODINGS.map((encoding) => <option key={encoding} value={encoding}>{ENCODING_NAMES[encoding]}</option>)}
      </select>
      <p id={`${id}-encoding-note`} className="survey-import__hint">
        {describeEncoding(report)}。{chosen ? `按这种编码读出：“${chosen.sample}”` : ''}
        {weak ? ' 如果这行字是乱码，请换一种编码。' : ''}
      </p>
      {report.candidates.length > 1 && (
        <details className="survey-import__encoding-list">
          <summary>各编码读出的样子</summary>
          <ul>
            {report.candidates.map((candidate) => (
              <li key={candidate.encoding}>{ENCODING_NAMES[candidate.encoding]}：{candidate.score === null ? '（字节不符合这种编码）' : `“${candidate.sample}”`}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

/** Column label used in pickers and messages: 第 N 列 · header. */
export function columnLabel(headers: readonly string[], index: number): string {
  const header = headers[index] ?? '';
  return `第 ${index + 1} 列 · ${header.length > 40 ? `${header.slice(0, 40)}…` : header}`;
}

function PreviewTable({ preview, highlighted }: { preview: TablePreview; highlighted: number[] }) {
  const shown = Math.min(preview.headers.length, PREVIEW_COLUMN_LIMIT);
  const columns = preview.headers.slice(0, shown);
  const captionId = useId();
  return (
    <div className="survey-import__preview" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table>
        <caption id={captionId}>
          前 {preview.rows.length} 行预览（共 {preview.rowCount.toLocaleString('zh-CN')} 行）
          {shown < preview.headers.length ? `；仅显示前 ${shown} 列，共 ${preview.headers.length} 列，选择列时可选全部列` : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">行</th>
            {columns.map((header, index) => (
              <th scope="col" key={index} className={highlighted.includes(index) ? 'is-picked' : undefined} title={header}>
                {header.length > 24 ? `${header.slice(0, 24)}…` : header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((row, rowIndex) => (
            <tr key={preview.rowNumbers[rowIndex] ?? rowIndex}>
              <th scope="row">{preview.rowNumbers[rowIndex]}</th>
              {row.slice(0, shown).map((cell, index) => (
                <td key={index} className={highlighted.includes(index) ? 'is-picked' : undefined}>{cell.length > 30 ? `${cell.slice(0, 30)}…` : cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function PickerSelect({ picker, headers, baseId, disabled }: { picker: ColumnPicker; headers: string[]; baseId: string; disabled: boolean }) {
  const id = `${baseId}-picker-${picker.id}`;
  const suggested = (picker.suggested ?? []).filter((index) => index >= 0 && index < headers.length);
  const rest = headers.map((_, index) => index).filter((index) => !suggested.includes(index));
  const option = (index: number) => <option key={index} value={index}>{columnLabel(headers, index)}</option>;
  return (
    <div className="survey-import__picker">
      <label htmlFor={id}>{picker.label}</label>
      <select
        id={id}
        value={picker.value === null ? '' : String(picker.value)}
        disabled={disabled}
        aria-describedby={picker.hint ? `${id}-hint` : undefined}
        onChange={(event) => picker.onChange(event.currentTarget.value === '' ? null : Number(event.currentTarget.value))}
      >
        <option value="">{picker.optional ? '（不使用）' : '（请选择）'}</option>
        {suggested.length > 0 ? (
          <>
            <optgroup label="推荐">{suggested.map(option)}</optgroup>
            <optgroup label="其他列">{rest.map(option)}</optgroup>
          </>
        ) : rest.map(option)}
      </select>
      {picker.hint && <p id={`${id}-hint`} className="survey-import__hint">{picker.hint}</p>}
    </div>
  );
}

/** The rejected-value report: totals (missing vs invalid) and the first issues one per line. */
export function IssueList({ summary, heading = '未计入的值' }: { summary: IssueSummary; heading?: string }) {
  if (summary.total === 0) return null;
  return (
    <details className="survey-import__issues" open={summary.invalidCount > 0}>
      <summary>{heading}：{formatIssueTotals(summary)}</summary>
      <ol>
        {summary.first.map((issue, index) => (
          <li key={index} className={issue.kind === 'invalid' ? 'is-invalid' : 'is-missing'}>{formatIssue(issue)}</li>
        ))}
      </ol>
      {summary.total > summary.first.length && <p>另有 {(summary.total - summary.first.length).toLocaleString('zh-CN')} 个未列出。</p>}
    </details>
  );
}
