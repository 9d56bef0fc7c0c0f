/**
 * The poll definition in a link: `…/tools/poll/answer/#share=1.<payload>.<check>`, on the share
 * codec of src/lib/share/codec.ts (version, base64url JSON, FNV-1a check, tool id `poll`). The
 * JSON uses one-letter keys, so the link and its QR code stay small. Decoding never throws: a
 * truncated, edited or foreign link gives a Chinese message, and zod checks every field.
 */
import { z } from 'zod/mini';
import { decodeShareState, encodeShareState } from '../share';
import { LIMITS, type PollDefinition, type TemplateId } from './templates';

export const POLL_TOOL_ID = 'poll';
/** The wire format's own version, inside the share codec's. */
export const POLL_WIRE_VERSION = 1;

const pollId = z.string().check(z.regex(/^[0-9A-HJKMNP-TV-Z]{4}$/));
const text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));
const list = (max: number, length: number) => z.array(text(length)).check(z.maxLength(max));

const wire = z.object({
  v: z.literal(POLL_WIRE_VERSION),
  i: pollId,
  k: z.enum(['nps', 'kano', 'servqual', 'badExperience', 'preClass']),
  t: text(LIMITS.title),
  s: z.optional(text(LIMITS.subject)),
  g: z.optional(list(LIMITS.groups, LIMITS.groupLength)),
  r: z.optional(list(LIMITS.reasons, LIMITS.reasonLength)),
  f: z.optional(list(LIMITS.features, LIMITS.featureLength).check(z.minLength(1))),
  n: z.optional(z.array(z.int().check(z.minimum(1), z.maximum(22))).check(z.minLength(1), z.maxLength(LIMITS.servqualItems))),
  m: z.optional(z.enum(['P', 'EP'])),
  x: z.optional(z.union([z.literal(5), z.literal(7)])),
});
type Wire = z.infer<typeof wire>;

/** The compact JSON a link carries. */
export function toWire(poll: PollDefinition): Wire {
  const base = { v: POLL_WIRE_VERSION, i: poll.id, k: poll.template, t: poll.title } as const;
  switch (poll.template) {
    case 'nps':
      return { ...base, s: poll.subject, g: poll.groups, r: poll.reasons };
    case 'kano':
      return { ...base, f: poll.features, g: poll.segments };
    case 'servqual':
      return { ...base, n: poll.items, m: poll.mode, x: poll.scale };
    case 'badExperience':
      return base;
    case 'preClass':
      return { ...base, g: poll.groups };
  }
}

const unique = (values: readonly string[]) => new Set(values).size === values.length;

/** The definition from checked wire JSON, or a Chinese reason. */
export function fromWire(value: unknown): { ok: true; value: PollDefinition } | { ok: false; error: string } {
  const parsed = wire.safeParse(value);
  if (!parsed.success) return { ok: false, error: '投票内容不完整' };
  const w = parsed.data;
  const base = { id: w.i, title: w.t };
  const template: TemplateId = w.k;
  const lists = [w.g ?? [], w.r ?? [], w.f ?? [], (w.n ?? []).map(String)];
  if (!lists.every(unique)) return { ok: false, error: '投票中有重复的选项' };
  switch (template) {
    case 'nps':
      return { ok: true, value: { ...base, template, subject: w.s ?? '我们', groups: w.g ?? [], reasons: w.r ?? [] } };
    case 'kano':
      if (!w.f) return { ok: false, error: '投票中没有功能' };
      return { ok: true, value: { ...base, template, features: w.f, segments: w.g ?? [] } };
    case 'servqual':
      if (!w.n) return { ok: false, error: '投票中没有题目' };
      return { ok: true, value: { ...base, template, items: w.n, mode: w.m ?? 'P', scale: w.x ?? 7 } };
    case 'badExperience':
      return { ok: true, value: { ...base, template } };
    case 'preClass':
      return { ok: true, value: { ...base, template, groups: w.g ?? [] } };
  }
}

/**
 * The hash (without '#') that carries a poll.
 * @example `${answerPageUrl}#${encodePollHash(poll)}`
 */
export function encodePollHash(poll: PollDefinition): string {
  return encodeShareState(toWire(poll), POLL_TOOL_ID);
}

export type PollLinkResult = { ok: true; poll: PollDefinition } | { ok: false; empty: boolean; message: string };

/** Reads a poll from `location.hash`. Never throws. */
export function decodePollHash(hash: string): PollLinkResult {
  const decoded = decodeShareState(hash, fromWire, POLL_TOOL_ID);
  if (decoded.ok) return { ok: true, poll: decoded.value };
  const message = decoded.error.replace('分享链接无效', '投票链接无效').replace('，已改用默认数据。请向分享者重新获取完整的链接。', '。请重新扫描讲师投影上的二维码。').replace('这是其他工具的分享链接', '这不是投票链接');
  return { ok: false, empty: decoded.empty, message };
}
