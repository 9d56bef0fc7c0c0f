/**
 * The class's poll answers as a tool's data set: a tool page opened as `…/tools/nps/?poll=K7QM`
 * loads that poll's answers (collected on this device by the scan view) through its own import,
 * as the same CSV the scan view exports, and loads them again whenever a new answer is scanned in
 * another tab. A tool adds one line: `usePollFeed(tool.survey.load)`. The feed itself
 * (pollFeed.ts) is fetched only when the address asks for a poll.
 */
import { useEffect, useRef } from 'react';
import type { SurveyInput } from '../shared/useSurveyWorker';
import { useSyncRef } from '../shared/useSyncRef';

export function usePollFeed(load: (input: SurveyInput) => void): void {
  const loadRef = useRef(load);
  useSyncRef(loadRef, load);

  useEffect(() => {
    const pollId = new URLSearchParams(window.location.search).get('poll');
    if (!pollId || !/^[0-9A-Z]{4}$/.test(pollId)) return;
    let stop: (() => void) | null = null;
    let cancelled = false;
    void import('./pollFeed').then(({ startPollFeed }) => {
      if (!cancelled) stop = startPollFeed(pollId, (input) => loadRef.current(input));
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, []);
}
