/**
 * What a printed page says about itself: which part of the course it belongs to (the sidebar
 * group around it, e.g. "第一讲 思维篇"), and whether it is a handout at all. Read from
 * Starlight's route data, so a new page in a lecture folder prints with the right heading
 * without any setting of its own.
 */

interface SidebarItem {
  type: 'link' | 'group';
  label: string;
  isCurrent?: boolean;
  entries?: SidebarItem[];
}

/** Labels of the groups around the current page, outermost first; empty when it is not in the sidebar. */
export function sidebarTrail(entries: readonly SidebarItem[]): string[] {
  for (const entry of entries) {
    if (entry.type === 'link' && entry.isCurrent) return [];
    if (entry.type === 'group' && entry.entries) {
      const inner = sidebarTrail(entry.entries);
      if (inner.length > 0 || entry.entries.some((child) => child.type === 'link' && child.isCurrent)) return [entry.label, ...inner];
    }
  }
  return [];
}

/** The lecture folder of a content id (`lectures/1-mindset/kano` → `1-mindset`), if it is a lecture page. */
export function lectureOf(id: string): string | undefined {
  return /^lectures\/([^/]+)(\/|$)/.exec(id)?.[1];
}

/** Pages printed as handouts: lectures, cases, reading and the trainer's manual (tools print reports). */
export function isHandoutPage(id: string): boolean {
  return /^(lectures|cases|reading|trainer)(\/|$)/.test(id);
}
