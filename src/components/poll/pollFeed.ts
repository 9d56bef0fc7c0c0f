/**
 * Loaded by usePollFeed only when a tool page is opened with `?poll=<id>`: reads that poll's
 * answers from this device, gives them to the tool's import as CSV text, and again after each
 * new scan (another tab), so the tool pages carry no poll code otherwise.
 */
import { pollTable } from '../../lib/poll';
import { toCsv } from '../shared/exportCsv';
import type { SurveyInput } from '../shared/useSurveyWorker';
import { loadCollection, loadPoll, subscribeAnswers } from './pollStore';

/** Wait after a scan before re-importing, so a burst of scans is read once. */
const SETTLE_MS = 300;

/** Starts feeding; returns the stop function. A poll not yet on this device is read when its first answer arrives. */
export function startPollFeed(pollId: string, load: (input: SurveyInput) => void): () => void {
  const feed = () => {
    const poll = loadPoll(pollId);
    const { responses } = loadCollection(pollId);
    if (!poll || responses.length === 0) return;
    const { headers, rows } = pollTable(poll, responses);
    load({ text: toCsv([headers, ...rows]), fileName: `课堂投票：${poll.title}（${responses.length} 份）` });
  };
  feed();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const unsubscribe = subscribeAnswers(pollId, () => {
    clearTimeout(timer);
    timer = setTimeout(feed, SETTLE_MS);
  });
  return () => {
    clearTimeout(timer);
    unsubscribe();
  };
}
