/**
 * The 双图 studio's island (content/tools/journey/index.mdx): the map list, the open map's title
 * block, lanes and grid (or the phone's stage-by-stage view), the emotion curves, and the
 * toolbar (undo/redo, JSON export/import, SVG/PNG, A3 print, share link, presentation). Rules
 * and maths live in src/lib/journey; storage and history in useStudio.ts; the exports in
 * useMapExports.ts.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import { canRedo, canUndo, stageMove } from '../../lib/journey';
import { withBase } from '../../utils/url';
import { newId } from './mapStore';
import { useStudio } from './useStudio';
import { useUndoKeys } from './useUndoKeys';
import { useSyncRef } from '../shared/useSyncRef';
import { useMapExports } from './useMapExports';
import { StudioToolbar, type StudioView } from './StudioToolbar';
import { StudioError } from './StudioError';
import { MapList } from './MapList';
import { MapMeta } from './MapMeta';
import { LanePanel } from './LanePanel';
import { MapGrid, type GridHandlers } from './MapGrid';
import { EmotionPanel } from './EmotionPanel';
import { StageView } from './StageView';
import { Presentation } from './Presentation';
import { StudioNotice } from './StudioNotice';
import { useCardActions } from './useCardActions';
import '../shared/toolLayout.css';
import './journey.css';

const newLaneId = () => newId('l');

export default function JourneyStudio() {
  const studio = useStudio();
  const { present: map, history, send, setMessage } = studio;
  // Phones open in the stage-by-stage view (the server renders no map, so this cannot mismatch).
  const [view, setView] = useState<StudioView>(() => (typeof window !== 'undefined' && window.matchMedia('(max-width: 720px)').matches ? 'stack' : 'grid'));
  const [presenting, setPresenting] = useState(false);
  const [stageIndex, setStageIndex] = useState(0);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [fresh, setFresh] = useState<string | null>(null);
  const presentButton = useRef<HTMLButtonElement>(null);
  const root = useRef<HTMLDivElement>(null);
  const mapRef = useRef(map);
  useSyncRef(mapRef, map);
  // Another map opened: nothing stays selected.
  const [shownId, setShownId] = useState(map?.id);
  if (shownId !== map?.id) {
    setShownId(map?.id);
    setSelectedId(null);
  }
  const exports = useMapExports(map, setMessage);

  const focusLater = useCallback((selector: string) => requestAnimationFrame(() => root.current?.querySelector<HTMLElement>(selector)?.focus()), []);

  const onSelect = useCallback((cardId: string | null) => {
    setFresh(null);
    setSelectedId(cardId);
  }, []);
  const handlers: GridHandlers = useMemo(
    () => ({
      send,
      onSelect,
      onAddCard: (stageId, laneId) => {
        const id = newId('c');
        send({ type: 'addCard', id, stageId, laneId, text: '' });
        setSelectedId(id);
        setFresh(id);
      },
      onAddStage: () => {
        const count = mapRef.current?.stages.length ?? 0;
        send({ type: 'addStage', id: newId('s'), name: `阶段 ${count + 1}`, index: count });
        setStageIndex(count);
      },
      onMoveStage: (stageId, direction) => {
        const current = mapRef.current;
        const event = current && stageMove(current, stageId, direction);
        if (event) {
          send(event);
          focusLater(`[data-stage="${stageId}"] [data-act="${direction}"]`);
        }
      },
    }),
    [send, onSelect, focusLater],
  );

  const actions = useCardActions({ map, mapRef, selectedId, setSelectedId, fresh, send, setMessage, focusLater });

  const undo = useCallback(() => send({ type: 'undo' }), [send]);
  const redo = useCallback(() => send({ type: 'redo' }), [send]);
  useUndoKeys(undo, redo, presenting);

  const deleteLane = useCallback((laneId: string, index: number) => {
    const map = mapRef.current;
    const lane = map?.lanes.find((item) => item.id === laneId);
    if (!map || !lane || map.lanes.length <= 1) return;
    const count = map.cards.filter((card) => card.laneId === laneId).length;
    send({ type: 'deleteLane', laneId });
    const what = count > 0 ? `泳道“${lane.name}”和其中的 ${count} 张卡片` : `泳道“${lane.name}”`;
    setMessage({ kind: 'notice', text: `已删除${what}（Ctrl+Z 或“撤销删除”可恢复）。`, action: 'undo', at: 'lanes' });
    // Focus stays in the list: on the lane now at that place, or the one above it.
    const at = Math.min(index, map.lanes.length - 2) + 1;
    focusLater(`.jm-lane-list li:nth-child(${at}) [data-act="delete"]`);
  }, [send, setMessage, focusLater]);
  const { importText } = studio;
  const onImport = useCallback(async (file: File) => {
    const text = await file.text().catch(() => '');
    await importText(text, file.name);
  }, [importText]);

  const { message, undoDelete } = studio;
  const undoNotice = useCallback(() => {
    undo();
    setMessage(null);
  }, [undo, setMessage]);
  const laneNotice = useMemo(() => <StudioNotice message={message?.at === 'lanes' ? message : null} onUndo={undoNotice} onUndoDelete={() => void undoDelete()} />, [message, undoNotice, undoDelete]);
  return (
    <div className="jm not-content" ref={root} data-testid="jm-studio" data-restored={studio.restored ? 'true' : 'false'} data-saved={studio.dirty ? 'false' : 'true'}>
      <p>
        <a href={withBase('/tools/journey/method/')}>方法说明</a>：泳道的来历、峰终分的算法、标签和数据保存方式。
      </p>
      <StudioError message={message} onExport={map ? exports.exportJson : null} onDismiss={() => setMessage(null)} />
      <StudioNotice message={message?.at === 'lanes' ? null : message} onUndo={undoNotice} onUndoDelete={() => void undoDelete()} />
      <MapList maps={studio.maps} currentId={map?.id ?? null} onOpen={studio.open} onCreate={studio.create} onDuplicate={studio.duplicate} onRename={studio.rename} onDelete={studio.remove} onImport={onImport} />
      {map && history && (
        <>
          <StudioToolbar
            canUndo={canUndo(history)}
            canRedo={canRedo(history)}
            onUndo={undo}
            onRedo={redo}
            view={view}
            onView={setView}
            onPresent={() => setPresenting(true)}
            presentButton={presentButton}
            exports={exports}
            dirty={studio.dirty}
          />
          {exports.shareUrl && (
            <p className="jm-share">
              <label>
                分享链接（{exports.shareUrl.length} 个字符）
                <input readOnly value={exports.shareUrl} onFocus={(event) => event.target.select()} />
              </label>
            </p>
          )}
          {view === 'grid' ? (
            <MapGrid map={map} selectedId={selectedId} actions={actions} handlers={handlers} />
          ) : (
            <StageView map={map} index={stageIndex} onIndex={setStageIndex} selectedId={selectedId} actions={actions} handlers={handlers} />
          )}
          {view === 'grid' && <EmotionPanel map={map} send={send} />}
          <MapMeta map={map} send={send} />
          <LanePanel lanes={map.lanes} send={send} newLaneId={newLaneId} onDelete={deleteLane} notice={laneNotice} />
          {presenting && (
            <Presentation
              map={map}
              index={stageIndex}
              onIndex={setStageIndex}
              onClose={() => {
                setPresenting(false);
                requestAnimationFrame(() => presentButton.current?.focus());
              }}
            />
          )}
          {exports.printSvg && <div className="jm-print" aria-hidden="true" dangerouslySetInnerHTML={{ __html: exports.printSvg }} />}
        </>
      )}
    </div>
  );
}
