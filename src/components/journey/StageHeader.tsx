/** A stage's column head: drag handle, name, 左移/右移 and delete. */
import { memo } from 'react';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { Stage } from '../../lib/journey';

export interface StageHeaderProps {
  stage: Stage;
  index: number;
  count: number;
  onRename(stageId: string, name: string): void;
  onMove(stageId: string, direction: 'left' | 'right'): void;
  onDelete(stageId: string): void;
}

export const StageHeader = memo(function StageHeader({ stage, index, count, onRename, onMove, onDelete }: StageHeaderProps) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: `stage|${stage.id}`, attributes: { roleDescription: '可拖动的阶段' } });
  const label = stage.name || `第 ${index + 1} 个阶段`;
  return (
    <div className={`jm-stage${isDragging ? ' is-dragging' : ''}`} ref={setNodeRef} style={{ transform: CSS.Translate.toString(transform), transition }} data-stage={stage.id}>
      <div className="jm-stage-top">
        <button type="button" className="jm-handle" ref={setActivatorNodeRef} {...attributes} {...listeners} aria-label={`拖动阶段“${label}”`}>
          <span aria-hidden="true">⠿</span>
        </button>
        <input className="jm-stage-name" value={stage.name} maxLength={60} aria-label={`第 ${index + 1} 个阶段的名称`} onChange={(event) => onRename(stage.id, event.target.value)} />
      </div>
      <div className="jm-buttons">
        <button type="button" data-act="left" disabled={index === 0} onClick={() => onMove(stage.id, 'left')} aria-label={`阶段“${label}”左移`}>
          左移
        </button>
        <button type="button" data-act="right" disabled={index === count - 1} onClick={() => onMove(stage.id, 'right')} aria-label={`阶段“${label}”右移`}>
          右移
        </button>
        <button type="button" className="jm-danger" disabled={count <= 1} onClick={() => onDelete(stage.id)} aria-label={`删除阶段“${label}”`}>
          删除
        </button>
      </div>
    </div>
  );
});
