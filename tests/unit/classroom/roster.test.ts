import { describe, expect, it } from 'vitest';
import { MAX_NAMES, MAX_TEXT_LENGTH, parseRoster, rosterNotes } from '../../../src/lib/classroom/roster';

describe('parseRoster', () => {
  it.each([
    ['one name a line', '张伟\n李娜\n王芳\n', ['张伟', '李娜', '王芳']],
    ['Windows line ends and spaces', '  张伟 \r\n李娜\r\n', ['张伟', '李娜']],
    ['full-width and ASCII separators', '张伟，李娜、王芳;刘洋；陈静,赵磊', ['张伟', '李娜', '王芳', '刘洋', '陈静', '赵磊']],
    ['a row copied from Excel', '张伟\t李娜\t王芳', ['张伟', '李娜', '王芳']],
    ['Latin names keep one inner space', 'Anna  Li\nBo Chen', ['Anna Li', 'Bo Chen']],
  ])('%s', (_, text, names) => {
    const result = parseRoster(text);
    expect(result.ok && result.names).toEqual(names);
  });

  it('skips blank entries and counts them', () => {
    const result = parseRoster('张伟\n\n李娜\n   \n王芳,,\n');
    expect(result.ok && result.names).toEqual(['张伟', '李娜', '王芳']);
    expect(result.ok && result.blanks).toBe(4);
  });

  it('keeps a repeated name once and says on which lines it came again', () => {
    const result = parseRoster('张伟\n李娜\n张伟\n王芳\n张伟');
    if (!result.ok) throw new Error(result.message);
    expect(result.names).toEqual(['张伟', '李娜', '王芳']);
    expect(result.duplicates).toEqual([{ name: '张伟', lines: [3, 5] }]);
    expect(rosterNotes(result)[0]).toContain('第 3、5 行');
  });

  it.each([
    ['', '名单是空的'],
    ['\n \n，\n', '名单是空的'],
    ['张伟\n这是一整段从别处粘贴过来的说明文字而不是一个人的名字所以应该报错', '第 2 行'],
  ])('rejects %j with a message naming the problem', (text, part) => {
    const result = parseRoster(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain(part);
  });

  it(`accepts ${MAX_NAMES} names and rejects one more, naming the line`, () => {
    const list = Array.from({ length: MAX_NAMES + 1 }, (_, index) => `学员${index + 1}`);
    const full = parseRoster(list.slice(0, MAX_NAMES).join('\n'));
    expect(full.ok && full.names.length).toBe(MAX_NAMES);
    const over = parseRoster(list.join('\n'));
    expect(!over.ok && over.message).toContain(`第 ${MAX_NAMES + 1} 行`);
  });

  it('reads a long list with many repeats, and summarises the repeats', () => {
    const text = Array.from({ length: 5000 }, (_, index) => `学员${index % 900}`).join('\n');
    const result = parseRoster(text);
    if (!result.ok) throw new Error(result.message);
    expect(result.names).toHaveLength(900);
    // 学员0 is on lines 1, 901, 1801, 2701, 3601, 4501: five repeats, all listed.
    expect(result.duplicates[0]).toEqual({ name: '学员0', lines: [901, 1801, 2701, 3601, 4501] });
    expect(rosterNotes(result)[0]).toContain('第 901、1801、2701、3601、4501 行');
  });

  it('summarises a name repeated many times instead of listing every line', () => {
    const result = parseRoster(Array.from({ length: 8 }, () => '张伟').join('\n'));
    if (!result.ok) throw new Error(result.message);
    expect(rosterNotes(result)[0]).toContain('第 2、3、4、5、6 行等 7 处');
  });

  it(`refuses a paste longer than ${MAX_TEXT_LENGTH} characters at once`, () => {
    const result = parseRoster('张伟\n'.repeat(MAX_TEXT_LENGTH));
    expect(!result.ok && result.message).toContain(`超过 ${MAX_TEXT_LENGTH} 的上限`);
  });
});
