import { describe, expect, it } from 'vitest';
import { CATEGORY_DEFINITIONS, categoryLabel, KANO_CATEGORIES } from '../../../src/lib/kano';

describe('KANO categories (Berger et al. 1993; Matzler & Hinterhuber 1998)', () => {
  it('lists the six categories once each, must-be first', () => {
    expect(KANO_CATEGORIES).toEqual(['M', 'O', 'A', 'I', 'R', 'Q']);
  });

  it.each([
    ['M', 'Must-be', '基本型（M）'],
    ['O', 'One-dimensional', '期望型（O）'],
    ['A', 'Attractive', '兴奋型（A）'],
    ['I', 'Indifferent', '无差异型（I）'],
    ['R', 'Reverse', '反向型（R）'],
    ['Q', 'Questionable', '可疑结果（Q）'],
  ] as const)('%s is %s, labelled %s', (category, english, label) => {
    expect(CATEGORY_DEFINITIONS[category].english).toBe(english);
    expect(categoryLabel(category)).toBe(label);
  });

  it('every meaning is one Chinese sentence ending in a full stop', () => {
    for (const category of KANO_CATEGORIES) expect(CATEGORY_DEFINITIONS[category].meaning).toMatch(/^[^.]+。$/);
  });
});
