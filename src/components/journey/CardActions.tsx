/** The selected card's editor: its text, its tags, the move buttons (the alternative to dragging) and delete. */
import { useEffect, useRef } from 'react';
import { DIRECTION_LABELS, TAG_GROUP_LABELS, TAGS, type Card, type Direction, type TagGroup } from '../../lib/journey';

export interface CardActionsProps {
  card: Card;
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

export function CardActions({ card, canMove, onText, onToggleTag, onMove, onDelete, onDone, autoFocus }: CardActionsProps) {
  const text = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (autoFocus) text.current?.focus();
  }, [autoFocus]);
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
          onDone();
        }
      }}
    >
      <label htmlFor={`${id}-text`}>卡片文字</label>
      <textarea id={`${id}-text`} ref={text} rows={2} maxLength={500} value={card.text} onChange={(event) => onText(card.id, event.target.value)} />
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
