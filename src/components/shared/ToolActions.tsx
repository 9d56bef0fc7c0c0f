/**
 * The row of actions every tool has: share link, CSV, PNG of the chart, print, reset. The link
 * appears in a read-only box when the clipboard could not take it.
 */
import type { ShareLink } from './useTool';
import { printWithFlag } from './printWithFlag';

export interface ToolActionsProps {
  prefix: string;
  share: ShareLink | null;
  onShare(): void;
  onCsv(): void;
  onPng(): void;
  onReset(): void;
}

export function ToolActions({ prefix, share, onShare, onCsv, onPng, onReset }: ToolActionsProps) {
  return (
    <div className="tool-actions-block">
      <div className="calc-actions tool-actions">
        <button type="button" className="tool-button" onClick={onShare} data-testid={`${prefix}-share`}>复制分享链接</button>
        <button type="button" className="tool-button is-quiet" onClick={onCsv} data-testid={`${prefix}-csv`}>下载 CSV</button>
        <button type="button" className="tool-button is-quiet" onClick={onPng} data-testid={`${prefix}-png`}>下载图表 PNG</button>
        <button type="button" className="tool-button is-quiet" onClick={() => printWithFlag('toolPrint', prefix)}>打印</button>
        <button type="button" className="tool-button is-quiet" onClick={onReset} data-testid={`${prefix}-reset`}>恢复默认</button>
      </div>
      {share && (
        <p className="tool-share" role="status">
          {share.copied ? '链接已复制到剪贴板：' : '复制下面的链接：'}
          <input type="text" readOnly value={share.url} aria-label="分享链接" onFocus={(event) => event.currentTarget.select()} data-testid={`${prefix}-share-url`} />
        </p>
      )}
    </div>
  );
}
