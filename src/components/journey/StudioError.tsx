import type { StudioMessage } from './studioMessage';

export interface StudioErrorProps {
  message: StudioMessage | null;
  /** Offered when the message asks for it (the map could not be stored, or is too big to share). */
  onExport: (() => void) | null;
  onDismiss: () => void;
}

/**
 * The studio's error, in a live region that is always on the page (so a screen reader announces
 * the text when it appears), with 导出 JSON when the message asks for it and 知道了.
 */
export function StudioError({ message, onExport, onDismiss }: StudioErrorProps) {
  return (
    <div role="alert" className="tool-message-slot">
      {message?.kind === 'error' && (
        <p className="tool-message is-error" data-testid="jm-message">
          {message.text}
          {message.action === 'export' && onExport && (
            <button type="button" className="tool-link-button" onClick={onExport}>
              导出 JSON
            </button>
          )}
          <button type="button" className="tool-link-button" onClick={onDismiss}>
            知道了
          </button>
        </p>
      )}
    </div>
  );
}
