import { describe, expect, it } from 'vitest';
import {
  createQuestionnaire,
  detectServqualColumns,
  numberedItems,
  questionnaireStarText,
  readServqualHeader,
  templateHeaders,
  weightHeader,
} from '../../../src/lib/servqual';
import { smallQuestionnaire } from './helpers';

describe('readServqualHeader', () => {
  it.each([
    ['E1 期望｜设施设备新颖、现代', 'expected', 1, '设施设备新颖、现代'],
    ['P12 感知｜员工总是乐意帮助顾客', 'perceived', 12, '员工总是乐意帮助顾客'],
    ['D3 理想｜员工仪容整洁', 'desired', 3, '员工仪容整洁'],
    ['A3 可接受｜员工仪容整洁', 'adequate', 3, '员工仪容整洁'],
    ['e5', 'expected', 5, ''],
    ['P_07', 'perceived', 7, ''],
    ['期望3', 'expected', 3, ''],
    ['感知 第12题', 'perceived', 12, ''],
    // 问卷星 export of this tool's batch text: numbering, then the code in brackets.
    ['3、【E3 期望】一家出色的酒店应当做到：员工仪容整洁、着装得体（1 = 非常不同意，7 = 非常同意）', 'expected', 3, null],
    // 问卷星 matrix question: question — row item.
    ['5、您对一家出色酒店的期望—员工仪容整洁、着装得体', 'expected', null, '员工仪容整洁、着装得体'],
    ['6、本酒店实际的表现—员工仪容整洁、着装得体', 'perceived', null, '员工仪容整洁、着装得体'],
    ['员工仪容整洁（最低可接受）', 'adequate', null, '员工仪容整洁'],
    // A role word inside the statement does not beat the one in brackets.
    ['员工了解顾客的实际需要（期望）', 'expected', null, '员工了解顾客的实际需要'],
    ['序号', null, null, '序号'],
  ] as const)('%s → %s %s', (header, role, number, statement) => {
    const reading = readServqualHeader(header);
    expect(reading.role).toBe(role);
    expect(reading.number).toBe(number);
    if (statement !== null) expect(reading.statement).toBe(statement);
  });

  it('reads the dimension of a weight column', () => {
    expect(readServqualHeader(weightHeader('reliability', 2))).toMatchObject({ role: 'weight', number: 2, dimension: 'reliability' });
    expect(readServqualHeader('同理度重要性')).toMatchObject({ role: 'weight', dimension: 'empathy' });
    expect(readServqualHeader('移情性权重').dimension).toBe('empathy');
  });
});

describe('detectServqualColumns', () => {
  const questionnaire = createQuestionnaire('hotel');

  it('maps the template by its codes', () => {
    const headers = ['序号', ...templateHeaders(questionnaire)];
    const detection = detectServqualColumns({ headers, rows: [] }, questionnaire);
    expect(detection.method).toBe('codes');
    expect(detection.assigned).toBe(44);
    expect(detection.mapping.items[0]!.columns).toEqual({ expected: 1, desired: null, adequate: null, perceived: 2 });
    expect(detection.mapping.weights).toEqual({ tangibles: 45, reliability: 46, responsiveness: 47, assurance: 48, empathy: 49 });
    expect(detection.format).toBe('two-column');
    expect(detection.notes).toEqual([]);
  });

  it('maps a 问卷星 export of the batch text (numbered headers with codes in brackets)', () => {
    const { text } = questionnaireStarText(questionnaire);
    const headers = ['序号', '提交答卷时间', ...text.split('\n\n').slice(1).map((block) => block.split('\n')[0]!.replace(/^(\d+)\./, '$1、').replace(/\[[^\]]+\]$/, ''))];
    const detection = detectServqualColumns({ headers, rows: [] }, questionnaire);
    expect(detection.assigned).toBe(44);
    expect(detection.mapping.items[21]!.columns).toEqual({ expected: 23, desired: null, adequate: null, perceived: 45 });
    expect(detection.mapping.weights.empathy).toBe(50);
  });

  it('maps 问卷星 matrix columns by the items’ wording, whatever their order', () => {
    const items = numberedItems(questionnaire);
    const headers = [...items.map((item) => `8、请评价本酒店的实际表现—${item.text}`).reverse(), ...items.map((item) => `7、您对一家出色酒店的期望—${item.text}`)];
    const detection = detectServqualColumns({ headers, rows: [] }, questionnaire);
    expect(detection.method).toBe('text');
    expect(detection.mapping.items[0]!.columns).toMatchObject({ perceived: 21, expected: 22 });
  });

  it('falls back to column order within a role when wording differs', () => {
    const small = smallQuestionnaire();
    const headers = ['期望-甲', '期望-乙', '期望-丙', '期望-丁', '感知-甲', '感知-乙', '感知-丙', '感知-丁'];
    const detection = detectServqualColumns({ headers, rows: [] }, small);
    expect(detection.method).toBe('order');
    expect(detection.mapping.items.map((entry) => [entry.columns.expected, entry.columns.perceived])).toEqual([[0, 4], [1, 5], [2, 6], [3, 7]]);
  });

  it('with no role words at all, takes the 1–7 columns in order (all E, then all P) and says so', () => {
    const small = smallQuestionnaire();
    const headers = ['编号', 'Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6', 'Q7', 'Q8'];
    const rows = [['1', '6', '7', '5', '6', '5', '6', '4', '5'], ['2', '7', '6', '6', '5', '6', '6', '5', '5']];
    const detection = detectServqualColumns({ headers, rows }, small);
    expect(detection.mapping.items.map((entry) => [entry.columns.expected, entry.columns.perceived])).toEqual([[1, 5], [2, 6], [3, 7], [4, 8]]);
    expect(detection.notes[0]).toMatch(/已按列的顺序对应，前 4 列为期望，其后 4 列为感知/);
  });

  it('notices three-column data and missing items', () => {
    const three = createQuestionnaire('generic', { format: 'three-column', askWeights: false });
    const headers = templateHeaders(three).slice(0, 60);
    const detection = detectServqualColumns({ headers, rows: [] }, createQuestionnaire('generic', { askWeights: false }));
    expect(detection.format).toBe('three-column');
    expect(detection.notes.join(' ')).toMatch(/三栏式/);
    expect(detection.notes.join(' ')).toMatch(/2 个题项没有找到完整的评分列/);
  });

  it('says when nothing was recognised', () => {
    const detection = detectServqualColumns({ headers: ['姓名', '城市'], rows: [['张三', '北京']] }, createQuestionnaire());
    expect(detection.method).toBe('none');
    expect(detection.notes).toEqual(['没有识别出 SERVQUAL 评分列：请在下方逐项选择列。']);
  });
});
