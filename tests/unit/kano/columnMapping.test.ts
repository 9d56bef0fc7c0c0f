import { describe, expect, it } from 'vitest';
import { checkMapping } from '../../../src/lib/kano';

describe('checkMapping', () => {
  const headers = ['旅客类型', '接机服务（正向）', '接机服务（反向）', '儿童托管（正向）', '儿童托管（反向）'];
  const good = { segment: 0, features: [{ name: '接机服务', functional: 1, dysfunctional: 2, importance: null }] };

  it('accepts a complete mapping', () => {
    expect(checkMapping(good, headers)).toEqual({ ok: true, mapping: good });
  });

  it.each([
    ['no features', { segment: null, features: [] }, '至少添加一项'],
    ['missing dysfunctional column', { segment: null, features: [{ name: '接机服务', functional: 1, dysfunctional: null, importance: null }] }, '「接机服务」还没有选择反向问题'],
    ['missing functional column', { segment: null, features: [{ name: '接机服务', functional: null, dysfunctional: 2, importance: null }] }, '「接机服务」还没有选择正向问题'],
    ['empty name', { segment: null, features: [{ name: ' ', functional: 1, dysfunctional: 2, importance: null }] }, '第 1 项功能没有名称'],
    ['duplicate names', { segment: null, features: [{ name: '接机服务', functional: 1, dysfunctional: 2, importance: null }, { name: '接机 服务', functional: 3, dysfunctional: 4, importance: null }] }, '重复'],
    ['same column twice', { segment: null, features: [{ name: '接机服务', functional: 1, dysfunctional: 1, importance: null }] }, '第 2 列「接机服务（正向）」同时被用作'],
    ['segment column reused', { segment: 1, features: [{ name: '接机服务', functional: 1, dysfunctional: 2, importance: null }] }, '既被选为客群列'],
    ['column out of range', { segment: null, features: [{ name: '接机服务', functional: 1, dysfunctional: 9, importance: null }] }, '不在表格中'],
  ])('rejects %s', (_name, mapping, message) => {
    const result = checkMapping(mapping, headers);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(message);
  });
});
