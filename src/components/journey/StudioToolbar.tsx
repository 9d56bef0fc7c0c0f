import type { RefObject } from 'react';
import type { MapExports } from './useMapExports';

export type StudioView = 'grid' | 'stack';

export interface StudioToolbarProps {
  canUndo: boolean;
  canRedo: boolean;
  onUndo: () => void;
  onRedo: () => void;
  view: StudioView;
  onView: (view: StudioView) => void;
  onPresent: () => void;
  /** The 演示模式 button, focused again when the presentation closes. */
  presentButton: RefObject<HTMLButtonElement | null>;
  exports: MapExports;
  /** A change is waiting for autosave. */
  dirty: boolean;
}

/** The open map's toolbar: undo/redo, the two views, presentation, exports, print and share. */
export function StudioToolbar({ canUndo, canRedo, onUndo, onRedo, view, onView, onPresent, presentButton, exports, dirty }: StudioToolbarProps) {
  return (
    <div className="jm-toolbar" role="toolbar" aria-label="地图操作">
      <button type="button" onClick={onUndo} disabled={!canUndo} aria-keyshortcuts="Control+Z">
        撤销
      </button>
      <button type="button" onClick={onRedo} disabled={!canRedo} aria-keyshortcuts="Control+Shift+Z">
        重做
      </button>
      <span className="jm-sep" aria-hidden="true" />
      <button type="button" aria-pressed={view === 'grid'} onClick={() => onView('grid')}>
        网格视图
      </button>
      <button type="button" aria-pressed={view === 'stack'} onClick={() => onView('stack')}>
        逐阶段视图
      </button>
      <button type="button" ref={presentButton} onClick={onPresent}>
        演示模式
      </button>
      <span className="jm-sep" aria-hidden="true" />
      <button type="button" onClick={exports.exportJson}>
        导出 JSON
      </button>
      <button type="button" onClick={() => void exports.exportPicture('svg')} disabled={exports.busy}>
        导出 SVG
      </button>
      <button type="button" onClick={() => void exports.exportPicture('png')} disabled={exports.busy}>
        导出 PNG
      </button>
      <button type="button" onClick={() => void exports.print()}>
        打印 A3
      </button>
      <button type="button" onClick={() => void exports.share()}>
        分享链接
      </button>
      <span className="jm-note jm-saved">{dirty ? '正在保存…' : '已保存在本机'}</span>
    </div>
  );
}
