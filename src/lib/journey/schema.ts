/**
 * What is stored and exported: one map in the kernel's versioned envelope `{ v, s }`
 * (src/lib/tool/envelope.ts), so a stored map, an exported file and a share link all migrate the
 * same way when the shape changes. The schema uses zod/mini (see envelope.ts for why). After the
 * shape check, `checkMap` checks what a schema cannot say: ids are unique and every card sits in
 * an existing stage and lane. Messages are Chinese and name the field.
 */
import { z } from 'zod/mini';
import { parseEnvelope, wrapState, type Envelope, type VersionedSchema } from '../tool/envelope';
import { EMOTION_MAX, EMOTION_MIN, LIMITS, type JourneyMap } from './model';
import { tagById } from './tags';

export const TOOL_ID = 'journey';
export const SCHEMA_VERSION = 1;

const id = z.string().check(z.minLength(1), z.maxLength(64));
const name = z.string().check(z.maxLength(LIMITS.name));
const meta = z.string().check(z.maxLength(LIMITS.meta));
const emotion = z.nullable(z.number().check(z.gte(EMOTION_MIN), z.lte(EMOTION_MAX)));

export const mapSchema = z.object({
  id,
  title: meta,
  scenario: meta,
  team: meta,
  persona: meta,
  date: z.string().check(z.maxLength(10)),
  endStageId: z.nullable(id),
  stages: z.array(z.object({ id, name, asIs: emotion, toBe: emotion })).check(z.minLength(1), z.maxLength(LIMITS.stages)),
  lanes: z
    .array(z.object({ id, name, view: z.enum(['journey', 'blueprint']), hidden: z.boolean(), line: z.nullable(z.enum(['interaction', 'visibility', 'internal'])) }))
    .check(z.minLength(1), z.maxLength(LIMITS.lanes)),
  cards: z.array(z.object({ id, stageId: id, laneId: id, text: z.string().check(z.maxLength(LIMITS.text)), tags: z.array(z.string().check(z.maxLength(40))).check(z.maxLength(30)) })).check(z.maxLength(LIMITS.cards)),
});

/**
 * A map written as a bare object (no `{ v, s }` envelope, e.g. typed by hand from the method
 * page's example) is read as version 1.
 */
function legacy(value: unknown): unknown {
  return typeof value === 'object' && value !== null && 'stages' in value && 'cards' in value ? value : undefined;
}

export const versioned: VersionedSchema<JourneyMap> = { version: SCHEMA_VERSION, schema: mapSchema as z.ZodMiniType<JourneyMap>, migrations: {}, legacy };

/** Card text typed but not yet in the map (components/journey/draft.ts keeps it across a reload). */
export interface CardDraft {
  mapId: string;
  cardId: string;
  text: string;
}

const draftSchema = z.object({ mapId: id, cardId: id, text: z.string().check(z.maxLength(LIMITS.text)) });

/**
 * Reads a left-over draft from storage: the draft, or null when there is none or it is not one
 * (edited by hand, from another version, longer than a card may be).
 * @example readCardDraft('{"mapId":"m1","cardId":"c2","text":"排队"}') // { mapId: 'm1', cardId: 'c2', text: '排队' }
 */
export function readCardDraft(raw: string | null): CardDraft | null {
  if (raw === null) return null;
  try {
    const parsed = z.safeParse(draftSchema, JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Result of reading a map: the map, or a Chinese message. */
export type MapResult = { ok: true; map: JourneyMap } | { ok: false; message: string };

/** Integrity a schema cannot express; null when the map is consistent. */
export function checkMap(map: JourneyMap): string | null {
  const duplicate = (ids: string[]) => ids.find((value, index) => ids.indexOf(value) !== index);
  const stageDup = duplicate(map.stages.map((stage) => stage.id));
  if (stageDup !== undefined) return `阶段编号“${stageDup}”重复`;
  const laneDup = duplicate(map.lanes.map((lane) => lane.id));
  if (laneDup !== undefined) return `泳道编号“${laneDup}”重复`;
  const cardDup = duplicate(map.cards.map((card) => card.id));
  if (cardDup !== undefined) return `卡片编号“${cardDup}”重复`;
  const stages = new Set(map.stages.map((stage) => stage.id));
  const lanes = new Set(map.lanes.map((lane) => lane.id));
  const index = map.cards.findIndex((card) => !stages.has(card.stageId) || !lanes.has(card.laneId));
  if (index >= 0) return `第 ${index + 1} 张卡片（字段 cards.${index}）所在的阶段或泳道不存在`;
  if (map.endStageId !== null && !stages.has(map.endStageId)) return '终点阶段（字段 endStageId）不存在';
  return null;
}

/** Drops tags this version does not know (a file from a newer site keeps its cards). */
function withKnownTags(map: JourneyMap): JourneyMap {
  return { ...map, cards: map.cards.map((card) => (card.tags.every((tag) => tagById(tag)) ? card : { ...card, tags: card.tags.filter((tag) => tagById(tag)) })) };
}

/** Reads an already JSON-parsed value (stored, imported or shared). */
export function readMap(value: unknown): MapResult {
  if (typeof value === 'object' && value !== null && 'tool' in value && (value as { tool: unknown }).tool !== TOOL_ID) {
    return { ok: false, message: '这个文件来自其他工具，不是双图工作室的地图。' };
  }
  const parsed = parseEnvelope(value, versioned);
  if (!parsed.ok) return { ok: false, message: parsed.message };
  const problem = checkMap(parsed.value);
  if (problem) return { ok: false, message: `数据内容不符（${problem}）。` };
  return { ok: true, map: withKnownTags(parsed.value) };
}

/** The JSON file of one map (pretty-printed, so a team can read it). */
export function mapFileText(map: JourneyMap): string {
  const file: Envelope & { tool: string } = { tool: TOOL_ID, ...wrapState(SCHEMA_VERSION, map) };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * Reads an imported file's text. Never throws.
 * @example readMapFile('{"tool":"journey","v":1,"s":{…}}') // { ok: true, map }
 */
export function readMapFile(text: string): MapResult {
  if (text.trim() === '') return { ok: false, message: '文件是空的。' };
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, message: '文件不是有效的 JSON（可能不完整或被改动过）。' };
  }
  return readMap(value);
}
