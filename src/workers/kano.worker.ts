/**
 * The KANO calculator's worker: the shared survey reader plus the Kano tally, so reading and
 * classifying a large answer file never blocks the page. Only the KANO maths is bundled here.
 */
import { hostSurveyWorker } from './host';
import type { TablePreview } from '../lib/import/types';
import { loaded } from '../lib/kano/loaded';
import { analyse, type KanoState } from '../lib/kano/state';
import { analyseKano, type KanoAnalysisRequest, type KanoAnalysisResult } from '../lib/kano/analyseKano';

// The page's request for a new table, foreseen with the tool's own rules (host.ts, Foresight).
const foresee = (state: unknown, preview: TablePreview) => analyse(loaded(state as KanoState, preview));

hostSurveyWorker<KanoAnalysisRequest, KanoAnalysisResult>({ kano: analyseKano }, { foresee });
