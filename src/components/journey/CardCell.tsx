/**
 * One cell (stage × lane): its list of cards, with an add button. It uses no dnd-kit hook: a card
 * dropped here with the mouse is placed from the pointer (`data-cell`, see dnd.ts pointerDrop),
 * and during a keyboard drag KeyboardTargets registers the cell as a drop target. Memoised: while
 * a card is dragged or typed into, only the cells whose cards change render again.
 */
import { memo } from 'react';
import type { Card } from '../../lib/journey';
import { CardItem, type CardItemProps } from './CardItem';

export interface CardCellProps {
  stageId: string;
  laneId: string;
  place: string;
  cards: readonly Card[];
  selectedId: string | null;
  onSelect(cardId: string | null): void;
  onAdd(stageId: string, laneId: string): void;
  actions: CardItemProps['actions'];
}

export const CardCell = memo(
  function CardCell({ stageId, laneId, place, cards, selectedId, onSelect, onAdd, actions }: CardCellProps) {
    return (
      <div className="jm-cell" data-cell={`${stageId}|${laneId}`}>
        <ul className="jm-cards" aria-label={place}>
          {cards.map((card) => (
            <CardItem key={card.id} card={card} place={place} selected={card.id === selectedId} onSelect={onSelect} actions={card.id === selectedId ? actions : null} />
          ))}
        </ul>
        <button type="button" className="jm-add" onClick={() => onAdd(stageId, laneId)} aria-label={`在${place}添加卡片`}>
          ＋ 卡片
        </button>
      </div>
    );
  },
  // A cell re-renders only when its own cards, or the selection inside it, change.
  (before, after) =>
    before.place === after.place &&
    before.cards.length === after.cards.length &&
    before.cards.every((card, index) => card === after.cards[index]) &&
    before.cards.some((card) => card.id === before.selectedId) === after.cards.some((card) => card.id === after.selectedId) &&
    (!after.cards.some((card) => card.id === after.selectedId) || (before.selectedId === after.selectedId && before.actions === after.actions)) &&
    before.onSelect === after.onSelect &&
    before.onAdd === after.onAdd,
);
