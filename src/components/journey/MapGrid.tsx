/**
 * The desktop view: stages across, visible lanes down, the blueprint's three lines between
 * lanes, cards in cells. Stages and cards are dragged with dnd-kit (pointer or keyboard) or moved
 * with buttons; the emotion curve below uses the same column width so its points sit under
 * their stages.
 */
import { useMemo } from 'react';
import { DndContext, type DragEndEvent } from '@dnd-kit/core';
import { horizontalListSortingStrategy, SortableContext } from '@dnd-kit/sortable';
import { LINE_LABELS, type Card, type HistoryEvent, type JourneyMap } from '../../lib/journey';
import { announcements, collision, dropEvent, INSTRUCTIONS, useDragSensors } from './dnd';
import { CardCell } from './CardCell';
import { StageHeader } from './StageHeader';
import type { CardItemProps } from './CardItem';

export interface GridHandlers {
  send(event: HistoryEvent): void;
  onAddCard(stageId: string, laneId: string): void;
  onAddStage(): void;
  onMoveStage(stageId: string, direction: 'left' | 'right'): void;
  onSelect(cardId: string | null): void;
}

/** The cards of every cell, keyed `stageId|laneId`, built once per change of the card list. */
export function useCells(cards: readonly Card[]): (stageId: string, laneId: string) => readonly Card[] {
  const cells = useMemo(() => {
    const map = new Map<string, Card[]>();
    for (const card of cards) {
      const key = `${card.stageId}|${card.laneId}`;
      const list = map.get(key);
      if (list) list.push(card);
      else map.set(key, [card]);
    }
    return map;
  }, [cards]);
  return (stageId, laneId) => cells.get(`${stageId}|${laneId}`) ?? EMPTY;
}
const EMPTY: readonly Card[] = [];

export function MapGrid({ map, selectedId, actions, handlers }: { map: JourneyMap; selectedId: string | null; actions: CardItemProps['actions']; handlers: GridHandlers }) {
  const sensors = useDragSensors();
  const spoken = useMemo(() => announcements(map), [map]);
  const cellCards = useCells(map.cards);
  const lanes = map.lanes.filter((lane) => !lane.hidden);
  const onDragEnd = (event: DragEndEvent) => {
    const next = dropEvent(map, event);
    if (next) handlers.send(next);
  };
  const columns = { '--jm-stages': map.stages.length } as React.CSSProperties;
  return (
    <div className="jm-grid-scroll" role="region" aria-label="旅程图与服务蓝图" tabIndex={0}>
      <div className="jm-grid" style={columns}>
        <DndContext sensors={sensors} collisionDetection={collision} onDragEnd={onDragEnd} accessibility={{ announcements: spoken, screenReaderInstructions: INSTRUCTIONS }}>
          <div className="jm-row jm-stage-row">
            <div className="jm-lane-label">阶段</div>
            <SortableContext items={map.stages.map((stage) => `stage|${stage.id}`)} strategy={horizontalListSortingStrategy}>
              {map.stages.map((stage, index) => (
                <StageHeader key={stage.id} stage={stage} index={index} count={map.stages.length} onRename={(stageId, name) => handlers.send({ type: 'renameStage', stageId, name })} onMove={handlers.onMoveStage} onDelete={(stageId) => handlers.send({ type: 'deleteStage', stageId })} />
              ))}
            </SortableContext>
            <div className="jm-stage-add">
              <button type="button" onClick={handlers.onAddStage}>
                ＋ 阶段
              </button>
            </div>
          </div>
        </DndContext>
        <DndContext sensors={sensors} collisionDetection={collision} onDragEnd={onDragEnd} accessibility={{ announcements: spoken, screenReaderInstructions: INSTRUCTIONS }}>
          {lanes.map((lane) => (
            <div key={lane.id} className={`jm-row jm-lane jm-view-${lane.view}${lane.line ? ` jm-line-${lane.line}` : ''}`} data-lane={lane.id}>
              <div className="jm-lane-label">
                <span>{lane.name}</span>
                <span className="jm-lane-kind">{lane.view === 'journey' ? '旅程图' : '服务蓝图'}</span>
              </div>
              {map.stages.map((stage) => (
                <CardCell
                  key={stage.id}
                  stageId={stage.id}
                  laneId={lane.id}
                  place={`“${stage.name}”阶段的“${lane.name}”`}
                  cards={cellCards(stage.id, lane.id)}
                  selectedId={selectedId}
                  onSelect={handlers.onSelect}
                  onAdd={handlers.onAddCard}
                  actions={actions}
                />
              ))}
              {lane.line && (
                <p className="jm-line-label">
                  <span>{LINE_LABELS[lane.line]}</span>
                </p>
              )}
            </div>
          ))}
        </DndContext>
      </div>
    </div>
  );
}
