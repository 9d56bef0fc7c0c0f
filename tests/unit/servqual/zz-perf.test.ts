import { it } from 'vitest';
import bench from '../../../bench/scenarios/servqual-10k.mjs';
import { parseDelimitedText } from '../../../src/lib/import';
import { analyseServqual, createQuestionnaire, detectServqualColumns } from '../../../src/lib/servqual';
it('perf', async () => {
  const text = new TextDecoder().decode(bench.generate());
  const loaded = await parseDelimitedText(text, { source: { kind: 'csv' } });
  if (!loaded.ok) throw new Error(loaded.error);
  const q = createQuestionnaire('hotel');
  const d = detectServqualColumns({ headers: loaded.table.headers, rows: loaded.table.rows.slice(0, 20) }, q);
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    const r = analyseServqual(loaded.table, { kind: 'servqual', questionnaire: q, mapping: d.mapping });
    console.log('analyse', performance.now() - t, r.ok);
  }
}, 60000);
