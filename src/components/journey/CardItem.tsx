/**
 * One card: its face (a button that selects it, and what is dragged), text and tags; when
 * selected, its actions below it. A card uses no dnd-kit hook, so a drag does not render the
 * cards again: the grid hands a pressed face to the one draggable (CardDragSource), and a card is
 * a drop target only during a keyboard drag (KeyboardTargets). Every face can be dragged (the
 * presentation view draws its own cards); its description is the drag instructions (DragHelpId).
 */
import { memo, useContext } from 'react';
import type { Card } from '../../lib/journey';
import { CardActions, type CardActionsProps } from './CardActions';
import { CardFace } from './CardFace';
import { DragHelpId } from './dnd';

export interface CardItemProps {
  card: Card;
  selected: boolean;
  /** Where the card is, for its accessible description (阶段 · 泳道). */
  place: string;
  onSelect(cardId: string | null): void;
  actions: Omit<CardActionsProps, 'card'> | null;
}

export const CardItem = memo(function CardItem({ card, selected, place, onSelect, actions }: CardItemProps) {
  const describedBy = useContext(DragHelpId);
  return (
    <li className={`jm-card${selected ? ' is-selected' : ''}${card.tags.includes('pain') ? ' is-pain' : ''}`} data-card={card.id}>
      <div
        role="button"
        tabIndex={0}
        className="jm-card-face"
        aria-pressed={selected}
        aria-roledescription="可拖动的卡片"
        aria-describedby={describedBy}
        onClick={() => onSelect(selected ? null : card.id)}
        onKeyDown={(event) => {
          // Enter selects; Space (picking the card up) reaches the grid's drag source (CardDragSource).
          if (event.key !== 'Enter') return;
          event.preventDefault();
          onSelect(selected ? null : card.id);
        }}
      >
        <CardFace card={card} place={place} />
      </div>
      {selected && actions && <CardActions card={card} {...actions} />}
    </li>
  );
});
