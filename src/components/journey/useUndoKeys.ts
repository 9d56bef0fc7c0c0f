/**
 * Ctrl+Z / ⌘Z undoes, Ctrl+Shift+Z and Ctrl+Y redo, anywhere on the page except while a text
 * field has the focus (there the keys undo typing) and while `paused` (the presentation).
 */
import { useEffect } from 'react';

const isTextField = (target: EventTarget | null) => target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

export function useUndoKeys(undo: () => void, redo: () => void, paused: boolean): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || isTextField(event.target) || paused) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) undo();
      else if ((key === 'z' && event.shiftKey) || key === 'y') redo();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, redo, paused]);
}
