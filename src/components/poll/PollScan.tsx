/**
 * The trainer's scan view: the laptop camera reads the participants' answer QR codes (or the
 * trainer types a code), each respondent counts once, the last scan can be undone, and the open
 * tool pages (`?poll=<id>`) update as answers arrive. Answers stay on this device.
 */
import { lazy, Suspense, useCallback, useEffect, useId, useRef, useState } from 'react';
import { addResponse, decodeAnswer, decodePollHash, pollTable, TEMPLATE_LABELS, TEMPLATE_TOOL, undoLast, type Collection, type PollDefinition, type PollLinkResult } from '../../lib/poll';
import { downloadCsv } from '../shared/exportCsv';
import { readRaw, writeRaw } from '../shared/toolStorage';
import { withBase } from '../../utils/url';
import { loadCollection, saveCollection, savePoll } from './pollStore';
import { useCamera } from './useCamera';
import { useFrameScanner, type ScanHit } from './useFrameScanner';

const SOUND_KEY = 'jzfw:poll:sound';
/** Only the bad-experience poll needs the Market Damage state: fetched when that poll is open. */
const BadExperienceTable = lazy(() => import('./BadExperienceTable'));
type Feedback = { kind: 'ok' | 'notice' | 'error'; text: string } | null;

const TOOL_LINKS: Record<string, { path: string; label: string }> = {
  nps: { path: '/tools/nps/', label: '在 NPS 计算器中查看全班结果' },
  kano: { path: '/tools/kano/', label: '在 KANO 工具中查看全班结果' },
  servqual: { path: '/tools/servqual/', label: '在 SERVQUAL 工具中查看全班结果' },
};

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

export default function PollScan() {
  const [link, setLink] = useState<PollLinkResult | null>(null);
  useEffect(() => {
    const read = () => setLink(decodePollHash(window.location.hash));
    read();
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, []);
  if (link === null) return <div className="poll not-content" data-testid="poll-scan" data-restored="false" />;
  if (!link.ok) {
    return (
      <div className="poll not-content" data-testid="poll-scan" data-restored="true">
        <p className="poll__message is-error" role="alert">
          {link.empty ? '请先在' : `${link.message}请回到`}
          <a href={withBase('/tools/poll/')}>课堂投票</a>页生成投票，再点“开始扫码收集”打开本页。
        </p>
      </div>
    );
  }
  return <Scanner key={link.poll.id} poll={link.poll} />;
}

function Scanner({ poll }: { poll: PollDefinition }) {
  const id = useId();
  const video = useRef<HTMLVideoElement>(null);
  const audio = useRef<AudioContext | null>(null);
  const [collection, setCollection] = useState<Collection>(() => loadCollection(poll.id));
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [flash, setFlash] = useState<'ok' | 'error' | null>(null);
  const [sound, setSound] = useState(() => readRaw(SOUND_KEY) !== 'off');
  const [typed, setTyped] = useState('');
  const camera = useCamera();
  const collectionRef = useRef(collection);

  useEffect(() => savePoll(poll), [poll]);
  useEffect(() => {
    const element = video.current;
    if (!element) return;
    element.srcObject = camera.stream;
    if (camera.stream) void element.play().catch(() => undefined);
  }, [camera.stream]);

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

  const onHit = useCallback((hit: ScanHit) => void take(hit.text, hit.grabbedAt), [take]);
  useFrameScanner(video, camera.state.status === 'on', onHit);

  const startCamera = (deviceId: string | null = null) => {
    try {
      audio.current ??= new AudioContext();
    } catch {
      audio.current = null;
    }
    void camera.start(deviceId);
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
  const toolLink = TOOL_LINKS[TEMPLATE_TOOL[poll.template]];
  const count = collection.responses.length;

  return (
    <div className="poll not-content" data-testid="poll-scan" data-restored="true">
      <p className="poll__hint">
        {TEMPLATE_LABELS[poll.template]} · “{poll.title}” · 投票编号 <strong>{poll.id}</strong>
      </p>
      <div className="poll__scan">
        <div className="poll__camera">
          <video ref={video} className="poll__video" muted playsInline aria-label="摄像头画面（只在本机显示，不保存）" hidden={camera.state.status !== 'on'} />
          {camera.state.status !== 'on' && <div className="poll__video-placeholder">{camera.state.status === 'starting' ? '正在打开摄像头……' : '摄像头未开启'}</div>}
          <div className="poll__actions">
            {camera.state.status === 'on' ? (
              <button type="button" className="poll__button is-quiet" onClick={camera.stop}>关闭摄像头</button>
            ) : (
              <button type="button" className="poll__button is-primary" onClick={() => startCamera()} data-testid="poll-camera-start">开启摄像头</button>
            )}
            <label className="poll__check">
              <input type="checkbox" checked={sound} onChange={(event) => { setSound(event.target.checked); writeRaw(SOUND_KEY, event.target.checked ? 'on' : 'off'); }} />
              提示音
            </label>
          </div>
          {camera.cameras.length > 1 && (
            <label className="poll__field">
              选择摄像头（这台电脑有 {camera.cameras.length} 个）
              <select value={camera.state.status === 'on' ? camera.state.deviceId ?? '' : ''} onChange={(event) => startCamera(event.target.value)} data-testid="poll-camera-choice">
                {camera.cameras.map((choice) => <option key={choice.deviceId} value={choice.deviceId}>{choice.label}</option>)}
              </select>
            </label>
          )}
          {camera.state.status === 'error' && <p className="poll__message is-error" role="alert" data-testid="poll-camera-message">{camera.state.message}</p>}
        </div>
        <div className="poll__tally">
          <div className={`poll__counter${flash ? ` is-${flash}` : ''}`}>
            <span className="poll__count" data-testid="poll-count">{count}</span>
            <span>份答案</span>
          </div>
          <div role="status" aria-live="polite" className="poll__status" data-testid="poll-feedback">
            {feedback && <p className={`poll__message is-${feedback.kind}`}>{feedback.text}</p>}
          </div>
          <form className="poll__typed-form" onSubmit={(event) => {
            event.preventDefault();
            if (take(typed, null)) setTyped('');
          }}>
            <label className="poll__field" htmlFor={`${id}-typed`}>输入学员的代码（摄像头扫不出时）</label>
            <div className="poll__inline">
              <input id={`${id}-typed`} type="text" value={typed} autoComplete="off" spellCheck={false} onChange={(event) => setTyped(event.target.value)} data-testid="poll-typed-input" />
              <button type="submit" className="poll__button">计入</button>
            </div>
          </form>
          <div className="poll__actions">
            <button type="button" className="poll__button is-quiet" onClick={undo} disabled={collection.history.length === 0} data-testid="poll-undo">撤销上一次扫码</button>
            <button type="button" className="poll__button is-quiet" onClick={exportCsv} disabled={count === 0} data-testid="poll-export">导出 CSV</button>
            <button type="button" className="poll__button is-quiet" onClick={clearAll} disabled={count === 0}>清空</button>
          </div>
          {toolLink && (
            <p>
              <a className="poll__button is-primary" href={`${withBase(toolLink.path)}?poll=${poll.id}`} target="_blank" data-testid="poll-tool-link">{toolLink.label}</a>
            </p>
          )}
          <p className="poll__hint">工具页在新标签页打开，扫到新答案会自动更新。</p>
        </div>
      </div>
      {poll.template === 'badExperience' && (
        <Suspense fallback={null}>
          <BadExperienceTable poll={poll} responses={collection.responses} />
        </Suspense>
      )}
    </div>
  );
}
