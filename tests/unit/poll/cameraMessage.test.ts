import { describe, expect, it } from 'vitest';
import { cameraMessage } from '../../../src/components/poll/useCamera';

describe('camera failure messages', () => {
  // DOMException names from the Media Capture and Streams spec (getUserMedia's failures).
  it.each([
    ['NotAllowedError', '摄像头权限被拒绝'],
    ['SecurityError', '摄像头权限被拒绝'],
    ['NotFoundError', '没有找到摄像头'],
    ['OverconstrainedError', '没有找到摄像头'],
    ['NotReadableError', '正被别的程序占用'],
    ['AbortError', '摄像头没能打开'],
  ])('%s → %s', (name, text) => {
    expect(cameraMessage(new DOMException('x', name))).toContain(text);
  });

  it('always points to the typed-code box or a retry, never throws on odd values', () => {
    for (const value of [null, undefined, 'text', 42, {}]) expect(cameraMessage(value)).toMatch(/摄像头/);
  });
});
