/**
 * Reading Chromium's PDFs back in the e2e tests (the print handouts, the tool reports, the
 * workbook): poppler's pdftotext (`-bbox-layout`: every word with its box, every page with its
 * size) and pdftoppm for PNGs to look at. Needs poppler-utils (Debian: apt-get install -y
 * poppler-utils): no JavaScript PDF reader is a dependency of this project, and poppler's text
 * boxes are the PDF's own.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';

export const OUT = 'artifacts/print';
/** A4 and A3 landscape in PDF points (1 pt = 1/72 in): 210 × 297 mm and 420 × 297 mm. */
export const A4 = { width: 595.28, height: 841.89 };
export const A3_LANDSCAPE = { width: 1190.55, height: 841.89 };

/** Chromium rounds the sheet to whole CSS pixels (420 mm → 1588 px → 1191.1 pt): within 1 pt. */
export function expectSheet(pages: PdfPage[], sheet: { width: number; height: number }): void {
  for (const [index, pdfPage] of pages.entries()) {
    expect(Math.abs(pdfPage.width - sheet.width), `page ${index + 1} width ${pdfPage.width}`).toBeLessThan(1);
    expect(Math.abs(pdfPage.height - sheet.height), `page ${index + 1} height ${pdfPage.height}`).toBeLessThan(1);
  }
}

export interface PdfWord {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}
export interface PdfPage {
  width: number;
  height: number;
  words: PdfWord[];
  /** The page's words joined without spaces (pdftotext puts spaces between CJK runs at will). */
  text: string;
}

export function readPdf(file: string): PdfPage[] {
  let xml: string;
  try {
    xml = execFileSync('pdftotext', ['-bbox-layout', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    throw new Error(`pdftotext failed (install poppler-utils: apt-get install -y poppler-utils): ${String(error)}`);
  }
  const unescape = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  return [...xml.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map(([, width, height, body]) => {
    const words = [...body!.matchAll(/<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g)].map(
      ([, xMin, yMin, xMax, yMax, text]) => ({ text: unescape(text!), xMin: Number(xMin), yMin: Number(yMin), xMax: Number(xMax), yMax: Number(yMax) }),
    );
    return { width: Number(width), height: Number(height), words, text: words.map((word) => word.text).join('') };
  });
}

export const compact = (text: string) => text.replace(/\s+/g, '');

/** Prints the open page to artifacts/print/<name>.pdf (and PNGs of its pages) and reads it back. */
export async function printToPdf(page: Page, name: string): Promise<PdfPage[]> {
  mkdirSync(OUT, { recursive: true });
  const file = `${OUT}/${name}.pdf`;
  // PNGs of an earlier, longer printout of the same name would be mistaken for this one's.
  for (const old of readdirSync(OUT).filter((entry) => entry.startsWith(`${name}-`) && entry.endsWith('.png'))) rmSync(`${OUT}/${old}`);
  // As a reader's print dialog does by default: the CSS page size, no browser header or footer,
  // no background graphics (colour that matters is kept by print-color-adjust: exact).
  await page.pdf({ path: file, preferCSSPageSize: true });
  // The first pages as PNG, to look at (a whole 讲义合集 would take long to render on a busy machine).
  execFileSync('pdftoppm', ['-r', '60', '-l', '6', '-png', file, `${OUT}/${name}`]);
  return readPdf(file);
}

/** Every word lies inside its page: nothing cut at an edge. */
export function expectInsidePages(pages: PdfPage[]): void {
  const outside = pages.flatMap((pdfPage, index) =>
    pdfPage.words
      .filter((word) => word.xMin < 0 || word.yMin < 0 || word.xMax > pdfPage.width + 0.5 || word.yMax > pdfPage.height + 0.5)
      .map((word) => `page ${index + 1}: “${word.text}” at ${word.xMin.toFixed(0)}–${word.xMax.toFixed(0)} × ${word.yMin.toFixed(0)}–${word.yMax.toFixed(0)}`),
  );
  expect(outside, 'words outside the page box').toEqual([]);
}
