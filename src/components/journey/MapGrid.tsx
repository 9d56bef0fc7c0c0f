/**
 * The desktop view: stages across, visible lanes down, the blueprint's three lines between
 * lanes, cards in cells. Stages and cards are dragged with dnd-kit (pointer or keyboard) or moved
 * with buttons; the emotion curve below uses the same column width so its points sit under
 * their stages.
 *
 * Speed (issue 15, bench/journey.mjs): the grid, its rows, cells and cards are memoised with
 * stable props, so an edit renders only the cells it touches; the drag contexts get stable
 * props (announcements read the map through a ref); and a map opens with the stage columns
 * that fit the window, the others following a few at a time in low-priority renders after the
 * first paint (each a short task), so a 540-card map shows at once and never blocks typing.
 */
import { memo, useCallback, useId, useMemo, useRef } from 'react';
import { DndContext } from '@dnd-kit/core';
import { horizontalListSortingStrategy, SortableContext } from '@dnd-kit/sortable';
import type { HistoryEvent, JourneyMap } from '../../lib/journey';
import { DragHelpId } from './dnd';
import { CardDragLayer } from './CardDragLayer';
import { StageHeader } from './StageHeader';
import { LaneRow } from './LaneRow';
import type { CardItemProps } from './CardItem';
import { useCellIndex } from './useCellIndex';
import { useDragProps } from './useDragProps';
import { useShownStages } from './useShownStages';

export interface GridHandlers {
  send(event: HistoryEvent): void;
  onAddCard(stageId: string, laneId: string): void;
  onAddStage(): void;
  onMoveStage(stageId: string, direction: 'left' | 'right'): void;
  onSelect(cardId: string | null): void;
}

export const MapGrid = memo(function MapGrid({ map, selectedId, actions, handlers }: { map: JourneyMap; selectedId: string | null; actions: CardItemProps['actions']; handlers: GridHandlers }) {
  const dragging = useDragProps(map, handlers.send);
  const { drag, pickUp } = dragging;
  const root = useRef<HTMLDivElement>(null);
  const helpId = useId();
  const cellIndex = useCellIndex(map.cards);
  const shown = useShownStages(map.id, map.stages.length);
  const lanes = useMemo(() => map.lanes.filter((lane) => !lane.hidden), [map.lanes]);
  const stageIds = useMemo(() => map.stages.map((stage) => `stage|${stage.id}`), [map.stages]);
  const { send } = handlers;
  const onRename = useCallback((stageId: string, name: string) => send({ type: 'renameStage', stageId, name }), [send]);
  const onDelete = useCallback((stageId: string) => send({ type: 'deleteStage', stageId }), [send]);
  const columns = { '--jm-stages': map.stages.length } as React.CSSProperties;
  return (
    <div className="jm-grid-scroll" role="region" aria-label="旅程图与服务蓝图" tabIndex={0} ref={root} {...pickUp}>
      <div className="jm-grid" style={columns}>
        <DndContext {...drag}>
          <div className="jm-row jm-stage-row">
            <div className="jm-lane-label">阶段</div>
            <SortableContext items={stageIds} strategy={horizontalListSortingStrategy}>
              {map.stages.map((stage, index) => (
                <StageHeader key={stage.id} stage={stage} index={index} count={map.stages.length} onRename={onRename} onMove={handlers.onMoveStage} onDelete={onDelete} />
              ))}
            </SortableContext>
            <div className="jm-stage-add">
              <button type="button" onClick={handlers.onAddStage}>
                ＋ 阶段
              </button>
            </div>
          </div>
        </DndContext>
        <DragHelpId.Provider value={helpId}>
          {lanes.map((lane) => (
            <LaneRow key={lane.id} lane={lane} stages={map.stages} shown={shown} cells={cellIndex.get(lane.id)} selectedId={selectedId} actions={actions} onSelect={handlers.onSelect} onAdd={handlers.onAddCard} />
          ))}
        </DragHelpId.Provider>
      </div>
      <CardDragLayer dragging={dragging} root={root} helpId={helpId} />
    </div>
  );
});
