/**
 * The open map's ways out: a JSON file, an SVG or PNG picture, an A3 print and a share link. The
 * SVG/PNG renderer (mapSvg.ts) is loaded only when a picture is exported or printed. A share link
 * belongs to the map it was made for: opening another map clears it.
 */
import { useState } from 'react';
import { encodeMapLink, mapFileText, MAX_LINK_CHARS, type JourneyMap } from '../../lib/journey';
import { saveBlob } from '../shared/exportCsv';
import { printWithFlag } from '../shared/printWithFlag';
import type { StudioMessage } from './studioMessage';

/** A file name from the map's title, without characters file systems refuse. */
export const fileName = (map: JourneyMap, extension: string) => `${(map.title || '双图').replace(/[\\/:*?"<>|]+/g, '_').slice(0, 60)}.${extension}`;

export function useMapExports(map: JourneyMap | null, setMessage: (message: StudioMessage | null) => void) {
  const [shareUrl, setShareUrl] = useState<string | null>(null);
  const [printSvg, setPrintSvg] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [linkedId, setLinkedId] = useState(map?.id);
  if (linkedId !== map?.id) {
    setLinkedId(map?.id);
    setShareUrl(null);
  }

  const exportJson = () => map && saveBlob(new Blob([mapFileText(map)], { type: 'application/json' }), fileName(map, 'json'));

  const exportPicture = async (kind: 'svg' | 'png') => {
    if (!map) return;
    setBusy(true);
    try {
      const { renderMapSvg, renderMapPng } = await import('./mapSvg');
      if (kind === 'svg') saveBlob(new Blob([renderMapSvg(map).svg], { type: 'image/svg+xml' }), fileName(map, 'svg'));
      else {
        const png = await renderMapPng(map);
        if (png) saveBlob(png, fileName(map, 'png'));
        else setMessage({ kind: 'error', text: '这个浏览器无法生成 PNG，请改用“导出 SVG”或截图。' });
      }
    } finally {
      setBusy(false);
    }
  };

  const print = async () => {
    if (!map) return;
    const { renderMapSvg } = await import('./mapSvg');
    setPrintSvg(renderMapSvg(map).svg);
    printWithFlag('journeyPrint', 'a3', 150);
  };

  const share = async () => {
    if (!map) return;
    const { hash, length } = await encodeMapLink(map);
    if (!hash) {
      setShareUrl(null);
      setMessage({ kind: 'error', text: `这张地图太大，放不进分享链接（需要 ${length} 个字符，上限 ${MAX_LINK_CHARS}）。请用“导出 JSON”把文件发给对方。`, action: 'export' });
      return;
    }
    const url = `${window.location.origin}${window.location.pathname}#${hash}`;
    setShareUrl(url);
    try {
      await navigator.clipboard.writeText(url);
      setMessage({ kind: 'notice', text: `分享链接已复制（${url.length} 个字符）。打开链接的人会在自己的设备上得到一份副本。` });
    } catch {
      setMessage({ kind: 'notice', text: '分享链接在下方，请手动复制。' });
    }
  };

  return { shareUrl, printSvg, busy, exportJson, exportPicture, print, share };
}

export type MapExports = ReturnType<typeof useMapExports>;
