/**
 * The whole map as one standalone SVG (export, PNG and the A3 print sheet): a title block (map,
 * team, scenario, persona, date), stages across, the visible lanes down with the blueprint's
 * three lines, every card with its tags, the as-is and to-be emotion curves with peak and end
 * marked, and the peak–end scores. Drawn from the model, not from the page, so it looks the same
 * whatever the screen size; loaded on demand (it is not part of the editor's first load).
 */
import { LINE_LABELS, mapPeakEnd, peakEndSentence, tagById, formatEmotion, type Curve, type JourneyMap } from '../../lib/journey';
import { wrapText } from '../diagrams/svgTextWrap';

const FONT = "system-ui, -apple-system, 'PingFang SC', 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif";
const PAD = 24;
const LABEL_W = 130;
const COL_W = 200;
const CARD_FONT = 13;
const CARD_LINE = 18;
const CURVE_H = 170;
const CURVE_COLOURS: Readonly<Record<Curve, string>> = { asIs: '#8a1c1c', toBe: '#1d5e8c' };

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (char) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[char]!);

interface CardBox {
  lines: string[];
  tags: string;
  height: number;
}

function cardBox(text: string, tags: readonly string[]): CardBox {
  const lines = wrapText(text.trim() === '' ? '（空）' : text, (COL_W - 24) / CARD_FONT);
  const tagText = tags.map((tag) => tagById(tag)?.label ?? '').filter(Boolean).map((label) => `#${label}`).join(' ');
  const tagLines = tagText ? wrapText(tagText, (COL_W - 24) / 11).length : 0;
  return { lines, tags: tagText, height: 10 + lines.length * CARD_LINE + tagLines * 15 };
}

