/**
 * Paints one worksheet (its lines from src/lib/workbook/summary.ts) onto a canvas and saves it
 * as a PNG for a chat message: white background, 2× pixels, lines wrapped to the width.
 * Returns false when the browser cannot draw or encode it.
 */
import type { SheetAnswers, Workbook } from '../../lib/workbook/schema';
import type { SheetDef } from '../../lib/workbook/sheets';
import { sheetLines, type Line } from '../../lib/workbook/summary';
import { saveBlob } from '../shared/exportCsv';

const WIDTH = 720;
const PADDING = 32;
const FONT = "system-ui, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif";
const STYLE: Record<Line['kind'], { size: number; weight: number; color: string; before: number }> = {
  title: { size: 28, weight: 700, color: '#8a1c1c', before: 0 },
  meta: { size: 17, weight: 400, color: '#444444', before: 8 },
  label: { size: 18, weight: 700, color: '#1a1a1a', before: 18 },
  body: { size: 18, weight: 400, color: '#1a1a1a', before: 4 },
};

/** Breaks text into lines that fit `width` (Chinese has no spaces: break between characters). */
function wrap(context: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const char of Array.from(text)) {
    if (context.measureText(current + char).width > width && current) {
      lines.push(current);
      current = char;
    } else current += char;
  }
  lines.push(current);
  return lines;
}

export async function downloadSheetPng(sheet: SheetDef, book: Workbook, answers: SheetAnswers | undefined): Promise<boolean> {
  const scale = 2;
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d');
  if (!context) return false;
  const laid: { text: string; kind: Line['kind']; y: number }[] = [];
  let y = PADDING;
  for (const line of sheetLines(sheet, book, answers)) {
    const style = STYLE[line.kind];
    context.font = `${style.weight} ${style.size}px ${FONT}`;
    y += style.before;
    for (const part of wrap(context, line.text, WIDTH - 2 * PADDING)) {
      laid.push({ text: part, kind: line.kind, y });
      y += Math.round(style.size * 1.5);
    }
  }
  canvas.width = WIDTH * scale;
  canvas.height = (y + PADDING) * scale;
  context.scale(scale, scale);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, WIDTH, y + PADDING);
  context.textBaseline = 'top';
  for (const item of laid) {
    const style = STYLE[item.kind];
    context.font = `${style.weight} ${style.size}px ${FONT}`;
    context.fillStyle = style.color;
    context.fillText(item.text, PADDING, item.y);
  }
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) return false;
  saveBlob(blob, `${book.team.trim() || '未命名团队'}-${sheet.number}-${sheet.title.replace(/[\\/:*?"<>|\s]+/g, '')}.png`);
  return true;
}
