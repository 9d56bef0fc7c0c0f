/**
 * Presentation mode for the projector: the whole screen, large type, one stage at a time with
 * its cards and the curve (the current stage framed). ← / → (or the buttons) step through the
 * stages; Esc leaves and gives focus back to the button that opened it.
 */
import { useLayoutEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import { formatEmotion, tagById, type JourneyMap } from '../../lib/journey';
import { CurveSvg } from './CurveSvg';
import { PeakEndSummary } from './PeakEndSummary';

export function Presentation({ map, index, onIndex, onClose }: { map: JourneyMap; index: number; onIndex(index: number): void; onClose(): void }) {
  const root = useRef<HTMLDivElement>(null);
  const at = Math.min(index, map.stages.length - 1);
  const stage = map.stages[at]!;
  // Focused as the render commits (a layout effect): Preact runs passive effects after the next
  // frame, and keys typed before that would go to the element that had the focus.
  useLayoutEffect(() => {
    root.current?.focus();
  }, []);
  const step = (delta: number) => onIndex(Math.max(0, Math.min(map.stages.length - 1, at + delta)));
  // On <body>, above Starlight's header and sidebar (their stacking contexts would cover it otherwise).
  return createPortal(
    <div className="jm">
    {/* The dialog takes the arrow keys and Escape for the whole presentation. */}
    {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
    <div
      className="jm-present"
      ref={root}
      tabIndex={-1}
      role="dialog"
      aria-modal="true"
      aria-labelledby="jm-present-title"
      data-testid="jm-present"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
        else if (event.key === 'ArrowRight' || event.key === 'PageDown') step(1);
        else if (event.key === 'ArrowLeft' || event.key === 'PageUp') step(-1);
        else return;
        event.preventDefault();
      }}
    >
      <div className="jm-present-head">
        <p className="jm-present-map">
          {map.title}
          {map.persona ? ` · 顾客画像：${map.persona}` : ''}
          {map.team ? ` · ${map.team}` : ''}
        </p>
        <h2 id="jm-present-title">
          <span className="jm-present-count">
            {at + 1} / {map.stages.length}
          </span>{' '}
          {stage.name}
        </h2>
        <p className="jm-present-scores">
          现状 {stage.asIs === null ? '未打分' : formatEmotion(stage.asIs)} · 优化后 {stage.toBe === null ? '未打分' : formatEmotion(stage.toBe)}
        </p>
      </div>
      <div className="jm-present-lanes">
        {map.lanes
          .filter((lane) => !lane.hidden)
          .map((lane) => {
            const cards = map.cards.filter((card) => card.stageId === stage.id && card.laneId === lane.id);
            if (cards.length === 0) return null;
            return (
              <section key={lane.id} className={`jm-present-lane jm-view-${lane.view}`}>
                <h3>{lane.name}</h3>
                <ul>
                  {cards.map((card) => (
                    <li key={card.id} className={card.tags.includes('pain') ? 'is-pain' : undefined}>
                      {card.text}
                      {card.tags.length > 0 && <span className="jm-present-tags">{card.tags.map((tag) => tagById(tag)?.label).filter(Boolean).join(' · ')}</span>}
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
      </div>
      <div className="jm-present-curve">
        <CurveSvg map={map} highlight={at} columnPx={120} labelPx={56} title="情绪曲线（当前阶段加框）：虚线为现状，实线为优化后" />
        <PeakEndSummary map={map} />
      </div>
      <nav className="jm-present-nav" aria-label="演示">
        <button type="button" onClick={() => step(-1)} disabled={at === 0}>
          ‹ 上一阶段
        </button>
        <button type="button" onClick={() => step(1)} disabled={at === map.stages.length - 1}>
          下一阶段 ›
        </button>
        <button type="button" onClick={onClose}>
          退出演示（Esc）
        </button>
      </nav>
    </div>
    </div>,
    document.body,
  );
}
