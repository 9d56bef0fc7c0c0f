/** The maps on this device: open, rename, duplicate, delete (with undo in the message), and create from a template. */
import { memo, useLayoutEffect, useRef, useState } from 'react';
import { TEMPLATE_CHOICES, type TemplateId } from '../../lib/journey';
import type { StoredMap } from './mapStore';

export interface MapListProps {
  maps: readonly StoredMap[];
  currentId: string | null;
  onOpen(id: string): void;
  onCreate(template: TemplateId): void;
  onDuplicate(id: string): void;
  onRename(id: string, title: string): void;
  onDelete(id: string): void;
  /** A JSON file picked for import (the island reads it and reports). */
  onImport(file: File): Promise<void>;
}

const STAMP = new Intl.DateTimeFormat('zh-CN', { month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit' });

/** Memoised (the island's callbacks are stable): typing into a card does not render the list again. */
export const MapList = memo(function MapList({ maps, currentId, onOpen, onCreate, onDuplicate, onRename, onDelete, onImport }: MapListProps) {
  const [template, setTemplate] = useState<TemplateId>('hotel');
  const [renaming, setRenaming] = useState<string | null>(null);
  const [draft, setDraft] = useState('');
  const renameInput = useRef<HTMLInputElement>(null);
  const importInput = useRef<HTMLInputElement>(null);
  // Focused as the render commits (a layout effect): Preact runs passive effects after the next
  // frame, and keys typed before that would go to the element that had the focus.
  useLayoutEffect(() => {
    if (renaming) renameInput.current?.focus();
  }, [renaming]);
  return (
    <section className="jm-maps" aria-labelledby="jm-maps-heading">
      <h2 id="jm-maps-heading">我的地图（保存在本机）</h2>
      <form
        className="jm-inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          onCreate(template);
        }}
      >
        <label>
          模板{' '}
          <select value={template} onChange={(event) => setTemplate(event.target.value as TemplateId)} data-testid="jm-template">
            {TEMPLATE_CHOICES.map((choice) => (
              <option key={choice.id} value={choice.id}>
                {choice.label}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">新建地图</button>
        <label className="jm-file">
          导入 JSON
          <input
            ref={importInput}
            type="file"
            accept=".json,application/json"
            data-testid="jm-import"
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) void onImport(file).finally(() => importInput.current && (importInput.current.value = ''));
            }}
          />
        </label>
      </form>
      {maps.length === 0 ? (
        <p className="jm-note">这台设备上还没有地图。</p>
      ) : (
        <ul className="jm-map-list" data-testid="jm-map-list">
          {maps.map(({ map, savedAt }) => (
            <li key={map.id} aria-current={map.id === currentId ? 'true' : undefined}>
              {renaming === map.id ? (
                <form
                  className="jm-inline-form"
                  onSubmit={(event) => {
                    event.preventDefault();
                    onRename(map.id, draft.trim() || map.title);
                    setRenaming(null);
                  }}
                >
                  <label>
                    新名称 <input value={draft} maxLength={120} ref={renameInput} onChange={(event) => setDraft(event.target.value)} />
                  </label>
                  <button type="submit">确定</button>
                  <button type="button" onClick={() => setRenaming(null)}>
                    取消
                  </button>
                </form>
              ) : (
                <>
                  <button type="button" className="jm-map-open" onClick={() => onOpen(map.id)} aria-label={`打开“${map.title}”`}>
                    {map.title || '未命名'}
                  </button>
                  <span className="jm-note">
                    {map.id === currentId ? '（正在编辑）' : ''}
                    {map.stages.length} 个阶段 · {map.cards.length} 张卡片{savedAt ? ` · ${STAMP.format(savedAt)}` : ''}
                  </span>
                  <span className="jm-buttons">
                    <button
                      type="button"
                      onClick={() => {
                        setDraft(map.title);
                        setRenaming(map.id);
                      }}
                      aria-label={`重命名“${map.title}”`}
                    >
                      重命名
                    </button>
                    <button type="button" onClick={() => onDuplicate(map.id)} aria-label={`复制“${map.title}”`}>
                      复制
                    </button>
                    <button type="button" className="jm-danger" onClick={() => onDelete(map.id)} aria-label={`删除“${map.title}”`}>
                      删除
                    </button>
                  </span>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
});
