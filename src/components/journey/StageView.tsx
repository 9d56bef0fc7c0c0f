/** The phone view: one stage at a time, its lanes stacked, cards editable, with the stage's scores and a small curve. */
import { useId, useRef } from 'react';
import { formatEmotion, type HistoryEvent, type JourneyMap } from '../../lib/journey';
import { CardCell } from './CardCell';
import type { CardItemProps } from './CardItem';
import { CurveSvg } from './CurveSvg';
import { PeakEndSummary } from './PeakEndSummary';
import { CardDragLayer } from './CardDragLayer';
import { DragHelpId } from './dnd';
import type { GridHandlers } from './MapGrid';
import { cellOf, useCellIndex } from './useCellIndex';
import { useDragProps } from './useDragProps';

const OPTIONS = [2, 1.5, 1, 0.5, 0, -0.5, -1, -1.5, -2];

export function StageView({ map, index, onIndex, selectedId, actions, handlers }: { map: JourneyMap; index: number; onIndex(index: number): void; selectedId: string | null; actions: CardItemProps['actions']; handlers: GridHandlers & { send(event: HistoryEvent): void } }) {
  const dragging = useDragProps(map, handlers.send);
  const { pickUp } = dragging;
  const root = useRef<HTMLElement>(null);
  const helpId = useId();
  const cellIndex = useCellIndex(map.cards);
  const at = Math.min(index, map.stages.length - 1);
  const stage = map.stages[at]!;
  return (
    <section className="jm-stack" aria-labelledby="jm-stack-heading" data-testid="jm-stack" ref={root} {...pickUp}>
      <nav className="jm-stack-nav" aria-label="阶段">
        <button type="button" disabled={at === 0} onClick={() => onIndex(at - 1)}>
          ‹ 上一阶段
        </button>
        <label>
          <span className="visually-hidden">选择阶段</span>
          <select value={at} onChange={(event) => onIndex(Number(event.target.value))}>
            {map.stages.map((item, position) => (
              <option key={item.id} value={position}>
                {position + 1}. {item.name}
              </option>
            ))}
          </select>
        </label>
        <button type="button" disabled={at === map.stages.length - 1} onClick={() => onIndex(at + 1)}>
          下一阶段 ›
        </button>
      </nav>
      <h2 id="jm-stack-heading">
        第 {at + 1} 个阶段（共 {map.stages.length} 个）：{stage.name}
      </h2>
      <div className="jm-stack-stage">
        <label>
          阶段名称 <input value={stage.name} maxLength={60} onChange={(event) => handlers.send({ type: 'renameStage', stageId: stage.id, name: event.target.value })} />
        </label>
        <div className="jm-buttons">
          <button type="button" disabled={at === 0} onClick={() => (handlers.onMoveStage(stage.id, 'left'), onIndex(at - 1))}>
            阶段左移
          </button>
          <button type="button" disabled={at === map.stages.length - 1} onClick={() => (handlers.onMoveStage(stage.id, 'right'), onIndex(at + 1))}>
            阶段右移
          </button>
          <button type="button" onClick={handlers.onAddStage}>
            ＋ 阶段
          </button>
          <button type="button" className="jm-danger" disabled={map.stages.length <= 1} onClick={() => handlers.send({ type: 'deleteStage', stageId: stage.id })}>
            删除阶段
          </button>
        </div>
        {(['asIs', 'toBe'] as const).map((curve) => (
          <label key={curve}>
            {curve === 'asIs' ? '现状情绪' : '优化后情绪'}{' '}
            <select value={stage[curve] === null ? '' : String(stage[curve])} onChange={(event) => handlers.send({ type: 'setEmotion', stageId: stage.id, curve, value: event.target.value === '' ? null : Number(event.target.value) })}>
              <option value="">未打分</option>
              {OPTIONS.map((value) => (
                <option key={value} value={value}>
                  {formatEmotion(value)}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      <DragHelpId.Provider value={helpId}>
        {map.lanes
          .filter((lane) => !lane.hidden)
          .map((lane) => (
            <section key={lane.id} className={`jm-stack-lane jm-view-${lane.view}`} aria-label={lane.name}>
              <h3>{lane.name}</h3>
              <CardCell stageId={stage.id} laneId={lane.id} place={`“${stage.name}”阶段的“${lane.name}”`} cards={cellOf(cellIndex, stage.id, lane.id)} selectedId={selectedId} onSelect={handlers.onSelect} onAdd={handlers.onAddCard} actions={actions} />
            </section>
          ))}
      </DragHelpId.Provider>
      <CardDragLayer dragging={dragging} root={root} helpId={helpId} />
      <div className="jm-stack-curve">
        <CurveSvg map={map} highlight={at} columnPx={64} labelPx={36} title="情绪曲线（当前阶段加框）：虚线为现状，实线为优化后" />
      </div>
      <PeakEndSummary map={map} />
    </section>
  );
}
