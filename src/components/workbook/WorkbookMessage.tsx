/** The kernel's message slot, and with an error (storage full, a damaged save) an offer to export now. */
import { ToolMessage } from '../shared/ToolMessage';
import type { WorkbookTool } from './useWorkbook';

export function WorkbookMessage({ tool }: { tool: WorkbookTool }) {
  return (
    <>
      <ToolMessage message={tool.message} onDismiss={tool.dismissMessage} testId="wb-message" />
      {tool.message?.kind === 'error' && tool.book && (
        <p className="tool-message is-error">
          为免丢失，请马上导出本组文件：
          <button type="button" className="tool-button" onClick={() => tool.exportBook()}>导出本组文件</button>
        </p>
      )}
    </>
  );
}
