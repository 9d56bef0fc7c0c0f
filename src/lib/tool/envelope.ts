/**
 * What a tool keeps in localStorage and puts in a share link: its state wrapped with the schema
 * version it was written under, `{ v, s }`. Reading migrates an older version step by step
 * (v1 → v2 → …) and then checks the result against the tool's zod schema, so a stored or shared
 * state from last year's site still opens, and anything else gives a Chinese message instead of
 * a crash. No DOM here: the hook (src/components/shared/useTool.ts) does the storage calls.
 *
 * Schemas use zod/mini, the tree-shakable API of the same zod 4 that Astro ships as astro/zod:
 * the classic API adds about 25 KB (gzip) to every tool page, more than the rest of a tool.
 * Any zod 4 schema (classic or mini) is accepted, since both are `$ZodType`s.
 */
import { z } from 'zod/mini';
import type { $ZodError, $ZodType } from 'zod/v4/core';

export { wrapState, type Envelope } from './wrap';

/** One step of a tool's schema history: turns a version-n state into a version-(n+1) state. */
export type Migration = (previous: unknown) => unknown;

/** What the generic parts need to know about a tool's persisted state. */
export interface VersionedSchema<S> {
  /** Current schema version (a positive integer); bump it with a migration when the shape changes. */
  version: number;
  /** The shape of the current version. */
  schema: $ZodType<S>;
  /** `migrations[n]` upgrades a version-n state to version n + 1. */
  migrations?: Readonly<Record<number, Migration>>;
  /**
   * Reads a value written before the kernel existed (no `{ v, s }` envelope: a tool's old share
   * payload or stored inputs) into a version-1 state, which the migrations then carry forward.
   * Return undefined when the value is not such a legacy value; throw an Error whose message
   * says (in Chinese) what is wrong when it is one but unusable.
   */
  legacy?: Migration;
}

/** Reading a state: ok (perhaps migrated), or nothing there, or unusable with a Chinese message. */
export type ParseResult<S> = { ok: true; value: S; migrated: boolean } | { ok: false; empty: boolean; message: string };

const envelopeSchema = z.object({ v: z.number().check(z.int(), z.positive()), s: z.unknown() });

/**
 * Checks an unwrapped value (an envelope already parsed from JSON) and migrates it.
 * @example parseEnvelope({ v: 1, s: { n: '3' } }, spec) // { ok: true, value: …, migrated: true } when spec.version is 2
 */
export function parseEnvelope<S>(value: unknown, spec: VersionedSchema<S>): ParseResult<S> {
  const envelope = z.safeParse(envelopeSchema, value);
  let legacy: unknown;
  if (!envelope.success && spec.legacy) {
    try {
      legacy = spec.legacy(value);
    } catch (error) {
      return { ok: false, empty: false, message: error instanceof Error && error.message ? `${error.message}。` : '保存的数据格式无法识别。' };
    }
  }
  if (!envelope.success && legacy === undefined) return { ok: false, empty: false, message: '保存的数据格式无法识别。' };
  const { v, s } = envelope.success ? envelope.data : { v: 1, s: legacy };
  if (v > spec.version) return { ok: false, empty: false, message: '数据来自更新版本的网站，请刷新页面后再试。' };
  let state: unknown = s;
  for (let from = v; from < spec.version; from += 1) {
    const step = spec.migrations?.[from];
    if (!step) return { ok: false, empty: false, message: `无法从第 ${from} 版的数据升级。` };
    try {
      state = step(state);
    } catch {
      return { ok: false, empty: false, message: `第 ${from} 版的数据无法升级。` };
    }
  }
  const parsed = z.safeParse(spec.schema, state);
  if (!parsed.success) return { ok: false, empty: false, message: `数据内容不符（${describeIssue(parsed.error)}）。` };
  return { ok: true, value: parsed.data, migrated: v < spec.version || !envelope.success };
}

/**
 * Reads a stored JSON string (null when nothing was stored).
 * @example parseStored(localStorage.getItem(key), spec)
 */
export function parseStored<S>(raw: string | null, spec: VersionedSchema<S>): ParseResult<S> {
  if (raw === null) return { ok: false, empty: true, message: '' };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { ok: false, empty: false, message: '保存的数据已损坏。' };
  }
  return parseEnvelope(value, spec);
}

/** The first zod issue as a short text: the path of the field that failed. */
export function describeIssue(error: $ZodError): string {
  const issue = error.issues[0];
  if (!issue) return '未知字段';
  return issue.path.length > 0 ? `字段 ${issue.path.map(String).join('.')}` : '整体结构';
}
