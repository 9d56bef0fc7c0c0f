/**
 * The questionnaire as respondents see it on paper: the segment question, one small grid per
 * feature (functional and dysfunctional question × the five answers) and the importance grid.
 */
import { KANO_ANSWERS } from '../../lib/kano/answers';
import { IMPORTANCE_OPTIONS, type KanoQuestionnaire, type QuestionnaireItem } from '../../lib/kano/questionnaire';
import { ScrollRegion } from './ScrollRegion';

export function QuestionnairePreview({ questionnaire, items }: { questionnaire: KanoQuestionnaire; items: QuestionnaireItem[] }) {
  const segmentItem = items.find((item) => item.kind === 'segment');
  const pairs = questionnaire.features.map((feature) => items.filter((item) => item.feature === feature && (item.kind === 'functional' || item.kind === 'dysfunctional')));
  const importance = items.filter((item) => item.kind === 'importance');

  return (
    <article className="kano-questionnaire">
      <h3 className="kano-questionnaire__title">{questionnaire.title}</h3>
      {questionnaire.intro.trim() !== '' && <p>{questionnaire.intro}</p>}

      {segmentItem && (
        <div className="kano-questionnaire__block">
          <p className="kano-questionnaire__question">
            {segmentItem.number}. {segmentItem.text}
          </p>
          <ul className="kano-questionnaire__options">
            {segmentItem.options.map((option) => <li key={option}>☐ {option}</li>)}
          </ul>
        </div>
      )}

      {pairs.map((pair, index) => (
        <div className="kano-questionnaire__block" key={questionnaire.features[index]}>
          <ScrollRegion label={`问卷：${questionnaire.features[index]}`}>
            <table className="kano-questionnaire__grid">
              <caption>{questionnaire.features[index]}</caption>
              <thead>
                <tr>
                  <th scope="col">题目</th>
                  {KANO_ANSWERS.map((answer) => <th scope="col" key={answer.code}>{answer.label}</th>)}
                </tr>
              </thead>
              <tbody>
                {pair.map((item) => (
                  <tr key={item.number}>
                    <th scope="row">{item.number}. {item.text}</th>
                    {KANO_ANSWERS.map((answer) => <td key={answer.code}>☐</td>)}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </div>
      ))}

      {importance.length > 0 && (
        <div className="kano-questionnaire__block">
          <p className="kano-questionnaire__question">每项服务对您有多重要？1 = 完全不重要，9 = 极其重要，请在每行圈选一个数字。</p>
          <ScrollRegion label="问卷：重要性">
            <table className="kano-questionnaire__grid">
              <caption>重要性</caption>
              <thead>
                <tr>
                  <th scope="col">题目</th>
                  {IMPORTANCE_OPTIONS.map((option) => <th scope="col" key={option}>{option}</th>)}
                </tr>
              </thead>
              <tbody>
                {importance.map((item) => (
                  <tr key={item.number}>
                    <th scope="row">{item.number}. {item.feature}</th>
                    {IMPORTANCE_OPTIONS.map((option) => <td key={option}>☐</td>)}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </div>
      )}
    </article>
  );
}
