/**
 * Saving a chart (a <canvas>) as a PNG. The canvas is transparent; the PNG gets a solid
 * background so it reads on a white slide or a dark one, and an optional title line.
 */
import { saveBlob } from './exportCsv';

export interface PngOptions {
  /** Background colour painted under the chart (CSS colour). Default white. */
  background?: string;
  /** Text drawn above the chart (e.g. the figure caption). */
  title?: string;
  /** Colour of the title text. Default near-black. */
  titleColor?: string;
}

const TITLE_FONT_PX = 20;
const PADDING_PX = 16;

/**
 * A copy of the canvas on a solid background, with the title above it, as a PNG blob.
 * @param canvas the chart's canvas
 * @param options background, title
 * @returns the PNG, or null when the browser cannot encode it
 */
export function canvasToPng(canvas: HTMLCanvasElement, options: PngOptions = {}): Promise<Blob | null> {
  const { background = '#ffffff', title, titleColor = '#1a1a1a' } = options;
  const scale = canvas.width / Math.max(1, canvas.clientWidth || canvas.width);
  const titleHeight = title ? Math.round((TITLE_FONT_PX + PADDING_PX) * scale) : 0;
  const padding = Math.round(PADDING_PX * scale);
  const output = document.createElement('canvas');
  output.width = canvas.width + 2 * padding;
  output.height = canvas.height + 2 * padding + titleHeight;
  const context = output.getContext('2d');
  if (!context) return Promise.resolve(null);
  context.fillStyle = background;
  context.fillRect(0, 0, output.width, output.height);
  if (title) {
    context.fillStyle = titleColor;
    context.font = `600 ${Math.round(TITLE_FONT_PX * scale)}px system-ui, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif`;
    context.textBaseline = 'top';
    context.fillText(title, padding, padding, output.width - 2 * padding);
  }
  context.drawImage(canvas, padding, padding + titleHeight);
  return new Promise((resolve) => output.toBlob(resolve, 'image/png'));
}

/**
 * Downloads a canvas as a PNG file.
 * @param canvas the chart's canvas
 * @param fileName e.g. 'NPS分布.png'
 * @param options background, title
 * @returns false when the browser could not encode the image
 * @example await downloadPng(canvas, 'NPS分布.png', { title: '0–10 分布' })
 */
export async function downloadPng(canvas: HTMLCanvasElement, fileName: string, options: PngOptions = {}): Promise<boolean> {
  const blob = await canvasToPng(canvas, options);
  if (!blob) return false;
  saveBlob(blob, fileName.endsWith('.png') ? fileName : `${fileName}.png`);
  return true;
}
