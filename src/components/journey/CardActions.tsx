/** The selected card's editor: its text, its tags, the move buttons (the alternative to dragging) and delete. */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { DIRECTION_LABELS, TAG_GROUP_LABELS, TAGS, type Card, type Direction, type TagGroup } from '../../lib/journey';
import { clearDraft, setDraft } from './draft';
import { useSyncRef } from '../shared/useSyncRef';

export interface CardActionsProps {
  card: Card;
  /** The open map (the typed draft is kept under it until saved). */
  mapId: string;
  /** Which moves are possible. */
  canMove: Readonly<Record<Direction, boolean>>;
  onText(cardId: string, text: string): void;
  onToggleTag(cardId: string, tag: string): void;
  onMove(cardId: string, direction: Direction): void;
  onDelete(cardId: string): void;
  onDone(): void;
  /** Focus the text box when the card has just been added. */
  autoFocus: boolean;
}

const GROUPS = Object.keys(TAG_GROUP_LABELS) as TagGroup[];
const DIRECTIONS: readonly Direction[] = ['left', 'right', 'up', 'down'];
/** Typed text goes into the map (one reducer event, one grid update) after this pause. */
export const COMMIT_DELAY_MS = 600;

export function CardActions({ card, mapId, canMove, onText, onToggleTag, onMove, onDelete, onDone, autoFocus }: CardActionsProps) {
  const text = useRef<HTMLTextAreaElement>(null);
  // Focused as the render commits (a layout effect): Preact runs passive effects after the next
  // frame, and keys typed before that would go to the element that had the focus.
  useLayoutEffect(() => {
    if (autoFocus) text.current?.focus();
  }, [autoFocus]);
  // The text box edits a local draft (draft.ts); the map gets it on a pause, blur, Escape or close.
  const [draft, setDraftText] = useState(card.text);
  /** The card text this box last knew of, and the text it last sent. */
  const [shown, setShown] = useState(card.text);
  const [sent, setSent] = useState(card.text);
  const timer = useRef<number | undefined>(undefined);
  const latest = useRef({ draft, sent, card, onText });
  useSyncRef(latest, { draft, sent, card, onText });
  // The card's text changed from outside (undo, redo): the box follows it.
  if (shown !== card.text) {
    setShown(card.text);
    if (card.text !== sent) {
      setSent(card.text);
      setDraftText(card.text);
    }
  }
  const commit = useCallback(() => {
    window.clearTimeout(timer.current);
    const { draft: value, sent: last, card: current, onText: send } = latest.current;
    // Nothing new for the map (typed and typed back): the draft has nothing left to save.
    if (value === current.text) clearDraft();
    if (value === last) return;
    latest.current = { ...latest.current, sent: value };
    setSent(value);
    send(current.id, value);
  }, []);
  // Closing the editor (Escape, 完成, another card) commits what was typed.
  useEffect(() => commit, [commit]);
  const id = `jm-card-${card.id}`;
  return (
    // Escape anywhere in the card's editor closes it (the keys themselves go to its controls).
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <div
      className="jm-card-actions"
      role="group"
      aria-label="卡片操作"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          commit();
          onDone();
        }
      }}
    >
      <label htmlFor={`${id}-text`}>卡片文字</label>
      <textarea
        id={`${id}-text`}
        ref={text}
        rows={2}
        maxLength={500}
        value={draft}
        onChange={(event) => {
          const value = event.target.value;
          setDraftText(value);
          latest.current = { ...latest.current, draft: value };
          setDraft({ mapId, cardId: card.id, text: value });
          window.clearTimeout(timer.current);
          timer.current = window.setTimeout(commit, COMMIT_DELAY_MS);
        }}
        onBlur={commit}
      />
      <details className="jm-tag-picker">
        <summary>标签（{card.tags.length}）</summary>
        {GROUPS.map((group) => (
          <fieldset key={group}>
            <legend>{TAG_GROUP_LABELS[group]}</legend>
            {TAGS.filter((tag) => tag.group === group).map((tag) => (
              <label key={tag.id} className="jm-check" title={tag.title}>
                <input type="checkbox" checked={card.tags.includes(tag.id)} onChange={() => onToggleTag(card.id, tag.id)} />
                {tag.label}
              </label>
            ))}
          </fieldset>
        ))}
      </details>
      <div className="jm-buttons">
        {DIRECTIONS.map((direction) => (
          <button key={direction} type="button" data-act={direction} disabled={!canMove[direction]} onClick={() => onMove(card.id, direction)}>
            {DIRECTION_LABELS[direction]}
          </button>
        ))}
        <button type="button" className="jm-danger" onClick={() => onDelete(card.id)}>
          删除卡片
        </button>
        <button type="button" onClick={onDone}>
          完成
        </button>
      </div>
    </div>
  );
}
