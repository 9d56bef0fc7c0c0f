/**
 * The scan view's collection of answers for one poll: each decoded answer counts once (a changed
 * answer replaces the respondent's earlier one), the last scan can be undone, everything is saved
 * on this device as it changes, and the page says what happened in words (and a short tone).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { addResponse, decodeAnswer, pollTable, undoLast, type Collection, type PollDefinition } from '../../lib/poll';
import { downloadCsv } from '../shared/exportCsv';
import { readRaw, writeRaw } from '../shared/toolStorage';
import { loadCollection, saveCollection, savePoll } from './pollStore';

const SOUND_KEY = 'jzfw:poll:sound';

export type Feedback = { kind: 'ok' | 'notice' | 'error'; text: string } | null;

function beep(context: AudioContext | null): void {
  if (!context) return;
  const oscillator = context.createOscillator();
  const gain = context.createGain();
  oscillator.frequency.value = 880;
  gain.gain.setValueAtTime(0.2, context.currentTime);
  gain.gain.exponentialRampToValueAtTime(0.001, context.currentTime + 0.15);
  oscillator.connect(gain).connect(context.destination);
  oscillator.start();
  oscillator.stop(context.currentTime + 0.15);
}

export function useCollector(poll: PollDefinition) {
  const audio = useRef<AudioContext | null>(null);
  const [collection, setCollection] = useState<Collection>(() => loadCollection(poll.id));
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [flash, setFlash] = useState<'ok' | 'error' | null>(null);
  const [sound, setSound] = useState(() => readRaw(SOUND_KEY) !== 'off');
  const collectionRef = useRef(collection);

  useEffect(() => savePoll(poll), [poll]);
  useEffect(() => {
    if (!flash) return;
    const timer = setTimeout(() => setFlash(null), 500);
    return () => clearTimeout(timer);
  }, [flash]);

  const commit = useCallback((next: Collection) => {
    collectionRef.current = next;
    setCollection(next);
    if (saveCollection(next) === 'full') setFeedback({ kind: 'error', text: '浏览器的存储空间已满，这份答案只在本页计数，请先导出 CSV。' });
  }, []);

  /** Counts one answer code (scanned, or typed with `grabbedAt` null); false when it cannot be read. */
  const take = useCallback((text: string, grabbedAt: number | null) => {
    const decoded = decodeAnswer(poll, text);
    if (!decoded.ok) {
      setFeedback({ kind: 'error', text: decoded.message });
      setFlash('error');
      return false;
    }
    const { collection: next, outcome } = addResponse(collectionRef.current, decoded.answer);
    if (outcome === 'duplicate') {
      setFeedback({ kind: 'notice', text: '这份答案已经计入过了，没有重复计数。' });
      return true;
    }
    commit(next);
    setFeedback({ kind: 'ok', text: outcome === 'new' ? `已收到第 ${next.responses.length} 份答案。` : '这位学员改了答案，已用新答案替换（仍算一份）。' });
    setFlash('ok');
    if (sound) beep(audio.current);
    if (grabbedAt !== null) window.dispatchEvent(new CustomEvent('poll-counted', { detail: { grabbedAt, countedAt: performance.now() } }));
    return true;
  }, [poll, commit, sound]);

  /** Browsers allow sound only after a click: called when the trainer starts the camera. */
  const unlockSound = () => {
    try {
      audio.current ??= new AudioContext();
    } catch {
      audio.current = null;
    }
  };
  const chooseSound = (on: boolean) => {
    setSound(on);
    writeRaw(SOUND_KEY, on ? 'on' : 'off');
  };
  const undo = () => {
    const { collection: next, undone } = undoLast(collectionRef.current);
    if (!undone) return;
    commit(next);
    setFeedback({ kind: 'notice', text: undone.previous ? '已撤销上一次扫码：恢复为这位学员原来的答案。' : `已撤销上一次扫码，现在共 ${next.responses.length} 份。` });
  };
  const clearAll = () => {
    if (!window.confirm(`清空本次投票已收到的 ${collection.responses.length} 份答案？此操作不能撤销。`)) return;
    commit({ pollId: poll.id, responses: [], history: [] });
    setFeedback({ kind: 'notice', text: '已清空本次投票的答案。' });
  };
  const exportCsv = () => {
    const { headers, rows } = pollTable(poll, collection.responses);
    downloadCsv(`课堂投票-${poll.id}.csv`, [headers, ...rows]);
  };

  return { collection, feedback, flash, sound, take, unlockSound, chooseSound, undo, clearAll, exportCsv };
}

export type Collector = ReturnType<typeof useCollector>;
