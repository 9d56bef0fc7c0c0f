/**
 * The service-partner scorecard as the course material gives it (seed 004, the after-sales
 * module; see content/reading/after-sales.md): item 1 complaints, 50 points, minus 50/20/10/5 per
 * A/B/C/D complaint; item 2 customer delight, plus 50/20/10 per A/B/C case, weight not given;
 * items 3–6 (repair volume 20, premises 10, new software 10, training 10) are points as typed.
 * The material gives item 2 no weight of its own. Read here as sharing item 1's 50 points:
 * deductions and additions both land on those 50, never below 0. That reading is flagged.
 */
import { readField } from '../tool/fields';
import type { Row } from './schema';

export const WEIGHT_NOTE = '课程资料没有给“顾客感动”单列权重；这里按它与“顾客投诉”共用 50 分计算（扣分、加分都记在这 50 分上，最低 0 分），这是本站的理解，不是资料原文。';

export const CRITERIA = [
  { key: 'complaints', label: '顾客投诉与顾客感动', weight: 50 },
  { key: 'volume', label: '网点维修量', weight: 20 },
  { key: 'hygiene', label: '网点装修与卫生', weight: 10 },
  { key: 'software', label: '网点新软件使用', weight: 10 },
  { key: 'training', label: '维修工培训', weight: 10 },
] as const;

export const DEDUCT = { cA: 50, cB: 20, cC: 10, cD: 5 } as const;
export const ADD = { mA: 50, mB: 20, mC: 10 } as const;

export interface PartnerScore {
  name: string;
  /** Points per criterion, in CRITERIA order. */
  points: number[];
  total: number;
}

export type ScoreResult = { ok: true; score: PartnerScore } | { ok: false; message: string };

/** Scores one partner row; an unreadable number gives a message naming the partner and the column. */
export function scorePartner(row: Row): ScoreResult {
  const name = (row.name ?? '').trim() || '未命名服务商';
  const count = (key: string, label: string) => readField(row[key] ?? '', { key, label: `${name}的${label}`, unit: 'count', min: 0, max: 999, hint: '', optional: true, integer: true });
  const points = (key: string, label: string, max: number) => readField(row[key] ?? '', { key, label: `${name}的${label}`, unit: 'count', min: 0, max, hint: '', optional: true });
  let complaints = 50;
  for (const [key, value] of Object.entries({ ...DEDUCT, ...ADD })) {
    const read = count(key, key.startsWith('c') ? `投诉 ${key[1]} 类` : `感动 ${key[1]} 类`);
    if (!read.ok) return { ok: false, message: read.message };
    complaints += (key.startsWith('c') ? -value : value) * (read.value ?? 0);
  }
  const result = [Math.max(0, complaints)];
  for (const criterion of CRITERIA.slice(1)) {
    const read = points(criterion.key, criterion.label, criterion.weight);
    if (!read.ok) return { ok: false, message: read.message };
    result.push(read.value ?? 0);
  }
  return { ok: true, score: { name, points: result, total: result.reduce((sum, value) => sum + value, 0) } };
}

/** Every non-empty partner row scored, highest total first; rows that cannot be read give messages. */
export function scorePartners(rows: readonly Row[]): { scores: PartnerScore[]; messages: string[] } {
  const scores: PartnerScore[] = [];
  const messages: string[] = [];
  for (const row of rows) {
    if (Object.values(row).every((value) => value.trim() === '')) continue;
    const result = scorePartner(row);
    if (result.ok) scores.push(result.score);
    else messages.push(result.message);
  }
  scores.sort((a, b) => b.total - a.total);
  return { scores, messages };
}
