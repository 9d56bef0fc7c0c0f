/**
 * One card: drag handle and button (select), its text and tags; when selected, its actions below it.
 * A card is a dnd-kit draggable, not a `useSortable` item: sortable lists re-render every item on
 * each pointer move, while a plain draggable re-renders only when the drag starts, ends or enters
 * another target, and only the dragged card follows the pointer. It is a drop target only during
 * a keyboard drag (CardDropTarget). The face (text, tags) is a memoised child, so those
 * re-renders stop at the card's outer element.
 */
import { memo, useCallback, useContext, useRef } from 'react';
import { useDraggable } from '@dnd-kit/core';
import { CSS } from '@dnd-kit/utilities';
import { tagById, type Card } from '../../lib/journey';
import { CardActions, type CardActionsProps } from './CardActions';
import { CardDropTarget } from './CardDropTarget';
import { KeyboardDragContext } from './dnd';

export interface CardItemProps {
  card: Card;
  selected: boolean;
  /** Where the card is, for its accessible description (阶段 · 泳道). */
  place: string;
  onSelect(cardId: string | null): void;
  actions: Omit<CardActionsProps, 'card'> | null;
  /** Off in views without dragging (presentation). */
  draggable?: boolean;
}

const CardFace = memo(function CardFace({ card, place }: { card: Card; place: string }) {
  const tags = card.tags.map((tag) => tagById(tag)).filter((tag) => tag !== undefined);
  return (
    <>
      <span className="jm-card-text">{card.text.trim() || '（空卡片）'}</span>
      {tags.length > 0 && (
        <span className="jm-tags">
          <span className="visually-hidden">标签：</span>
          {tags.map((tag) => (
            <span key={tag.id} className={`jm-tag jm-tag-${tag.group}`}>
              {tag.label}
            </span>
          ))}
        </span>
      )}
      <span className="visually-hidden">（{place}）</span>
    </>
  );
});

export const CardItem = memo(function CardItem({ card, selected, place, onSelect, actions, draggable = true }: CardItemProps) {
  const id = `card|${card.id}`;
  const { attributes, listeners, setNodeRef: setDragRef, transform, isDragging } = useDraggable({ id, disabled: !draggable, attributes: { roleDescription: '可拖动的卡片' } });
  const keyboardDrag = useContext(KeyboardDragContext);
  const nodeRef = useRef<HTMLElement | null>(null);
  const setNodeRef = useCallback(
    (node: HTMLElement | null) => {
      setDragRef(node);
      nodeRef.current = node;
    },
    [setDragRef],
  );
  const style = transform ? { transform: CSS.Translate.toString(transform) } : undefined;
  return (
    <li className={`jm-card${selected ? ' is-selected' : ''}${isDragging ? ' is-dragging' : ''}${card.tags.includes('pain') ? ' is-pain' : ''}`} data-card={card.id} ref={setNodeRef} style={style}>
      <div
        {...attributes}
        {...listeners}
        role="button"
        tabIndex={0}
        className="jm-card-face"
        aria-pressed={selected}
        onClick={() => onSelect(selected ? null : card.id)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            onSelect(selected ? null : card.id);
            return;
          }
          listeners?.onKeyDown?.(event);
        }}
      >
        <CardFace card={card} place={place} />
      </div>
      {selected && actions && <CardActions card={card} {...actions} />}
      {keyboardDrag && draggable && <CardDropTarget id={id} node={nodeRef} />}
    </li>
  );
});
