/**
 * A notice of the studio (role="status" slot): its text and the button it offers. Shown where the
 * change was made: a lane deleted in the lane panel, far below the grid, gets its notice and
 * 撤销删除 button inside that panel, not at the top of the page out of sight.
 */
import type { StudioMessage } from './studioMessage';

export function StudioNotice({ message, onUndo, onUndoDelete }: { message: StudioMessage | null; onUndo(): void; onUndoDelete(): void }) {
  return (
    <div role="status" className="tool-message-slot">
      {message?.kind === 'notice' && (
        <p className="tool-message" data-testid="jm-message">
          {message.text}
          {message.action === 'undo' && (
            <button type="button" className="tool-link-button" onClick={onUndo}>
              撤销删除
            </button>
          )}
          {message.action === 'undoDelete' && (
            <button type="button" className="tool-link-button" onClick={onUndoDelete}>
              撤销删除
            </button>
          )}
        </p>
      )}
    </div>
  );
}
