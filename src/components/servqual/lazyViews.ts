/**
 * The SERVQUAL page's views that only a loaded file needs (JS budget). The tool spec
 * (useServqualTool.ts) fetches them when the reader is about to choose a file, or when one starts
 * loading; a view shown before its chunk is here (restored results) fetches it then.
 */
import { lazyView } from '../shared/LazyView';
import { MappingChoice } from '../shared/surveyTableViews';

/** The results: tables, charts and the report maths. */
export const ResultsView = lazyView(() => import('./ResultsView').then((module) => module.ResultsView));
/** How the columns were chosen, with reasons (one lazy view for every tool). */
export { MappingChoice };
/** Which column is E, P, desired or adequate of which item, and each dimension's importance points. */
export const MappingSection = lazyView(() => import('./MappingSection').then((module) => module.MappingSection));

/** What the tool spec prefetches. */
export const VIEWS_FOR_A_FILE = [ResultsView, MappingChoice, MappingSection];
