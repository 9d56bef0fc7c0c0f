/**
 * The laptop camera for the scan view: start, stop, choose between several cameras, and a clear
 * Chinese message for each way it can fail. The view shows `stream` in a <video>, which
 * useFrameScanner reads frame by frame; nothing is recorded.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

export interface CameraChoice {
  deviceId: string;
  label: string;
}

export type CameraState =
  | { status: 'off' }
  | { status: 'starting' }
  | { status: 'on'; deviceId: string | null }
  | { status: 'error'; message: string };

/** The message for a getUserMedia failure (DOMException names from the Media Capture spec). */
export function cameraMessage(error: unknown): string {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
    case 'PermissionDeniedError':
      return '摄像头权限被拒绝：请点浏览器地址栏左侧的站点设置，允许本站使用摄像头，再点“开启摄像头”。在此之前，可以在下面输入学员念出的代码。';
    case 'NotFoundError':
    case 'DevicesNotFoundError':
    case 'OverconstrainedError':
      return '没有找到摄像头：请接上摄像头（或换一台有摄像头的电脑）后再点“开启摄像头”。在此之前，可以在下面输入学员念出的代码。';
    case 'NotReadableError':
    case 'TrackStartError':
      return '摄像头正被别的程序占用（例如会议软件）：请关掉那个程序后再点“开启摄像头”。';
    default:
      return '摄像头没能打开。可以刷新页面再试；在此之前，可以在下面输入学员念出的代码。';
  }
}

export function useCamera() {
  const [state, setState] = useState<CameraState>({ status: 'off' });
  const [cameras, setCameras] = useState<CameraChoice[]>([]);
  const [stream, setStream] = useState<MediaStream | null>(null);
  const current = useRef<MediaStream | null>(null);

  const stop = useCallback(() => {
    current.current?.getTracks().forEach((track) => track.stop());
    current.current = null;
    setStream(null);
    setState({ status: 'off' });
  }, []);

  const start = useCallback(async (deviceId: string | null = null) => {
    if (!navigator.mediaDevices?.getUserMedia) {
      setState({ status: 'error', message: '这个浏览器不能使用摄像头（本站要用 https 或本机地址打开，摄像头才可用）。可以在下面输入学员念出的代码。' });
      return;
    }
    current.current?.getTracks().forEach((track) => track.stop());
    setState({ status: 'starting' });
    try {
      const size = { width: { ideal: 1280 }, height: { ideal: 720 } };
      const next = await navigator.mediaDevices.getUserMedia({ audio: false, video: deviceId ? { ...size, deviceId: { exact: deviceId } } : size });
      current.current = next;
      setStream(next);
      const devices = await navigator.mediaDevices.enumerateDevices().catch(() => []);
      const found = devices.filter((device) => device.kind === 'videoinput').map((device, index) => ({ deviceId: device.deviceId, label: device.label || `摄像头 ${index + 1}` }));
      setCameras(found);
      setState({ status: 'on', deviceId: next.getVideoTracks()[0]?.getSettings().deviceId ?? deviceId });
    } catch (error) {
      current.current = null;
      setStream(null);
      setState({ status: 'error', message: cameraMessage(error) });
    }
  }, []);

  useEffect(() => () => current.current?.getTracks().forEach((track) => track.stop()), []);

  return { state, cameras, stream, start, stop };
}
