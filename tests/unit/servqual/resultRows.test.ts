import { describe, expect, it } from 'vitest';
import { analyseServqual, buildServqualReport, servqualResultRows } from '../../../src/lib/servqual';
import { handWorkedRequest, handWorkedRows, ok, table } from './helpers';

const rows = handWorkedRows();
const summary = ok(analyseServqual(table(rows), handWorkedRequest(rows))).summary;

describe('servqualResultRows', () => {
  it('writes a CSV with the overall scores, dimensions, items and reliability', () => {
    const report = buildServqualReport(summary, { typedWeights: null, crosshairs: 'data-mean', ipaLevel: 'dimension' });
    const csv = servqualResultRows(summary, report, '测试');
    expect(csv[1]).toEqual(['数据来源', '测试']);
    expect(csv.find((row) => row[0] === '未加权 SERVQUAL 得分')![1]).toBe(-1.125);
    expect(csv.find((row) => row[0] === '加权 SERVQUAL 得分')![1]).toBe(-1.2625);
    expect(csv.some((row) => row[0] === '可靠度（可靠性）')).toBe(true);
    expect(csv.filter((row) => row[0] === '有形度' && row[1] === '感知')[0]![2]).toBe(Math.round((8 / 19) * 10000) / 10000);
  });
});
