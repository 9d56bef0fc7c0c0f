import { useId } from 'react';

/** Step ③ before there are results (or while they load). */
export function ResultsPlaceholder({ text }: { text: string }) {
  const id = useId();
  return (
    <section className="calc-section kano-results" aria-labelledby={`${id}-results`}>
      <h2 id={`${id}-results`}>③ 分析结果</h2>
      <div aria-live="polite">
        <p className="calc-hint">{text}</p>
      </div>
    </section>
  );
}
