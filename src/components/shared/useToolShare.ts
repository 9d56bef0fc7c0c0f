/**
 * useTool's share link: 分享链接 writes the link for what is on screen, shows it at once and
 * copies it when the clipboard allows; the header's page QR code asks for the same link
 * (../classroom/pageLink.ts), so a scanned code opens the tool as it is now.
 */
import { useCallback, useEffect } from 'react';
import type { KernelAction } from '../../lib/tool/kernel';
import { writeToolLink, type LinkSpec } from '../../lib/tool/share';
import { PAGE_LINK_EVENT, type PageLinkRequest } from '../classroom/pageLink';

/** @returns publishShare(): writes the link into the kernel's share slot, then tries the clipboard */
export function useToolShare<S>(id: string, spec: LinkSpec<S>, state: S, dispatch: (action: Extract<KernelAction<S, never>, { kind: 'share' | 'copied' }>) => void): () => Promise<void> {
  useEffect(() => {
    const answer = (event: Event) => {
      const request = (event as CustomEvent<PageLinkRequest>).detail;
      request.url ??= writeToolLink(window.location.href, id, spec, state).url;
    };
    document.addEventListener(PAGE_LINK_EVENT, answer);
    return () => document.removeEventListener(PAGE_LINK_EVENT, answer);
  }, [id, spec, state]);

  return useCallback(async () => {
    const { url, note } = writeToolLink(window.location.href, id, spec, state);
    // The link is shown at once: the clipboard may refuse, or never answer (a permission prompt
    // nobody sees), and the link must not wait for it.
    dispatch({ kind: 'share', share: { url, copied: false, note } });
    try {
      await navigator.clipboard.writeText(url);
      dispatch({ kind: 'copied', url });
    } catch {
      // No clipboard permission (or not a secure context): the link stays shown for copying by hand.
    }
  }, [id, spec, state, dispatch]);
}
