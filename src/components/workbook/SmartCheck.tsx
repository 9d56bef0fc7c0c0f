/** Worksheet 8's live checker: the findings of src/lib/workbook/smart.ts as the team types. */
import type { SheetAnswers } from '../../lib/workbook/schema';
import { checkSmart, goalFromAnswers } from '../../lib/workbook/smart';

export function SmartCheck({ answers }: { answers: SheetAnswers | undefined }) {
  const findings = checkSmart(goalFromAnswers(answers));
  return (
    <section className="calc-section wb-check" aria-labelledby="wb-smart-check" data-testid="wb-smart-check">
      <h2 id="wb-smart-check">检查结果</h2>
      <div role="status">
        {findings.length === 0 ? (
          <p className="tool-message">六项都写清楚了。再读一遍：这个目标是本组努力就够得着的吗？</p>
        ) : (
          <ul>{findings.map((finding) => <li key={finding.rule}>{finding.text}</li>)}</ul>
        )}
      </div>
    </section>
  );
}
