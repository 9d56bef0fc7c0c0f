/**
 * The 双图 map: stages (columns) × lanes (rows), cards in cells, and one or two emotion curves.
 * The blueprint lanes and their three lines follow Bitner, Ostrom & Morgan (2008), "Service
 * Blueprinting: A Practical Technique for Service Innovation", California Management Review
 * 50(3), 66–94: physical evidence · customer actions · [line of interaction] · onstage contact
 * employee actions · [line of visibility] · backstage actions · [line of internal interaction] ·
 * support processes. The journey lanes (touchpoints, thoughts, feelings, pain points,
 * opportunities) are lecture 3's journey map (content/lectures/3-design/journey-blueprint.mdx).
 */

/** Emotion is scored −2 (very negative) … +2 (very positive), in steps of 0.5, as on the lecture's curves. */
export const EMOTION_MIN = -2;
export const EMOTION_MAX = 2;
export const EMOTION_STEP = 0.5;

export type LaneView = 'journey' | 'blueprint';
/** The blueprint line drawn below a lane. */
export type LaneLine = 'interaction' | 'visibility' | 'internal';

export const LINE_LABELS: Readonly<Record<LaneLine, string>> = {
  interaction: '互动分界线',
  visibility: '可视分界线',
  internal: '内部互动分界线',
};

export interface Lane {
  id: string;
  name: string;
  view: LaneView;
  hidden: boolean;
  line: LaneLine | null;
}

export interface Stage {
  id: string;
  name: string;
  /** As-is emotion, or null when not scored. */
  asIs: number | null;
  /** To-be (designed) emotion, or null. */
  toBe: number | null;
}

export interface Card {
  id: string;
  stageId: string;
  laneId: string;
  text: string;
  tags: string[];
}

export interface JourneyMap {
  id: string;
  title: string;
  /** 教学情景 label or the team's own scenario. */
  scenario: string;
  team: string;
  persona: string;
  /** yyyy-mm-dd or empty. */
  date: string;
  /** The stage that ends the remembered episode (the peak–end "end"); null means the last stage. */
  endStageId: string | null;
  stages: Stage[];
  lanes: Lane[];
  /** All cards; within a cell the array order is the card order. */
  cards: Card[];
}

/** The default lanes: journey view first (the customer's side), then the blueprint (the company's side). */
export const DEFAULT_LANES: readonly Lane[] = [
  { id: 'touchpoints', name: '触点 / 渠道', view: 'journey', hidden: false, line: null },
  { id: 'thoughts', name: '想法', view: 'journey', hidden: false, line: null },
  { id: 'feelings', name: '感受', view: 'journey', hidden: false, line: null },
  { id: 'pains', name: '痛点', view: 'journey', hidden: false, line: null },
  { id: 'opportunities', name: '机会', view: 'journey', hidden: false, line: null },
  { id: 'evidence', name: '有形展示', view: 'blueprint', hidden: false, line: null },
  { id: 'customer', name: '顾客行为', view: 'blueprint', hidden: false, line: 'interaction' },
  { id: 'onstage', name: '前台员工行为', view: 'blueprint', hidden: false, line: 'visibility' },
  { id: 'backstage', name: '后台员工行为', view: 'blueprint', hidden: false, line: 'internal' },
  { id: 'support', name: '支持流程', view: 'blueprint', hidden: false, line: null },
];

export const LIMITS = {
  stages: 40,
  lanes: 20,
  cards: 2000,
  text: 500,
  name: 60,
  meta: 120,
} as const;

/** A new empty map with the default lanes and the given stage names. */
export function createMap(id: string, title: string, stageNames: readonly string[] = ['阶段 1', '阶段 2', '阶段 3']): JourneyMap {
  return {
    id,
    title,
    scenario: '',
    team: '',
    persona: '',
    date: '',
    endStageId: null,
    stages: stageNames.map((name, index) => ({ id: `s${index + 1}`, name, asIs: null, toBe: null })),
    lanes: DEFAULT_LANES.map((lane) => ({ ...lane })),
    cards: [],
  };
}

/** The cards of one cell, in order. */
export function cellCards(map: JourneyMap, stageId: string, laneId: string): Card[] {
  return map.cards.filter((card) => card.stageId === stageId && card.laneId === laneId);
}

/** Rounds an emotion to the nearest half step inside −2…+2 (null stays null). */
export function clampEmotion(value: number | null): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  return Math.min(EMOTION_MAX, Math.max(EMOTION_MIN, Math.round(value / EMOTION_STEP) * EMOTION_STEP));
}

/** A score as printed: "+1", "−2" (true minus sign), "0". */
export function formatEmotion(score: number): string {
  if (score > 0) return `+${score}`;
  if (score < 0) return `\u2212${Math.abs(score)}`;
  return '0';
}
