import { memo } from 'react';
import { LINE_LABELS, type Lane, type LaneCells, type Stage } from '../../lib/journey';
import { CardCell } from './CardCell';
import type { CardItemProps } from './CardItem';
import { EMPTY } from './useCellIndex';

export interface LaneRowProps {
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

/** One visible lane: its label, a cell per stage (cards only in the first `shown` columns), and its blueprint line. */
export const LaneRow = memo(function LaneRow({ lane, stages, shown, cells, selectedId, actions, onSelect, onAdd }: LaneRowProps) {
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
