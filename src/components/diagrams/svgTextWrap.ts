/**
 * Line breaking for text inside SVG diagrams, which has no automatic wrapping.
 * Widths are estimated in em: a CJK character or full-width mark is 1 em, Latin letters,
 * digits and half-width marks about 0.55 em. Good enough for short labels set in the page font.
 */

/** Marks that Chinese typesetting keeps off the start of a line (避头标点). */
const NO_LINE_START = new Set([...'，。、；：！？）》」』”’,.;:!?)%']);

function charWidthEm(char: string): number {
  return /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F“”‘’]/u.test(char) ? 1 : 0.55;
}

/** Estimated width of `text` in em. */
export function textWidthEm(text: string): number {
  return [...text].reduce((sum, char) => sum + charWidthEm(char), 0);
}

/**
 * Splits `text` into lines no wider than `maxEm`. A closing mark that does not fit never
 * opens a line: the character before it moves down with it instead. Explicit `\n` always breaks.
 */
export function wrapText(text: string, maxEm: number): string[] {
  if (maxEm <= 0) throw new RangeError('maxEm must be positive');
  return text.split('\n').flatMap((paragraph) => {
    const lines: string[] = [];
    let line: string[] = [];
    for (const char of paragraph) {
      if (textWidthEm(line.join('') + char) > maxEm && line.length > 0) {
        // Move characters down until the new line no longer opens with a closing mark.
        let keep = line.length;
        if (NO_LINE_START.has(char)) {
          keep -= 1;
          while (keep > 1 && NO_LINE_START.has(line[keep]!)) keep -= 1;
        }
        const carried = keep >= 1 ? line.splice(keep) : [];
        lines.push(line.join(''));
        line = carried;
      }
      line.push(char);
    }
    if (line.length > 0 || lines.length === 0) lines.push(line.join(''));
    return lines;
  });
}
