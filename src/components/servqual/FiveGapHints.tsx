/**
 * Lecture 4's 5-GAP model as hints: which provider gaps may lie behind each dimension that falls short.
 */
import { useId } from 'react';
import { PROVIDER_GAPS, type ServqualReport } from '../../lib/servqual';
import { withBase } from '../../utils/url';

export function FiveGapHints({ report }: { report: ServqualReport }) {
  const id = useId();
  return (
    <section className="servqual-subsection servqual-hints" aria-labelledby={`${id}-title`} data-testid="servqual-five-gap">
      <h3 id={`${id}-title`}>5-GAP 提示：差距可能出在哪里</h3>
      {report.hints.length === 0 ? (
        <p>所有维度的感知都不低于期望，暂无需要追查的差距。</p>
      ) : (
        <ol>
          {report.hints.map((hint) => (
            <li key={hint.dimension}>
              <p>{hint.sentence}</p>
              <ul>
                {hint.questions.map((question) => <li key={question}>{question}</li>)}
              </ul>
            </li>
          ))}
        </ol>
      )}
      <p className="calc-hint">
        差距 5（旅客感受到的落差）通常由企业内部的差距 1–4 造成：{Object.values(PROVIDER_GAPS).join('、')}。这些是追查方向，不是定论，详见
        <a href={withBase('/lectures/4-management/five-gaps/')}>第四讲 5GAP 模型</a>。
      </p>
    </section>
  );
}
