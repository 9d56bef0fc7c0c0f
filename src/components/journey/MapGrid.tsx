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
import { memo, startTransition, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { DndContext, type Announcements, type DragEndEvent, type DragStartEvent } from '@dnd-kit/core';
import { horizontalListSortingStrategy, SortableContext } from '@dnd-kit/sortable';
import { groupCells, LINE_LABELS, type Card, type CellIndex, type LaneCells, type HistoryEvent, type JourneyMap, type Lane, type Stage } from '../../lib/journey';
import { cellAt, collision, describeTarget, DragHelpId, dropEvent, INSTRUCTIONS, pointerDrop, spoken, useDragSensors } from './dnd';
import { CardDragLayer } from './CardDragLayer';
import { CARD_SOURCE, type CardDragHandle } from './CardDragSource';
import { CardCell } from './CardCell';
import { StageHeader } from './StageHeader';
import type { CardItemProps } from './CardItem';
import { useSyncRef } from '../shared/useSyncRef';

export interface GridHandlers {
  send(event: HistoryEvent): void;
  onAddCard(stageId: string, laneId: string): void;
  onAddStage(): void;
  onMoveStage(stageId: string, direction: 'left' | 'right'): void;
  onSelect(cardId: string | null): void;
}

/**
 * The cards of every cell, grouped by lane and stage (src/lib/journey/cells.ts). Each grouping
 * reuses the last one's objects where no card changed, so only the lane rows and cells holding a
 * changed card render again (kept from the previous render, React's documented pattern).
 */
export function useCellIndex(cards: readonly Card[]): CellIndex {
  const [last, setLast] = useState(() => ({ cards, index: groupCells(cards) }));
  if (last.cards === cards) return last.index;
  const index = groupCells(cards, last.index);
  setLast({ cards, index });
  return index;
}
/** The cards of one cell in a grouping. */
export const cellOf = (index: CellIndex, stageId: string, laneId: string): readonly Card[] => index.get(laneId)?.get(stageId) ?? EMPTY;
const EMPTY: readonly Card[] = [];

/**
 * Dragging cards and stages. Returns the drag contexts' props, which never change (announcements
 * and drops read the map through a ref); the one card drag source (CardDragSource) and the
 * pointerdown/keydown handlers that hand it a pressed card (`pickUp`, on an element around the
 * cards); and whether a keyboard drag of a card is on (then KeyboardTargets registers the cells
 * and cards as drop targets). A mouse drag registers no drop target: one pointer listener marks
 * the cell under the pointer (data-over, at most once a frame) and the drop reads it (pointerDrop).
 */
export function useDragProps(map: JourneyMap, send: (event: HistoryEvent) => void) {
  const sensors = useDragSensors();
  const mapRef = useRef(map);
  useSyncRef(mapRef, map);
  const [keyboardDrag, setKeyboardDrag] = useState(false);
  const handle = useRef<CardDragHandle | null>(null);
  const card = useRef<string | null>(null);
  /** The mouse drag of a card under way: stops its pointer listener and clears the marked cell. */
  const mouseDrag = useRef<{ x: number; y: number; stop(): void } | null>(null);
  /** Where the last mouse drop put the card, in words, for the announcement that follows it. */
  const dropped = useRef<string | null>(null);
  // The source's id stands for the card it holds. The announcements read the map only while a drag is spoken.
  const key = useCallback((id: string | number | undefined) => (id === CARD_SOURCE ? `card|${card.current ?? ''}` : id), []);
  const say = useCallback((id: string | number | undefined) => describeTarget(mapRef.current, key(id)), [key]);
  const accessibility = useMemo(
    () => ({
      announcements: {
        onDragStart: ({ active }) => spoken.start(say(active.id)),
        onDragOver: ({ active, over }) => spoken.over(say(active.id), over && say(over.id)),
        onDragEnd: ({ active, over }) => spoken.end(say(active.id), over ? say(over.id) : dropped.current),
        onDragCancel: ({ active }) => spoken.cancel(say(active.id)),
      } satisfies Announcements,
      screenReaderInstructions: INSTRUCTIONS,
    }),
    [say],
  );
  const finish = useCallback(() => {
    mouseDrag.current?.stop();
    mouseDrag.current = null;
    setKeyboardDrag(false);
  }, []);
  const onDragStart = useCallback(
    ({ active, activatorEvent }: DragStartEvent) => {
      finish();
      dropped.current = null;
      if (active.id !== CARD_SOURCE) return;
      if (activatorEvent instanceof KeyboardEvent) {
        setKeyboardDrag(true);
        return;
      }
      if (!(activatorEvent instanceof MouseEvent)) return;
      let marked: Element | null = null;
      let frame = 0;
      const drag = {
        x: activatorEvent.clientX,
        y: activatorEvent.clientY,
        stop() {
          window.removeEventListener('pointermove', track);
          cancelAnimationFrame(frame);
          marked?.removeAttribute('data-over');
        },
      };
      const mark = () => {
        frame = 0;
        const cell = cellAt(drag.x, drag.y);
        if (cell === marked) return;
        marked?.removeAttribute('data-over');
        cell?.setAttribute('data-over', '');
        marked = cell;
      };
      const track = (event: PointerEvent) => {
        drag.x = event.clientX;
        drag.y = event.clientY;
        frame ||= requestAnimationFrame(mark);
      };
      window.addEventListener('pointermove', track, { passive: true });
      mouseDrag.current = drag;
    },
    [finish],
  );
  const onDragEnd = useCallback(
    (event: DragEndEvent) => {
      const { active, over } = event;
      const pointer = mouseDrag.current;
      finish();
      const next =
        active.id === CARD_SOURCE && pointer
          ? pointerDrop(card.current ?? '', pointer.x, pointer.y)
          : dropEvent(mapRef.current, { active: { ...active, id: key(active.id)! }, over: over && { ...over, id: key(over.id)! } });
      if (pointer && next?.type === 'moveCard') dropped.current = describeTarget(mapRef.current, `cell|${next.stageId}|${next.laneId}`);
      if (next) send(next);
    },
    [send, finish, key],
  );
  useEffect(() => () => mouseDrag.current?.stop(), []);
  const pickUp = useMemo(() => {
    const start = (event: React.PointerEvent | React.KeyboardEvent) => {
      const face = event.target instanceof Element ? event.target.closest('.jm-card-face') : null;
      const item = face?.closest<HTMLElement>('[data-card]');
      if (item?.dataset.card) handle.current?.start(event, item.dataset.card, item);
    };
    return { onPointerDown: start, onKeyDown: start };
  }, []);
  return { keyboardDrag, source: { handleRef: handle, cardRef: card }, pickUp, drag: { sensors, collisionDetection: collision, onDragStart, onDragEnd, onDragCancel: finish, accessibility } };
}

/** Stage columns rendered in the first paint: those that fit the window, plus one. */
function firstStages(): number {
  const width = typeof window === 'undefined' ? 1280 : window.innerWidth;
  return Math.max(4, Math.ceil(width / 200) + 1);
}
const STAGES_PER_STEP = 4;

/** How many stage columns have cards rendered: all of them soon after a map opens. */
function useShownStages(mapId: string, total: number): number {
  const [state, setState] = useState(() => ({ mapId, shown: firstStages() }));
  let shown = state.shown;
  if (state.mapId !== mapId) {
    shown = firstStages();
    setState({ mapId, shown });
  }
  useEffect(() => {
    if (shown >= total) return;
    let timer: number | undefined;
    // After the browser has painted the first columns, in a low-priority (interruptible) render.
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => startTransition(() => setState((current) => ({ ...current, shown: current.shown + STAGES_PER_STEP >= total ? Number.POSITIVE_INFINITY : current.shown + STAGES_PER_STEP }))));
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [shown, total]);
  return shown;
}

interface LaneRowProps {
  lane: Lane;
  stages: readonly Stage[];
  shown: number;
  /** This lane's cells (undefined: no card in the lane); the same object until a card in the lane changes. */
  cells: LaneCells | undefined;
  selectedId: string | null;
  actions: CardItemProps['actions'];
  onSelect(cardId: string | null): void;
  onAdd(stageId: string, laneId: string): void;
}

const LaneRow = memo(function LaneRow({ lane, stages, shown, cells, selectedId, actions, onSelect, onAdd }: LaneRowProps) {
  return (
    <div className={`jm-row jm-lane jm-view-${lane.view}${lane.line ? ` jm-line-${lane.line}` : ''}`} data-lane={lane.id}>
      <div className="jm-lane-label">
        <span>{lane.name}</span>
        <span className="jm-lane-kind">{lane.view === 'journey' ? '旅程图' : '服务蓝图'}</span>
      </div>
      {stages.map((stage, index) =>
        index < shown ? (
          <CardCell key={stage.id} stageId={stage.id} laneId={lane.id} place={`“${stage.name}”阶段的“${lane.name}”`} cards={cells?.get(stage.id) ?? EMPTY} selectedId={selectedId} onSelect={onSelect} onAdd={onAdd} actions={actions} />
        ) : (
          <div key={stage.id} className="jm-cell is-pending" />
        ),
      )}
      {lane.line && (
        <p className="jm-line-label">
          <span>{LINE_LABELS[lane.line]}</span>
        </p>
      )}
    </div>
  );
});

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
