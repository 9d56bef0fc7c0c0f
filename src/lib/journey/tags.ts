/**
 * The tags a card can carry: the same words the rest of the site uses, read from their one
 * source — KANO categories from src/lib/kano/categories.ts, the course's five SERVQUAL names from
 * src/lib/servqual/dimensions.ts, the four peak moments from src/lib/workbook/peak.ts. MOT and
 * ABC (有形展示 / 关键行为 / 沟通话术) are lecture 3's 关键时刻 framework (content/lectures/3-design/mot-abc.md).
 */
import { CATEGORY_DEFINITIONS, type KanoCategory } from '../kano/categories';
import { DIMENSIONS } from '../servqual/dimensions';
import { PEAK_MOMENTS } from '../workbook/peak';

export type TagGroup = 'mot' | 'abc' | 'kano' | 'servqual' | 'pain' | 'peak';

export interface TagDefinition {
  /** Stable id stored in the map, e.g. `kano:A`, `servqual:empathy`, `peak:惊喜`. */
  id: string;
  group: TagGroup;
  /** Short label on a card chip. */
  label: string;
  /** Longer name for screen readers and the tag picker. */
  title: string;
}

export const TAG_GROUP_LABELS: Readonly<Record<TagGroup, string>> = {
  mot: '关键时刻',
  abc: 'ABC',
  kano: 'KANO 类别',
  servqual: 'SERVQUAL 维度',
  pain: '痛点',
  peak: '峰值时刻（机会）',
};

const ABC = [
  { id: 'abc:A', label: 'A 外观', title: 'A 有形展示：物与人的形象' },
  { id: 'abc:B', label: 'B 行为', title: 'B 关键行为：动作细节' },
  { id: 'abc:C', label: 'C 话术', title: 'C 沟通话术：说什么、怎么说' },
] as const;

/** The KANO categories a designed service can aim at (R and Q are survey outcomes, not design targets). */
const KANO_TAGS: readonly KanoCategory[] = ['M', 'O', 'A', 'I'];

export const TAGS: readonly TagDefinition[] = [
  { id: 'mot', group: 'mot', label: 'MOT', title: 'MOT 关键时刻' },
  ...ABC.map((tag) => ({ ...tag, group: 'abc' as const })),
  ...KANO_TAGS.map((category) => ({ id: `kano:${category}`, group: 'kano' as const, label: CATEGORY_DEFINITIONS[category].name, title: `KANO ${CATEGORY_DEFINITIONS[category].name}（${category}）` })),
  ...DIMENSIONS.map((dimension) => ({ id: `servqual:${dimension.id}`, group: 'servqual' as const, label: dimension.courseName, title: `SERVQUAL ${dimension.courseName}（${dimension.name}）` })),
  { id: 'pain', group: 'pain', label: '痛点', title: '痛点' },
  ...PEAK_MOMENTS.map((moment) => ({ id: `peak:${moment}`, group: 'peak' as const, label: moment, title: `峰值时刻：${moment}` })),
];

export const TAG_IDS: readonly string[] = TAGS.map((tag) => tag.id);

const BY_ID = new Map(TAGS.map((tag) => [tag.id, tag]));

/** The definition of a tag id, or undefined for an id this version does not know. */
export function tagById(id: string): TagDefinition | undefined {
  return BY_ID.get(id);
}
