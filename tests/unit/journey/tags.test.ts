import { describe, expect, it } from 'vitest';
import { TAG_IDS, TAGS, tagById } from '../../../src/lib/journey';
import { CATEGORY_DEFINITIONS } from '../../../src/lib/kano/categories';
import { DIMENSIONS } from '../../../src/lib/servqual/dimensions';
import { PEAK_MOMENTS } from '../../../src/lib/workbook/peak';

describe('tag vocabulary', () => {
  it('ids are unique', () => {
    expect(new Set(TAG_IDS).size).toBe(TAG_IDS.length);
  });

  it('uses the course names of the five SERVQUAL dimensions from the SERVQUAL tool', () => {
    expect(TAGS.filter((tag) => tag.group === 'servqual').map((tag) => tag.label)).toEqual(DIMENSIONS.map((dimension) => dimension.courseName));
    expect(TAGS.filter((tag) => tag.group === 'servqual').map((tag) => tag.label)).toEqual(['有形度', '可靠度', '反应度', '专业度', '同理度']);
  });

  it('uses the KANO tool’s category names', () => {
    expect(tagById('kano:A')!.label).toBe(CATEGORY_DEFINITIONS.A.name);
    expect(tagById('kano:M')!.label).toBe('基本型');
  });

  it('has the four peak moments of lecture 3 and the three ABC aspects', () => {
    expect(TAGS.filter((tag) => tag.group === 'peak').map((tag) => tag.label)).toEqual([...PEAK_MOMENTS]);
    expect(TAGS.filter((tag) => tag.group === 'abc').map((tag) => tag.label)).toEqual(['A 外观', 'B 行为', 'C 话术']);
    expect(tagById('mot')).toBeDefined();
    expect(tagById('pain')).toBeDefined();
  });
});