/** The SVG markup (with XML namespace, width and height) of a map. */
export function renderMapSvg(map: JourneyMap): { svg: string; width: number; height: number } {
  const lanes = map.lanes.filter((lane) => !lane.hidden);
  const width = PAD * 2 + LABEL_W + COL_W * map.stages.length;
  const out: string[] = [];
  let y = PAD;

  // Title block.
  out.push(`<text x="${PAD}" y="${y + 22}" font-size="24" font-weight="700">${escapeXml(map.title || '未命名的双图')}</text>`);
  const facts = [['团队', map.team], ['情景', map.scenario], ['顾客画像', map.persona], ['日期', map.date]].filter(([, value]) => value).map(([label, value]) => `${label}：${value}`);
  out.push(`<text x="${PAD}" y="${y + 46}" font-size="14" fill="#333">${escapeXml(facts.join('\u3000·\u3000') || '双图：顾客旅程图 + 服务蓝图')}</text>`);
  y += 66;

  const colX = (index: number) => PAD + LABEL_W + index * COL_W;
  // Stage headers.
  out.push(`<rect x="${PAD}" y="${y}" width="${width - PAD * 2}" height="36" fill="#8a1c1c"/>`);
  map.stages.forEach((stage, index) => {
    out.push(`<text x="${colX(index) + COL_W / 2}" y="${y + 24}" font-size="16" font-weight="700" fill="#fff" text-anchor="middle">${escapeXml(stage.name)}</text>`);
  });
  out.push(`<text x="${PAD + 8}" y="${y + 24}" font-size="14" fill="#fff">阶段</text>`);
  y += 36;

  for (const lane of lanes) {
    const cells = map.stages.map((stage) => map.cards.filter((card) => card.stageId === stage.id && card.laneId === lane.id).map((card) => cardBox(card.text, card.tags)));
    const labelLines = wrapText(lane.name, (LABEL_W - 16) / 14);
    const contentHeight = Math.max(labelLines.length * 18 + 12, ...cells.map((boxes) => boxes.reduce((sum, box) => sum + box.height + 6, 6)));
    const rowHeight = Math.max(44, contentHeight);
    const shade = lane.view === 'blueprint' && ['backstage', 'support'].includes(lane.id) ? '#eef0f2' : lane.view === 'blueprint' ? '#f7f7f7' : '#fffaf5';
    out.push(`<rect x="${PAD}" y="${y}" width="${width - PAD * 2}" height="${rowHeight}" fill="${shade}" stroke="#c8c8c8"/>`);
    labelLines.forEach((line, index) => out.push(`<text x="${PAD + 8}" y="${y + 20 + index * 18}" font-size="14" font-weight="700">${escapeXml(line)}</text>`));
    cells.forEach((boxes, stageIndex) => {
      let cardY = y + 6;
      for (const box of boxes) {
        const x = colX(stageIndex) + 6;
        out.push(`<rect x="${x}" y="${cardY}" width="${COL_W - 12}" height="${box.height}" rx="4" fill="#fff" stroke="#999"/>`);
        box.lines.forEach((line, index) => out.push(`<text x="${x + 6}" y="${cardY + 17 + index * CARD_LINE}" font-size="${CARD_FONT}">${escapeXml(line)}</text>`));
        if (box.tags) {
          wrapText(box.tags, (COL_W - 24) / 11).forEach((line, index) => out.push(`<text x="${x + 6}" y="${cardY + 14 + box.lines.length * CARD_LINE + index * 15}" font-size="11" fill="#8a1c1c">${escapeXml(line)}</text>`));
        }
        cardY += box.height + 6;
      }
    });
    y += rowHeight;
    if (lane.line) {
      out.push(`<line x1="${PAD}" x2="${width - PAD}" y1="${y}" y2="${y}" stroke="#1d5e8c" stroke-width="2" stroke-dasharray="8 5"/>`);
      out.push(`<text x="${width - PAD - 6}" y="${y - 4}" font-size="11" fill="#1d5e8c" text-anchor="end">${LINE_LABELS[lane.line]}</text>`);
    }
  }
  for (let index = 0; index <= map.stages.length; index += 1) out.push(`<line x1="${colX(index)}" x2="${colX(index)}" y1="${PAD + 66}" y2="${y}" stroke="#c8c8c8"/>`);

  // Emotion curves.
  y += 16;
  const top = y + 24;
  const unit = (CURVE_H - 40) / 4;
  const cy = (score: number) => top + (2 - score) * unit;
  const cx = (index: number) => colX(index) + COL_W / 2;
  out.push(`<text x="${PAD + 8}" y="${y + 16}" font-size="14" font-weight="700">情绪曲线</text>`);
  for (const score of [2, 1, 0, -1, -2]) {
    out.push(`<line x1="${PAD + LABEL_W - 8}" x2="${width - PAD}" y1="${cy(score)}" y2="${cy(score)}" stroke="${score === 0 ? '#777' : '#ddd'}"/>`);
    out.push(`<text x="${PAD + LABEL_W - 14}" y="${cy(score) + 4}" font-size="12" text-anchor="end">${formatEmotion(score)}</text>`);
  }
  const summaries: string[] = [];
  (['asIs', 'toBe'] as const).forEach((curve) => {
    const points = map.stages.map((stage, index) => (stage[curve] === null ? null : `${cx(index)},${cy(stage[curve]!)}`)).filter((point): point is string => point !== null);
    if (points.length === 0) return;
    const colour = CURVE_COLOURS[curve];
    out.push(`<polyline points="${points.join(' ')}" fill="none" stroke="${colour}" stroke-width="3" ${curve === 'asIs' ? 'stroke-dasharray="7 5"' : ''}/>`);
    map.stages.forEach((stage, index) => {
      const value = stage[curve];
      if (value !== null) out.push(`<circle cx="${cx(index)}" cy="${cy(value)}" r="5" fill="${colour}"/>`);
    });
    const result = mapPeakEnd(map, curve);
    if (!result) return;
    const label = curve === 'asIs' ? '现状' : '优化后';
    out.push(`<text x="${cx(result.peakIndex)}" y="${cy(result.peak) + (result.peak >= 0 ? -12 : 22)}" font-size="12" font-weight="700" fill="${colour}" text-anchor="middle">${label}峰值</text>`);
    if (result.endIndex !== result.peakIndex) out.push(`<text x="${cx(result.endIndex)}" y="${cy(result.end) + (result.end >= 0 ? -12 : 22)}" font-size="12" font-weight="700" fill="${colour}" text-anchor="middle">${label}终点</text>`);
    summaries.push(`${label}：峰终分 ${formatEmotion(result.score)}，平均 ${formatEmotion(Math.round(result.mean * 100) / 100)}。${peakEndSentence(result, map.stages.map((stage) => stage.name))}`);
  });
  y = top + CURVE_H - 24;
  out.push(`<text x="${PAD + 8}" y="${y}" font-size="12" fill="#333">虚线：现状\u3000实线：优化后\u3000（−2 很差 … +2 很好）</text>`);
  y += 8;
  for (const summary of summaries) {
    for (const line of wrapText(summary, (width - PAD * 2 - 16) / 13)) {
      y += 20;
      out.push(`<text x="${PAD + 8}" y="${y}" font-size="13">${escapeXml(line)}</text>`);
    }
  }
  const height = y + PAD;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT)}" role="img" aria-label="${escapeXml(map.title)}"><rect width="100%" height="100%" fill="#fff"/>${out.join('')}</svg>`;
  return { svg, width, height };
}

const PNG_PIXELS = 16_000_000;

/** Draws the SVG on a canvas (2× for sharp text) and returns a PNG blob, or null when the browser cannot. */
export async function renderMapPng(map: JourneyMap): Promise<Blob | null> {
  const { svg, width, height } = renderMapSvg(map);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    // 2× for sharp text, but at most PNG_PIXELS in all: drawing and PNG-encoding time grow with
    // the pixel count (a 540-card map at 2× is ~40 M pixels and takes seconds), and 16 M pixels
    // still print a 20-stage map at A3 width with over 300 dpi. Browsers also cap a side near 16 384 px.
    const scale = Math.min(2, Math.sqrt(PNG_PIXELS / (width * height)), 16000 / width, 16000 / height);
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) return null;
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  } catch {
    return null;
  } finally {
    URL.revokeObjectURL(url);
  }
}
