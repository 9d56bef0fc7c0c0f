/**
 * Per feature: counts and shares of A, O, M, I, R, Q, the assigned category, category and total
 * strength, Better/Worse; below it, the Fong test and warnings in words, feature by feature.
 */
import { CATEGORY_DEFINITIONS, KANO_CATEGORIES, categoryLabel, type FeatureSummary } from '../../lib/kano';
import { CATEGORY_SYMBOLS } from './categoryStyle';
import { count, percent, signed } from './format';
import { ScrollRegion } from './ScrollRegion';

const DECIDED_BY_TEXT = { clear: '差距显著', rule: '按 M>O>A>I', mixed: '混合' } as const;

export function ClassificationTable({ features, caption, showExplanations = true }: { features: readonly FeatureSummary[]; caption: string; showExplanations?: boolean }) {
  return (
    <>
      <ScrollRegion label={caption}>
        <table className="kano-table kano-table--classification">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">功能</th>
              <th scope="col">归类</th>
              <th scope="col">类别强度</th>
              <th scope="col">总强度</th>
              <th scope="col">Better</th>
              <th scope="col">Worse</th>
            </tr>
          </thead>
          <tbody>
            {features.map((feature, index) => {
              const category = feature.classification?.category;
              return (
                <tr key={feature.name}>
                  <th scope="row">
                    <span className="kano-number">{index + 1}</span> {feature.name}
                  </th>
                  <td className="kano-category-cell">
                    {category ? (
                      <>
                        <span className={`kano-chip kano-chip--${category}`}>
                          <span aria-hidden="true">{CATEGORY_SYMBOLS[category]} </span>
                          {categoryLabel(category)}
                        </span>
                        <span className="kano-count">{DECIDED_BY_TEXT[feature.classification!.decidedBy]}</span>
                      </>
                    ) : (
                      '无数据'
                    )}
                  </td>
                  <td className="is-number">{percent(feature.categoryStrength)}</td>
                  <td className="is-number">{percent(feature.totalStrength)}</td>
                  <td className="is-number">{feature.coefficients ? signed(feature.coefficients.better) : '–'}</td>
                  <td className="is-number">{feature.coefficients ? signed(feature.coefficients.worse) : '–'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
      <ScrollRegion label={`${caption}：各类别人数与占比`}>
        <table className="kano-table kano-table--counts">
          <caption>各类别的占比与人数</caption>
          <thead>
            <tr>
              <th scope="col">功能</th>
              <th scope="col">有效回答</th>
              {KANO_CATEGORIES.map((category) => (
                <th scope="col" key={category}>
                  <abbr title={CATEGORY_DEFINITIONS[category].name}>{category}</abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {features.map((feature, index) => {
              const category = feature.classification?.category;
              return (
                <tr key={feature.name}>
                  <th scope="row">
                    <span className="kano-number">{index + 1}</span> {feature.name}
                  </th>
                  <td className="is-number">{count(feature.respondents)}</td>
                  {KANO_CATEGORIES.map((column) => (
                    <td key={column} className={`is-number${column === category ? ' is-dominant' : ''}`}>
                      {feature.respondents === 0 ? '–' : percent(feature.shares[column])}
                      <span className="kano-count">{count(feature.counts[column])}</span>
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
      <p className="calc-hint">第二张表每格上方是占有效回答的百分比，下方小字是人数，加粗的是归类结果。类别强度 = 第一名与第二名百分比之差，总强度 = A + O + M 的百分比（Lee &amp; Newcomb 1997）。</p>
      {showExplanations && (
        <ol className="kano-explanations">
          {features.map((feature) => (
            <li key={feature.name}>
              <strong>{feature.name}</strong>：{feature.classification ? feature.classification.explanation : '没有完整有效的回答。'}
              {feature.flags.length > 0 && (
                <ul className="kano-flags">
                  {feature.flags.map((flag) => (
                    <li key={flag.kind} className={`kano-flag kano-flag--${flag.kind}`}>
                      <span className="kano-flag__mark" aria-hidden="true">⚠ </span>
                      {flag.message}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
