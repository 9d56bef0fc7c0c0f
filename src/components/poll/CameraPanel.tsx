/** The scan view's camera: the picture (shown only here, never saved), start/stop, the tone, which camera, and why it failed. */
import type { RefObject } from 'react';
import type { useCamera } from './useCamera';

interface CameraPanelProps {
  camera: ReturnType<typeof useCamera>;
  video: RefObject<HTMLVideoElement | null>;
  onStart: (deviceId?: string | null) => void;
  sound: boolean;
  onSound: (on: boolean) => void;
}

export function CameraPanel({ camera, video, onStart, sound, onSound }: CameraPanelProps) {
  const on = camera.state.status === 'on';
  return (
    <div className="poll__camera">
      <video ref={video} className="poll__video" muted playsInline aria-label="摄像头画面（只在本机显示，不保存）" hidden={!on} />
      {!on && <div className="poll__video-placeholder">{camera.state.status === 'starting' ? '正在打开摄像头……' : '摄像头未开启'}</div>}
      <div className="poll__actions">
        {on ? (
          <button type="button" className="poll__button is-quiet" onClick={camera.stop}>关闭摄像头</button>
        ) : (
          <button type="button" className="poll__button is-primary" onClick={() => onStart()} data-testid="poll-camera-start">开启摄像头</button>
        )}
        <label className="poll__check">
          <input type="checkbox" checked={sound} onChange={(event) => onSound(event.target.checked)} />
          提示音
        </label>
      </div>
      {camera.cameras.length > 1 && (
        <label className="poll__field">
          选择摄像头（这台电脑有 {camera.cameras.length} 个）
          <select value={camera.state.status === 'on' ? camera.state.deviceId ?? '' : ''} onChange={(event) => onStart(event.target.value)} data-testid="poll-camera-choice">
            {camera.cameras.map((choice) => <option key={choice.deviceId} value={choice.deviceId}>{choice.label}</option>)}
          </select>
        </label>
      )}
      {camera.state.status === 'error' && <p className="poll__message is-error" role="alert" data-testid="poll-camera-message">{camera.state.message}</p>}
    </div>
  );
}
