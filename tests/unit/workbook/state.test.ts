import { describe, expect, it } from 'vitest';
import { currentBook, deviceSchema, EXAMPLES, initialDevice, progress, reduce, SHEETS, sheetMinutes, type Device, type Event } from '../../../src/lib/workbook';

const NOW = '2027-01-01T00:00:00.000Z';
const run = (events: Event[], start: Device = initialDevice) => events.reduce(reduce, start);

describe('reduce', () => {
  it('creates, switches and deletes team workbooks', () => {
    const two = run([{ type: 'create', id: 'a', team: '第一组', now: NOW }, { type: 'create', id: 'b', team: '第二组', now: NOW }]);
    expect(two.books.map((book) => book.team)).toEqual(['第一组', '第二组']);
    expect(two.current).toBe('b');
    expect(reduce(two, { type: 'switch', id: 'a' }).current).toBe('a');
    expect(reduce(two, { type: 'switch', id: 'nope' })).toBe(two);
    const one = reduce(two, { type: 'delete', id: 'b' });
    expect(one.books.map((book) => book.id)).toEqual(['a']);
    expect(one.current).toBe('a');
  });

  it('types into a text field and a table cell of the current workbook only', () => {
    const device = run([
      { type: 'create', id: 'a', team: '第一组', now: NOW },
      { type: 'create', id: 'b', team: '第二组', now: NOW },
      { type: 'setText', sheet: 'smart', key: 'metric', value: '投诉率', now: '2027-01-02' },
      { type: 'setCell', sheet: 'plan', key: 'actions', row: 5, column: 'owner', value: '张敏', now: '2027-01-03' },
    ]);
    const book = currentBook(device);
    expect(book?.sheets.smart?.metric).toBe('投诉率');
    const actions = book?.sheets.plan?.actions;
    // The table has 4 rows by default; row index 5 pads it to 6.
    expect(Array.isArray(actions) && actions.length).toBe(6);
    expect(Array.isArray(actions) && actions[5]).toEqual({ owner: '张敏' });
    expect(book?.updated).toBe('2027-01-03');
    expect(device.books[0]?.sheets).toEqual({});
    expect(deviceSchema.safeParse(device).success).toBe(true);
  });

  it('without a current workbook, typing changes nothing', () => {
    expect(reduce(initialDevice, { type: 'setText', sheet: 'smart', key: 'metric', value: 'x', now: NOW })).toBe(initialDevice);
  });
});

describe('progress and examples', () => {
  it('every example completes its worksheet, and all ten make a finished workbook', () => {
    let device = run([{ type: 'create', id: 'a', team: '示范组', now: NOW }]);
    expect(progress(currentBook(device)!).done).toBe(0);
    for (const sheet of SHEETS) device = reduce(device, { type: 'loadSheet', sheet: sheet.id, answers: EXAMPLES[sheet.id].answers, now: NOW });
    expect(progress(currentBook(device)!)).toMatchObject({ done: 10, total: 10 });
  });

  it('the examples cover the four industries', () => {
    expect(new Set(Object.values(EXAMPLES).map((example) => example.industry))).toEqual(new Set(['酒店', '景区', '航空', '机场']));
  });

  it.each([
    // src/data/schedule.ts: kano work 30; servqual work 25; micro-innovation work 25 + present 10; five-gaps ex 10 + debrief 10;
    // action-plan step2 12 + step3 8 + step4 15 + step5 12 = 47; the seed module has no slot and suggests 30.
    ['kano', 30], ['servqual', 25], ['peak', 35], ['gaps', 20], ['smart', 10], ['plan', 47], ['seed', 30],
  ])('worksheet %s takes %i minutes', (id, minutes) => {
    expect(sheetMinutes(SHEETS.find((sheet) => sheet.id === id)!)).toBe(minutes);
  });
});
