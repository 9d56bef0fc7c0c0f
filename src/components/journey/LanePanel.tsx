/** Lane settings: rename, show or hide, reorder, delete (undo brings a lane back with its cards), add. */
import { memo, useState, type ReactNode } from 'react';
import type { HistoryEvent, Lane, LaneView } from '../../lib/journey';

/**
 * `notice`: the studio's notice slot for what was done here (a deleted lane and its 撤销删除), shown
 * above the list. Memoised: typing into a card does not render the lane list again.
 */
export const LanePanel = memo(function LanePanel({ lanes, send, newLaneId, onDelete, notice }: { lanes: readonly Lane[]; send(event: HistoryEvent): void; newLaneId(): string; onDelete(laneId: string, index: number): void; notice: ReactNode }) {
  const [name, setName] = useState('');
  const [view, setView] = useState<LaneView>('journey');
  return (
    <details className="jm-panel">
      <summary>泳道：显示、改名、排序、删除、添加</summary>
      {notice}
      <ol className="jm-lane-list">
        {lanes.map((lane, index) => (
          <li key={lane.id}>
            <label className="jm-check">
              <input type="checkbox" checked={!lane.hidden} onChange={(event) => send({ type: 'setLaneHidden', laneId: lane.id, hidden: !event.target.checked })} />
              显示
            </label>
            <input value={lane.name} maxLength={60} aria-label={`第 ${index + 1} 条泳道的名称`} onChange={(event) => send({ type: 'renameLane', laneId: lane.id, name: event.target.value })} />
            <span className="jm-lane-kind">{lane.view === 'journey' ? '旅程图' : '服务蓝图'}</span>
            <button type="button" disabled={index === 0} onClick={() => send({ type: 'moveLane', laneId: lane.id, toIndex: index - 1 })} aria-label={`泳道“${lane.name}”上移`}>
              上移
            </button>
            <button type="button" disabled={index === lanes.length - 1} onClick={() => send({ type: 'moveLane', laneId: lane.id, toIndex: index + 1 })} aria-label={`泳道“${lane.name}”下移`}>
              下移
            </button>
            <button type="button" className="jm-danger" data-act="delete" disabled={lanes.length <= 1} onClick={() => onDelete(lane.id, index)} aria-label={`删除泳道“${lane.name}”`}>
              删除
            </button>
          </li>
        ))}
      </ol>
      <form
        className="jm-inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (name.trim() === '') return;
          send({ type: 'addLane', id: newLaneId(), name: name.trim(), view });
          setName('');
        }}
      >
        <label>
          新泳道名称 <input value={name} maxLength={60} onChange={(event) => setName(event.target.value)} />
        </label>
        <label>
          属于{' '}
          <select value={view} onChange={(event) => setView(event.target.value as LaneView)}>
            <option value="journey">旅程图</option>
            <option value="blueprint">服务蓝图</option>
          </select>
        </label>
        <button type="submit">添加泳道</button>
      </form>
    </details>
  );
});
