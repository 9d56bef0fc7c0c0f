/** One poll's scan view: the camera and the tally side by side, and for the bad-experience poll the class's table. */
import { lazy, Suspense, useCallback, useEffect, useRef } from 'react';
import { TEMPLATE_LABELS, type PollDefinition } from '../../lib/poll';
import { CameraPanel } from './CameraPanel';
import { ScanTally } from './ScanTally';
import { useCamera } from './useCamera';
import { useCollector } from './useCollector';
import { useFrameScanner, type ScanHit } from './useFrameScanner';

/** Only the bad-experience poll needs the Market Damage state: fetched when that poll is open. */
const BadExperienceTable = lazy(() => import('./BadExperienceTable'));

export function Scanner({ poll }: { poll: PollDefinition }) {
  const video = useRef<HTMLVideoElement>(null);
  const camera = useCamera();
  const collector = useCollector(poll);
  const { take } = collector;
  useEffect(() => {
    const element = video.current;
    if (!element) return;
    element.srcObject = camera.stream;
    if (camera.stream) void element.play().catch(() => undefined);
  }, [camera.stream]);
  const onHit = useCallback((hit: ScanHit) => void take(hit.text, hit.grabbedAt), [take]);
  useFrameScanner(video, camera.state.status === 'on', onHit);

  const startCamera = (deviceId: string | null = null) => {
    collector.unlockSound();
    void camera.start(deviceId);
  };

  return (
    <div className="poll not-content" data-testid="poll-scan" data-restored="true">
      <p className="poll__hint">
        {TEMPLATE_LABELS[poll.template]} · “{poll.title}” · 投票编号 <strong>{poll.id}</strong>
      </p>
      <div className="poll__scan">
        <CameraPanel camera={camera} video={video} onStart={startCamera} sound={collector.sound} onSound={collector.chooseSound} />
        <ScanTally poll={poll} collector={collector} />
      </div>
      {poll.template === 'badExperience' && (
        <Suspense fallback={null}>
          <BadExperienceTable poll={poll} responses={collector.collection.responses} />
        </Suspense>
      )}
    </div>
  );
}
