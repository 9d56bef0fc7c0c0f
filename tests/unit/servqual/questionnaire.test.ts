import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addItem,
  checkQuestionnaire,
  createQuestionnaire,
  dimensionItems,
  isServqualQuestionnaire,
  moveItem,
  moveItemToDimension,
  numberedItems,
  removeItem,
  rewordItem,
  setItemReversed,
  usedDimensions,
  DIMENSION_IDS,
  PRESETS,
} from '../../../src/lib/servqual';

describe('createQuestionnaire', () => {
  it.each(PRESETS.map((preset) => [preset.id] as const))('%s: 22 items numbered 1–22 in dimension order, 7-point two-column with weights', (presetId) => {
    const questionnaire = createQuestionnaire(presetId);
    const items = numberedItems(questionnaire);
    expect(items).toHaveLength(22);
    expect(items.map((item) => item.id)).toEqual(Array.from({ length: 22 }, (_, index) => `i${index + 1}`));
    expect(questionnaire).toMatchObject({ scaleMax: 7, format: 'two-column', askWeights: true });
    expect(checkQuestionnaire(questionnaire).ok).toBe(true);
  });

  it('keeps scale, format and weights when given', () => {
    expect(createQuestionnaire('hotel', { scaleMax: 5, format: 'three-column', askWeights: false })).toMatchObject({ scaleMax: 5, format: 'three-column', askWeights: false, provider: '本酒店' });
  });
});

describe('editing', () => {
  const base = createQuestionnaire('hotel');

  it('adds an item at the end of its dimension with a fresh id', () => {
    const { questionnaire, id } = addItem(base, 'tangibles', '停车场标识清楚');
    expect(id).toBe('c1');
    const items = numberedItems(questionnaire);
    expect(items[4]).toMatchObject({ id: 'c1', number: 5, dimension: 'tangibles', text: '停车场标识清楚' });
    expect(items[5]!.id).toBe('i5');
    expect(addItem(questionnaire, 'empathy').id).toBe('c2');
  });

  it('removes, rewords and marks items reversed', () => {
    const removed = removeItem(base, 'i3');
    expect(removed.items).toHaveLength(21);
    expect(numberedItems(removed)[2]!.id).toBe('i4');
    expect(rewordItem(base, 'i1', '新的措辞').items[0]!.text).toBe('新的措辞');
    expect(setItemReversed(base, 'i10', true).items.find((item) => item.id === 'i10')!.reversed).toBe(true);
    expect(removeItem(base, 'nope')).toEqual(base);
  });

  it('moves an item to another dimension (to its end) and renumbers', () => {
    const moved = moveItemToDimension(base, 'i1', 'empathy');
    const items = numberedItems(moved);
    expect(items[0]!.id).toBe('i2');
    expect(items[21]).toMatchObject({ id: 'i1', number: 22, dimension: 'empathy' });
    expect(dimensionItems(moved, 'tangibles')).toHaveLength(3);
  });

  it('moves an item up or down within its dimension only', () => {
    expect(numberedItems(moveItem(base, 'i2', -1)).map((item) => item.id).slice(0, 2)).toEqual(['i2', 'i1']);
    expect(moveItem(base, 'i1', -1)).toEqual(base);
    // i4 is the last tangibles item: it cannot move down into reliability.
    expect(moveItem(base, 'i4', 1)).toEqual(base);
  });

  it('keeps items grouped by dimension whatever the edits', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.tuple(fc.constant('add' as const), fc.constantFrom(...DIMENSION_IDS)),
            fc.tuple(fc.constant('remove' as const), fc.integer({ min: 1, max: 30 })),
            fc.tuple(fc.constant('move' as const), fc.integer({ min: 1, max: 30 }), fc.constantFrom(...DIMENSION_IDS)),
            fc.tuple(fc.constant('up' as const), fc.integer({ min: 1, max: 30 })),
          ),
          { maxLength: 30 },
        ),
        (edits) => {
          let questionnaire = createQuestionnaire();
          for (const edit of edits) {
            const id = (index: number) => questionnaire.items[index % Math.max(1, questionnaire.items.length)]?.id ?? 'none';
            if (edit[0] === 'add') questionnaire = addItem(questionnaire, edit[1], '新题').questionnaire;
            else if (edit[0] === 'remove') questionnaire = removeItem(questionnaire, id(edit[1]));
            else if (edit[0] === 'move') questionnaire = moveItemToDimension(questionnaire, id(edit[1]), edit[2]);
            else questionnaire = moveItem(questionnaire, id(edit[1]), -1);
          }
          const order = questionnaire.items.map((item) => DIMENSION_IDS.indexOf(item.dimension));
          expect(order).toEqual([...order].sort((a, b) => a - b));
          expect(new Set(questionnaire.items.map((item) => item.id)).size).toBe(questionnaire.items.length);
          expect(isServqualQuestionnaire(questionnaire)).toBe(true);
        },
      ),
    );
  });
});

describe('checkQuestionnaire', () => {
  it.each([
    ['an empty item', rewordItem(createQuestionnaire(), 'i3', '  '), '第 3 题（有形度）的措辞是空的'],
    ['a repeated item', rewordItem(createQuestionnaire(), 'i4', '设施设备新颖、现代'), '第 4 题与第 1 题的措辞相同'],
    ['no items', { ...createQuestionnaire(), items: [] }, '问卷里还没有题项'],
  ])('rejects %s in Chinese', (_, questionnaire, message) => {
    const check = checkQuestionnaire(questionnaire);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.errors.join(' ')).toContain(message);
  });

  it('warns about dimensions with fewer than two items', () => {
    let questionnaire = createQuestionnaire();
    for (const id of ['i1', 'i2', 'i3', 'i4', 'i10', 'i11', 'i12']) questionnaire = removeItem(questionnaire, id);
    const check = checkQuestionnaire(questionnaire);
    expect(check.ok && check.warnings).toEqual(['「有形度」没有题项：结果中不计算这个维度。', "「反应度」只有 1 个题项：无法计算该维度的 Cronbach's α。"]);
    expect(usedDimensions(questionnaire)).toEqual(['reliability', 'responsiveness', 'assurance', 'empathy']);
  });

  it('trims wording and returns plain items', () => {
    const check = checkQuestionnaire(rewordItem(createQuestionnaire(), 'i1', '  设备新  '));
    expect(check.ok && check.questionnaire.items[0]).toEqual({ id: 'i1', dimension: 'tangibles', text: '设备新', reversed: false });
  });
});

describe('isServqualQuestionnaire', () => {
  it.each([
    ['null', null],
    ['a wrong scale', { ...createQuestionnaire(), scaleMax: 10 }],
    ['a wrong format', { ...createQuestionnaire(), format: 'four-column' }],
    ['an unknown dimension', { ...createQuestionnaire(), items: [{ id: 'i1', dimension: 'price', text: 'x', reversed: false }] }],
    ['duplicate ids', { ...createQuestionnaire(), items: [{ id: 'i1', dimension: 'empathy', text: 'x', reversed: false }, { id: 'i1', dimension: 'empathy', text: 'y', reversed: false }] }],
  ])('refuses %s', (_, value) => {
    expect(isServqualQuestionnaire(value)).toBe(false);
  });
});
