import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ColumnTally, DISTINCT_CAP, profileColumn, profileTable, tableLayout } from '../../../src/lib/import/profile';

describe('profileColumn, counted by hand', () => {
  // Eight cells of 推荐意愿; each figure below is counted from this list by hand.
  const rows = [['9'], ['10'], ['9分'], ['(跳过)'], [''], ['-2'], ['很好'], ['7.5']];
  const profile = profileColumn(rows, 0, '推荐意愿');

  it('splits filled and missing cells, and names the kinds of missing', () => {
    // Missing: (跳过), the empty cell, the code -2 → 3; filled: the other 5.
    expect(profile.missing).toBe(3);
    expect(profile.filled).toBe(5);
    expect(profile.skipText).toBe(1);
    expect(profile.negativeCodes).toBe(1);
  });

  it('counts numbers, integers, the range and the small-integer histogram', () => {
    // Numbers: 9, 10, 9 (from 9分), 7.5 → 4, of which 3 integers; 很好 is text.
    expect(profile.numbers).toBe(4);
    expect(profile.integers).toBe(3);
    expect(profile.text).toBe(1);
    expect([profile.min, profile.max]).toEqual([7.5, 10]);
    expect(profile.smallIntegers[9]).toBe(2);
    expect(profile.smallIntegers[10]).toBe(1);
    expect(profile.scoreSuffix).toBe(1);
  });

  it('lists distinct answers with the most frequent first', () => {
    // Distinct filled texts: 9, 10, 9分, 很好, 7.5 → 5 (9 and 9分 are different texts).
    expect(profile.distinct).toBe(5);
    expect(profile.distinctCapped).toBe(false);
    expect(profile.top[0]).toEqual({ value: '9', count: 1 });
    expect(profile.top.map((entry) => entry.value).sort()).toEqual(['10', '7.5', '9', '9分', '很好'].sort());
    expect(profile.sequential).toBe(false);
  });

  it('recognises 序号 columns (each number one more than the last), 秒 and ┋ cells', () => {
    expect(profileColumn([['1'], ['2'], ['3'], ['4']], 0, '序号').sequential).toBe(true);
    expect(profileColumn([['1'], ['2'], ['4']], 0, '序号').sequential).toBe(false);
    expect(profileColumn([['1'], ['2']], 0, '序号').sequential).toBe(false); // fewer than 3 numbers
    expect(profileColumn([['137秒'], ['42秒']], 0, '所用时间').secondsSuffix).toBe(2);
    expect(profileColumn([['早餐┋停车'], ['早餐']], 0, '多选').multiChoice).toBe(1);
  });

  it('caps the distinct count at DISTINCT_CAP and says so', () => {
    const many = Array.from({ length: DISTINCT_CAP + 5 }, (_, index) => [`编号${index}`]);
    const capped = profileColumn(many, 0, '编号');
    expect(capped.distinct).toBe(DISTINCT_CAP);
    expect(capped.distinctCapped).toBe(true);
  });

  it('reads header signs: matrix item and option split', () => {
    expect(profileColumn([], 0, '13、您对前台的评价—外观').matrixItem).toBe('外观');
    expect(profileColumn([], 0, '第3题(选项1)').optionSplit).toBe(true);
    expect(profileColumn([], 0, '推荐意愿').optionSplit).toBe(false);
  });
});

describe('profileTable', () => {
  it('profiles every column of a table with short rows (missing cells read as empty)', () => {
    const profiles = profileTable({ headers: ['分组', '得分'], rows: [['A', '9'], ['B'], ['A', '3']] });
    expect(profiles.map((profile) => profile.index)).toEqual([0, 1]);
    expect(profiles[0]!.top).toEqual([{ value: 'A', count: 2 }, { value: 'B', count: 1 }]);
    expect([profiles[1]!.filled, profiles[1]!.missing]).toEqual([2, 1]);
  });

  it('gives each column the same profile as profiling that column alone (row-major pass)', () => {
    const cell = fc.constantFrom('', '9', '10', '3分', '(跳过)', '-2', '很好', '1', '2', '137秒', 'a┋b', '７');
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 40 }), (width, rows) => {
        const headers = Array.from({ length: width }, (_, index) => `第${index + 1}列`);
        const profiles = profileTable({ headers, rows });
        headers.forEach((header, index) => {
          const alone = profileColumn(rows.map((row) => [row[index] ?? '']), 0, header);
          expect(profiles[index]).toEqual({ ...alone, index });
          expect(profiles[index]!.filled + profiles[index]!.missing).toBe(rows.length);
          expect(profiles[index]!.numbers + profiles[index]!.text).toBe(profiles[index]!.filled);
        });
      }),
    );
  });

  it('tells 问卷星 text layout from option-number layout', () => {
    const text = profileTable({ headers: ['满意度'], rows: [['3分'], ['(跳过)']] });
    expect(tableLayout(text)).toEqual({ textLayout: true, optionNumberLayout: false });
    const codes = profileTable({ headers: ['满意度'], rows: [['3'], ['-2']] });
    expect(tableLayout(codes)).toEqual({ textLayout: false, optionNumberLayout: true });
  });
});

describe('ColumnTally.addRange: a cell read in place counts as the cut-out cell', () => {
  /** Feeds the cells to one tally by add and to another by addRange over the joined text. */
  function both(cells: readonly string[]) {
    const cut = new ColumnTally();
    const inPlace = new ColumnTally();
    const text = `前缀|${cells.join('|')}|后缀`;
    let start = '前缀|'.length;
    const kept = cells.map((cell) => {
      const byCut = cut.add(cell);
      const byRange = inPlace.addRange(text, start, start + cell.length);
      start += cell.length + 1;
      return [byCut, byRange] as const;
    });
    return { kept, cut: cut.profile(0, '题1'), inPlace: inPlace.profile(0, '题1') };
  }

  it('gives the same profile and the same kept texts for any column (property)', () => {
    const cell = fc.oneof(fc.constantFrom('', ' ', '1', '7', '10', '9分', '(跳过)', '-2', '我很喜欢', '我很不喜欢', '理应如此', '无所谓', 'A', 'a', '７', '3.5'), fc.string({ maxLength: 5 }));
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 80 }), (cells) => {
        const { kept, cut, inPlace } = both(cells);
        expect(inPlace).toEqual(cut);
        for (const [byCut, byRange] of kept) expect(byRange).toBe(byCut);
      }),
      { numRuns: 400 },
    );
  });

  it('keeps counting right in a column of many answers (ids) and past the cache of distinct texts', () => {
    // 6,000 ids (more than the 4,096 texts a column remembers), then 7 and 我很喜欢 three times each.
    const cells = [...Array.from({ length: 6000 }, (_, index) => String(100000 + index)), '7', '我很喜欢', '7', '我很喜欢', '7', '我很喜欢'];
    const { cut, inPlace } = both(cells);
    expect(inPlace).toEqual(cut);
    expect([inPlace.numbers, inPlace.text, inPlace.distinctCapped]).toEqual([6003, 3, true]);
  });

  it('returns the column\'s first copy of an answer, so a table holds each answer once', () => {
    const tally = new ColumnTally();
    const text = '我很喜欢,7,我很喜欢,7';
    const first = tally.addRange(text, 0, 4);
    expect(tally.addRange(text, 5, 6)).toBe('7');
    expect(Object.is(tally.addRange(text, 7, 11), first)).toBe(true);
    expect(first).toBe('我很喜欢');
  });
});
