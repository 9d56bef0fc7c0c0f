/** One card: drag handle and button (select), its text and tags; when selected, its actions below it. */
import { memo } from 'react';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { tagById, type Card } from '../../lib/journey';
import { CardActions, type CardActionsProps } from './CardActions';

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

export const CardItem = memo(function CardItem({ card, selected, place, onSelect, actions, draggable = true }: CardItemProps) {
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id: `card|${card.id}`, disabled: !draggable, attributes: { roleDescription: '可拖动的卡片' } });
  const style = { transform: CSS.Translate.toString(transform), transition };
  const tags = card.tags.map((tag) => tagById(tag)).filter((tag) => tag !== undefined);
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
      </div>
      {selected && actions && <CardActions card={card} {...actions} />}
    </li>
  );
});
