/**
 * The class's own Market Damage figures (from the bad-experience poll) next to the lecture's
 * worked example and TARP's repurchase rates, with a link that opens the Market Damage tool with
 * the class's rates filled in (a share link: nothing leaves the device).
 */
import { useMemo } from 'react';
import { marketDamageClass, marketDamageValues, type ClassRate, type PollDefinition, type PollResponse } from '../../lib/poll';
import { LECTURE_VALUES, findPreset } from '../../lib/marketDamage/presets';
import { initialState, STATE_VERSION, TOOL_ID } from '../../lib/marketDamage/state';
import { encodeToolShare } from '../../lib/tool/share';
import { withBase } from '../../utils/url';

const percent = (rate: ClassRate) => (rate.share === null ? '—' : `${String(Math.round(rate.share * 1000) / 10)}%（${rate.count}/${rate.of}）`);

export default function BadExperienceTable({ poll, responses }: { poll: PollDefinition; responses: readonly PollResponse[] }) {
  const figures = useMemo(() => marketDamageClass(poll, responses), [poll, responses]);
  const tarp = findPreset('tarpSmall')?.values ?? {};
  const href = useMemo(() => {
    const state = { ...initialState, values: { ...initialState.values, ...marketDamageValues(figures) }, preset: 'custom' };
    return `${withBase('/tools/market-damage/')}#${encodeToolShare(TOOL_ID, { version: STATE_VERSION }, state)}`;
  }, [figures]);
  const rows: [string, string, string, string][] = [
    ['遇到问题的比例 p', percent(figures.problemRate), `${LECTURE_VALUES.problemRate}%`, '—'],
    ['遇到问题后投诉的比例 c', percent(figures.complaintRate), `${LECTURE_VALUES.complaintRate}%`, '—'],
    ['投诉得到满意解决的比例 s', percent(figures.resolvedRate), `${LECTURE_VALUES.resolvedRate}%`, '—'],
    ['复购率：没投诉（沉默）', percent(figures.silent), `${LECTURE_VALUES.silent}%`, `${tarp.silent ?? '—'}%`],
    ['复购率：投诉未解决', percent(figures.unresolved), `${LECTURE_VALUES.unresolved}%`, `${tarp.unresolved ?? '—'}%`],
    ['复购率：投诉已解决', percent(figures.resolved), `${LECTURE_VALUES.resolved}%`, `${tarp.resolved ?? '—'}%`],
    ['不再光顾者平均告诉几人 T⁻', figures.toldNegative.mean === null ? '—' : `${String(Math.round(figures.toldNegative.mean * 10) / 10)} 人（${figures.toldNegative.of} 人作答）`, `${LECTURE_VALUES.toldNegative} 人`, '—'],
  ];
  return (
    <section className="poll__section" aria-labelledby="poll-damage-heading" data-testid="poll-damage">
      <h2 id="poll-damage-heading">全班的体验损害数据</h2>
      <div className="poll__table-wrap" tabIndex={0} role="region" aria-label="全班数据与基准对照表">
        <table className="poll__table">
          <caption>全班 {figures.respondents} 人作答；括号里是人数之比。讲义例题是虚构的度假酒店（教学情景）；TARP 为小问题的复购率（二手资料转述）。</caption>
          <thead>
            <tr><th scope="col">指标</th><th scope="col">本班</th><th scope="col">讲义例题</th><th scope="col">TARP 基准</th></tr>
          </thead>
          <tbody>
            {rows.map(([label, ...cells]) => (
              <tr key={label}><th scope="row">{label}</th>{cells.map((cell, index) => <td key={index}>{cell}</td>)}</tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="poll__hint">“告诉几人”的最高一档是“10 人及以上”，按 10 计，所以本班均值偏低估。一个班几十人只是讨论用的小样本，不代表任何行业。</p>
      <p><a className="poll__button is-primary" href={href} data-testid="poll-damage-link">用本班的比例打开体验损害模型</a></p>
    </section>
  );
}
