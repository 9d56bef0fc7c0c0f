/** The tool's one message slot: errors (a broken link, a full storage) are alerts, notices are polite. */
import type { ToolMessage as Message } from './useTool';

export function ToolMessage({ message, onDismiss, testId }: { message: Message; onDismiss(): void; testId: string }) {
  return (
    <>
      <div role="alert" className="tool-message-slot">
        {message?.kind === 'error' && (
          <p className="tool-message is-error" data-testid={testId}>
            {message.text}
            <button type="button" className="tool-link-button" onClick={onDismiss}>知道了</button>
          </p>
        )}
      </div>
      <div role="status" className="tool-message-slot">
        {message?.kind === 'notice' && (
          <p className="tool-message" data-testid={testId}>
            {message.text}
          </p>
        )}
      </div>
    </>
  );
}
