/**
 * Random groups of as even a size as possible: n people in g groups give n mod g groups of
 * ⌈n/g⌉ and the rest of ⌊n/g⌋, so no two groups differ by more than one person. Asked for
 * "k people a group", the splitter makes ⌈n/k⌉ groups, so that no group is larger than k.
 */
import { shuffle } from './shuffle';

export type GroupRequest = { by: 'count'; groups: number } | { by: 'size'; size: number };

export type GroupsResult = { ok: true; groups: string[][] } | { ok: false; message: string };

/**
 * The sizes of `groupCount` groups for `people` people, largest first.
 * @example groupSizes(35, 6); // => [6, 6, 6, 6, 6, 5]
 */
export function groupSizes(people: number, groupCount: number): number[] {
  if (!Number.isInteger(people) || people < 0) throw new RangeError(`people must be a whole number ≥ 0, got ${people}`);
  if (!Number.isInteger(groupCount) || groupCount < 1) throw new RangeError(`groupCount must be a whole number ≥ 1, got ${groupCount}`);
  const base = Math.floor(people / groupCount);
  const larger = people % groupCount;
  return Array.from({ length: groupCount }, (_, index) => base + (index < larger ? 1 : 0));
}

/** How many groups a request makes for `people` people. */
export function groupCountFor(people: number, request: GroupRequest): number {
  return request.by === 'count' ? request.groups : Math.ceil(people / request.size);
}

/** Shuffles the names and deals them into even groups; bad numbers give a Chinese message. */
export function splitIntoGroups(names: readonly string[], request: GroupRequest, random: () => number): GroupsResult {
  const value = request.by === 'count' ? request.groups : request.size;
  const field = request.by === 'count' ? '组数' : '每组人数';
  if (!Number.isInteger(value) || value < 1) return { ok: false, message: `${field}要填 1 或更大的整数。` };
  if (names.length === 0) return { ok: false, message: '名单是空的，无法分组。' };
  const groupCount = groupCountFor(names.length, request);
  if (groupCount > names.length) return { ok: false, message: `${names.length} 个人分不成 ${groupCount} 组：组数不能多于人数。` };
  const order = shuffle(names, random);
  let next = 0;
  const groups = groupSizes(names.length, groupCount).map((size) => {
    const group = order.slice(next, next + size);
    next += size;
    return group;
  });
  return { ok: true, groups };
}
