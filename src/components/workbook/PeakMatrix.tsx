/** Worksheet 4's low-cost / high-perception matrix: each scored idea in its quadrant. */
import { quadrant, QUADRANT_LABELS, type Quadrant } from '../../lib/workbook/peak';
import type { SheetAnswers } from '../../lib/workbook/schema';
import { tableRows } from '../../lib/workbook/state';

const ORDER: Quadrant[] = ['lowCostHighValue', 'highCostHighValue', 'lowCostLowValue', 'highCostLowValue'];

export function PeakMatrix({ answers }: { answers: SheetAnswers | undefined }) {
  const ideas = tableRows(answers?.ideas, 0).filter((row) => (row.idea ?? '').trim() !== '');
  const unscored = ideas.filter((row) => quadrant(row) === null);
  return (
    <section className="calc-section" aria-labelledby="wb-peak-matrix" data-testid="wb-peak-matrix">
      <h2 id="wb-peak-matrix">成本与感知价值矩阵</h2>
      <p className="calc-hint">成本 1–2 分算低，感知价值 4–5 分算高；3 分两头都不算。</p>
      <div className="wb-matrix">
        {ORDER.map((key) => (
          <div key={key} className={`wb-quadrant wb-${key}`}>
            <h3>{QUADRANT_LABELS[key]}</h3>
            <ul>{ideas.filter((row) => quadrant(row) === key).map((row, index) => <li key={index}>{row.moment ? `${row.moment}：` : ''}{row.idea}</li>)}</ul>
          </div>
        ))}
      </div>
      {unscored.length > 0 && <p className="calc-hint">还没打分（成本或感知价值不是 1–5 的整数）：{unscored.map((row) => row.idea).join('、')}。</p>}
    </section>
  );
}
