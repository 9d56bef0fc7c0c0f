/**
 * The class's poll answers as a tool's data set: a tool page opened as `…/tools/nps/?poll=K7QM`
 * loads that poll's answers (collected on this device by the scan view) through its own import,
 * as the CSV the scan view exports, and loads them again whenever a new answer is scanned in
 * another tab. A tool adds one line: `usePollFeed(tool.survey.load)`.
 */
import { useEffect, useRef } from 'react';
import { pollTable } from '../../lib/poll';
import { toCsv } from '../shared/exportCsv';
import type { SurveyInput } from '../shared/useSurveyWorker';
import { loadCollection, loadPoll, subscribeAnswers } from './pollStore';

/** Wait after a scan before re-importing, so a burst of scans is read once. */
const SETTLE_MS = 300;

export function usePollFeed(load: (input: SurveyInput) => void): void {
  const loadRef = useRef(load);
  useEffect(() => {
    loadRef.current = load;
  }, [load]);

  useEffect(() => {
    const pollId = new URLSearchParams(window.location.search).get('poll');
    if (!pollId || !/^[0-9A-Z]{4}$/.test(pollId)) return;
    const poll = loadPoll(pollId);
    if (!poll) return;
    const feed = () => {
      const { responses } = loadCollection(pollId);
      if (responses.length === 0) return;
      const { headers, rows } = pollTable(poll, responses);
      loadRef.current({ text: toCsv([headers, ...rows]), fileName: `课堂投票：${poll.title}（${responses.length} 份）` });
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
  }, []);
}
