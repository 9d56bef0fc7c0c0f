/** Worksheet 10's partner scores from the course material's scorecard, with its missing weight flagged. */
import type { SheetAnswers } from '../../lib/workbook/schema';
import { CRITERIA, scorePartners, WEIGHT_NOTE } from '../../lib/workbook/scorecard';
import { tableRows } from '../../lib/workbook/state';
import { withBase } from '../../utils/url';

export function ScoreTable({ answers }: { answers: SheetAnswers | undefined }) {
  const { scores, messages } = scorePartners(tableRows(answers?.partners, 0));
  return (
    <section className="calc-section" aria-labelledby="wb-scores" data-testid="wb-scores">
      <h2 id="wb-scores">服务商得分</h2>
      <p className="calc-hint">考核表出自课程资料的售后服务模块，见<a href={withBase('/reading/after-sales/')}>延伸阅读：售后服务</a>。{WEIGHT_NOTE}</p>
      {messages.map((message) => <p key={message} className="tool-message is-error">{message}</p>)}
      {scores.length > 0 && (
        <div className="calc-scroll" role="region" aria-label="服务商得分表" tabIndex={0}>
          <table className="tool-table">
            <thead>
              <tr><th scope="col">服务商</th>{CRITERIA.map((criterion) => <th key={criterion.key} scope="col">{criterion.label}（{criterion.weight}）</th>)}<th scope="col">合计</th></tr>
            </thead>
            <tbody>
              {scores.map((score) => (
                <tr key={score.name}><th scope="row">{score.name}</th>{score.points.map((points, index) => <td key={index}>{points}</td>)}<td><strong>{score.total}</strong></td></tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
