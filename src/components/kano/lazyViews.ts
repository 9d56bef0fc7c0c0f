/**
 * The KANO page's views that only a loaded file needs (JS budget). The tool spec (useKanoTool.ts)
 * fetches them when the reader is about to choose a file, or when one starts loading; a view shown
 * before its chunk is here (restored results) fetches it then.
 */
import { lazyView } from '../shared/LazyView';
import { MappingChoice } from '../shared/surveyTableViews';

/** The results: tables, charts and their maths. */
export const ResultsView = lazyView(() => import('./ResultsView').then((module) => module.ResultsView));
/** The column and answer mapping editors. */
export const MappingEditor = lazyView(() => import('./MappingEditor').then((module) => module.MappingEditor));
export const AnswerMappingEditor = lazyView(() => import('./AnswerMappingEditor').then((module) => module.AnswerMappingEditor));
/** How the columns were chosen, with reasons (one lazy view for every tool). */
export { MappingChoice };

/** What the tool spec prefetches. */
export const VIEWS_FOR_A_FILE = [ResultsView, MappingEditor, AnswerMappingEditor, MappingChoice];
