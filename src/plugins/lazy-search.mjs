/**
 * Loads Starlight's search UI when a reader reaches for it, not on every page load.
 *
 * Starlight's `Search.astro` imports Pagefind's UI (94 KB of JavaScript) and builds it as soon as
 * each page is idle. On a phone that is a download and a long main-thread task on every page,
 * for a dialog most readers never open: in Lighthouse's trace it was the largest script task of
 * a lecture page (170–350 ms at the mobile CPU slowdown). Starlight has no option for this, and
 * overriding the component would mean copying its markup and 300 lines of styles, so this Vite
 * plugin changes one statement of its script: the idle callback becomes "the first sign of use":
 * the pointer over the search button, focus on it, a touch, a click, or Ctrl/⌘+K. The dialog
 * opens at once as before; when the UI is built, the search box gets the focus.
 *
 * If a Starlight upgrade changes that statement, the build fails here rather than quietly
 * loading the UI on every page again.
 */

/** Starlight's statement that schedules the UI (Search.astro, Starlight 0.42). */
export const IDLE_SCHEDULE = 'const onIdle = window.requestIdleCallback || ((cb) => setTimeout(cb, 1));';

/**
 * The replacement: `onIdle(load)` runs `load` once, on the first sign of use. It runs inside the
 * `site-search` element's constructor, where `this`, `openBtn` and `dialog` are in scope.
 */
export const FIRST_USE_SCHEDULE = `const onIdle = (load: () => unknown) => {
					let started = false;
					const start = () => {
						if (started) return;
						started = true;
						void Promise.resolve(load()).then(() => {
							if (dialog.open) this.querySelector('input')?.focus();
						});
					};
					for (const type of ['pointerenter', 'focus', 'touchstart', 'click']) {
						openBtn.addEventListener(type, start, { passive: true });
					}
					window.addEventListener('keydown', (event) => {
						if ((event.metaKey || event.ctrlKey) && event.key === 'k') start();
					});
				};`;

const SEARCH_SCRIPT = /@astrojs[\\/]starlight[\\/].*[\\/]Search\.astro\?astro&type=script/;

/**
 * @param {string} code the TypeScript of Search.astro's script
 * @param {string} id the module id, for the error message
 */
export function deferSearchUi(code, id = 'Search.astro') {
  const at = code.indexOf(IDLE_SCHEDULE);
  if (at < 0 || code.indexOf(IDLE_SCHEDULE, at + 1) >= 0) {
    throw new Error(`lazy-search: ${id} no longer contains exactly one “${IDLE_SCHEDULE}”. Starlight changed how it loads the search UI; update src/plugins/lazy-search.mjs.`);
  }
  return code.slice(0, at) + FIRST_USE_SCHEDULE + code.slice(at + IDLE_SCHEDULE.length);
}

/** @returns {import('vite').Plugin} */
export function lazySearchPlugin() {
  return {
    name: 'course:lazy-search',
    // Before TypeScript is stripped, so the statement is matched as Starlight wrote it.
    enforce: 'pre',
    transform(code, id) {
      if (!SEARCH_SCRIPT.test(id)) return null;
      return { code: deferSearchUi(code, id), map: null };
    },
  };
}
