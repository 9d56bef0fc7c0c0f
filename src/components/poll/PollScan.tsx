/**
 * The trainer's scan view: the laptop camera reads the participants' answer QR codes (or the
 * trainer types a code), each respondent counts once, the last scan can be undone, and the open
 * tool pages (`?poll=<id>`) update as answers arrive. Answers stay on this device.
 *
 * This island reads the poll from the link's hash; Scanner.tsx is the view of one poll (its
 * camera in CameraPanel.tsx, its count and controls in ScanTally.tsx, its answers in useCollector.ts).
 */
import { useEffect, useState } from 'react';
import { decodePollHash, type PollLinkResult } from '../../lib/poll';
import { withBase } from '../../utils/url';
import { Scanner } from './Scanner';

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
