/**
 * Worksheet 1 → the KANO questionnaire builder: opens /tools/kano/ with a share hash carrying a
 * questionnaire whose features are this worksheet's needs (the KANO tool's own share format).
 * The encoder is imported on click, keeping the KANO code out of the worksheet's bundle.
 */
import type { SheetAnswers } from '../../lib/workbook/schema';
import { kanoFeatures } from '../../lib/workbook/summary';
import { withBase } from '../../utils/url';

export function KanoLink({ answers }: { answers: SheetAnswers | undefined }) {
  const features = kanoFeatures(answers);
  if (features.length === 0) return <p className="calc-hint">填好需求后，这里会出现一个按钮，把它们带进 KANO 问卷生成器。</p>;
  const open = async () => {
    const { kanoShareHash } = await import('./kanoShare');
    window.location.assign(`${withBase('/tools/kano/')}#${kanoShareHash(features)}`);
  };
  return (
    <p>
      <button type="button" className="tool-button is-quiet" onClick={() => void open()} data-testid="wb-kano-link">把这 {features.length} 项需求带进 KANO 问卷生成器</button>
      问一问顾客，核对本组给的 KANO 类别。
    </p>
  );
}
