import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Announcements, DragEndEvent, DragStartEvent } from '@dnd-kit/core';
import type { HistoryEvent, JourneyMap } from '../../lib/journey';
import { cellAt, collision, describeTarget, dropEvent, INSTRUCTIONS, pointerDrop, spoken, useDragSensors } from './dnd';
import { CARD_SOURCE, type CardDragHandle } from './CardDragSource';
import { useSyncRef } from '../shared/useSyncRef';

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
