/**
 * The laptop camera for the scan view: start, stop, choose between several cameras, and a clear
 * Chinese message for each way it can fail. The stream is shown in a <video> and read frame by
 * frame by useFrameScanner; nothing is recorded.
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

export function useCamera(video: React.RefObject<HTMLVideoElement | null>) {
  const [state, setState] = useState<CameraState>({ status: 'off' });
  const [cameras, setCameras] = useState<CameraChoice[]>([]);
  const stream = useRef<MediaStream | null>(null);

  const stop = useCallback(() => {
    stream.current?.getTracks().forEach((track) => track.stop());
    stream.current = null;
    if (video.current) video.current.srcObject = null;
    setState({ status: 'off' });
  }, [video]);

  const start = useCallback(async (deviceId: string | null = null) => {
    if (!navigator.mediaDevices?.getUserMedia) {
      setState({ status: 'error', message: '这个浏览器不能使用摄像头（本站要用 https 或本机地址打开，摄像头才可用）。可以在下面输入学员念出的代码。' });
      return;
    }
    stream.current?.getTracks().forEach((track) => track.stop());
    setState({ status: 'starting' });
    try {
      const size = { width: { ideal: 1280 }, height: { ideal: 720 } };
      const next = await navigator.mediaDevices.getUserMedia({ audio: false, video: deviceId ? { ...size, deviceId: { exact: deviceId } } : size });
      stream.current = next;
      if (video.current) {
        video.current.srcObject = next;
        await video.current.play().catch(() => undefined);
      }
      const devices = await navigator.mediaDevices.enumerateDevices().catch(() => []);
      const found = devices.filter((device) => device.kind === 'videoinput').map((device, index) => ({ deviceId: device.deviceId, label: device.label || `摄像头 ${index + 1}` }));
      setCameras(found);
      setState({ status: 'on', deviceId: next.getVideoTracks()[0]?.getSettings().deviceId ?? deviceId });
    } catch (error) {
      stream.current = null;
      setState({ status: 'error', message: cameraMessage(error) });
    }
  }, [video]);

  useEffect(() => () => stream.current?.getTracks().forEach((track) => track.stop()), []);

  return { state, cameras, start, stop };
}
