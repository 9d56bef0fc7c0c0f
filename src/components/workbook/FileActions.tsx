/**
 * Export the open team's workbook as one .json file, import workbook files (several at once),
 * and print. A file that cannot be read gives its own sentence; nothing is thrown.
 */
import { useId, useState } from 'react';
import { printWithFlag } from '../shared/printWithFlag';
import type { WorkbookTool } from './useWorkbook';

export function FileActions({ tool, printLabel }: { tool: WorkbookTool; printLabel: string }) {
  const id = useId();
  const [result, setResult] = useState<{ kind: 'error' | 'notice'; lines: string[] } | null>(null);
  const onFiles = async (files: FileList | null) => {
    if (!files || files.length === 0) return;
    const { count, messages } = await tool.importFiles(files);
    const lines = [...(count > 0 ? [`已导入 ${count} 个团队的工作册。`] : []), ...messages];
    setResult({ kind: messages.length > 0 ? 'error' : 'notice', lines });
  };
  return (
    <div className="wb-files">
      <div className="calc-actions">
        <button type="button" className="tool-button" onClick={() => tool.exportBook()} disabled={!tool.book} data-testid="wb-export">导出本组文件（.json）</button>
        <label className="tool-button is-quiet wb-file-label" htmlFor={`${id}-import`}>导入工作册文件</label>
        <input id={`${id}-import`} className="wb-visually-hidden" type="file" accept=".json,application/json" multiple onChange={(event) => { void onFiles(event.target.files); event.target.value = ''; }} data-testid="wb-import" />
        <button type="button" className="tool-button is-quiet" onClick={() => printWithFlag('wbPrint', 'on')}>{printLabel}</button>
      </div>
      <div role={result?.kind === 'error' ? 'alert' : 'status'} data-testid="wb-import-result">
        {result?.lines.map((line) => <p key={line} className={`tool-message${result.kind === 'error' ? ' is-error' : ''}`}>{line}</p>)}
      </div>
    </div>
  );
}
