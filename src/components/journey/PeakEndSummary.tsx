/** Each curve's peak–end score beside its plain mean, with one sentence on what it means. */
import { formatEmotion, mapPeakEnd, peakEndSentence, type Curve, type JourneyMap, type PeakEnd } from '../../lib/journey';
import { CURVES } from './curves';

const round2 = (value: number) => Math.round(value * 100) / 100;

export function PeakEndSummary({ map }: { map: JourneyMap }) {
  const names = map.stages.map((stage) => stage.name);
  const rows = CURVES.map(({ curve, label }) => ({ curve, label, result: mapPeakEnd(map, curve) })).filter((row): row is { curve: Curve; label: string; result: PeakEnd } => row.result !== null);
  if (rows.length === 0) return <p className="jm-note">给各阶段的情绪打分后，这里会算出峰终分。</p>;
  return (
    <ul className="jm-peak-end" data-testid="jm-peak-end">
      {rows.map(({ curve, label, result }) => (
        <li key={curve}>
          <strong>
            {label}：峰终分 {formatEmotion(result.score)}
          </strong>
          （平均 {formatEmotion(round2(result.mean))}）。{peakEndSentence(result, names)}
        </li>
      ))}
    </ul>
  );
}
