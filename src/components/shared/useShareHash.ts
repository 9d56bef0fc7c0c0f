/**
 * Share links for a calculator: reads a state from the address hash once the saved inputs are
 * restored (and again on every `hashchange`), and makes links to the current state, copied to
 * the clipboard when allowed. The tool decides what goes into the payload and what a loaded
 * link means; encoding, versioning and checksums are in src/lib/share.
 *
 *   const { share, publish, clearShare } = useShareHash({ tool: 'nps', restored, validate, onLoad, onError });
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { decodeShareState, shareUrl, type ShareValidation } from '../../lib/share';

export interface ShareLink {
  url: string;
  /** True when the link was written to the clipboard. */
  copied: boolean;
  /** Why the link holds less than the full state (e.g. left out to stay short enough). */
  note: string | null;
}

export interface ShareHashOptions<T> {
  /** Tool id written into (and checked in) the link. */
  tool: string;
  /** Only read the hash after the persisted state was restored, so the link wins. */
  restored: boolean;
  /** The tool's shape check for a decoded payload. */
  validate: (value: unknown) => ShareValidation<T>;
  /** A valid link was opened. */
  onLoad: (value: T) => void;
  /** A tampered, truncated or foreign link was opened (Chinese message). */
  onError: (message: string) => void;
}

export function useShareHash<T>({ tool, restored, validate, onLoad, onError }: ShareHashOptions<T>) {
  // Latest callbacks without re-subscribing the hashchange listener.
  const handlers = useRef({ validate, onLoad, onError });
  handlers.current = { validate, onLoad, onError };

  const applyShareHash = useCallback(() => {
    const decoded = decodeShareState(window.location.hash, (value) => handlers.current.validate(value), tool);
    if (!decoded.ok && decoded.empty) return;
    // The link has been read: keep the address clean so that a reload uses the saved state.
    window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}`);
    if (decoded.ok) handlers.current.onLoad(decoded.value);
    else handlers.current.onError(decoded.error);
  }, [tool]);

  const shareHandled = useRef(false);
  useEffect(() => {
    if (!restored || shareHandled.current) return;
    shareHandled.current = true;
    applyShareHash();
    window.addEventListener('hashchange', applyShareHash);
    return () => window.removeEventListener('hashchange', applyShareHash);
  }, [restored, applyShareHash]);

  const [share, setShare] = useState<ShareLink | null>(null);

  /** Makes the link for a payload and tries to copy it. */
  const publish = useCallback(
    async (payload: unknown, note: string | null = null) => {
      const url = shareUrl(window.location.href, payload, tool);
      let copied = false;
      try {
        await navigator.clipboard.writeText(url);
        copied = true;
      } catch {
        // No clipboard permission (or not a secure context): the link is shown for manual copying.
      }
      setShare({ url, copied, note });
    },
    [tool],
  );

  const clearShare = useCallback(() => setShare(null), []);

  return { share, publish, clearShare };
}
