/**
 * The questionnaire as respondents see it on paper: the instructions, one row per statement with
 * a 1–7 (or 1–5) scale to circle for each column side by side (the three-column layout of PZB
 * 1994), then the 100-point allocation over the five dimensions.
 */
// Direct module imports (not the barrel): see ImportPanel.tsx.
import { ANSWER_ROLES, formatRoles } from '../../lib/servqual/answerRoles';
import { questionnaireIntro, roleInstruction, weightLine, weightsInstruction } from '../../lib/servqual/instructions';
import { numberedItems, usedDimensions, type ServqualQuestionnaire } from '../../lib/servqual/questionnaire';
import { scalePoints } from '../../lib/servqual/scale';
import { WEIGHT_TOTAL } from '../../lib/servqual/weights';

export function QuestionnairePrint({ questionnaire }: { questionnaire: ServqualQuestionnaire }) {
  const roles = formatRoles(questionnaire.format);
  const points = scalePoints(questionnaire.scaleMax);
  const items = numberedItems(questionnaire);
  return (
    <article className="servqual-questionnaire">
      <h3 className="servqual-questionnaire__title">{questionnaire.title}</h3>
      <p>{questionnaireIntro(questionnaire)}</p>
      <ul className="servqual-questionnaire__columns">
        {roles.map((role) => (
          <li key={role}>
            <strong>{ANSWER_ROLES[role].label}</strong>：{roleInstruction(questionnaire, role)}……
          </li>
        ))}
      </ul>
      <div className="calc-scroll" role="region" aria-label="问卷题目" tabIndex={0}>
        <table className="servqual-questionnaire__grid">
          <caption className="sr-only">问卷题目与评分栏</caption>
          <thead>
            <tr>
              <th scope="col">题号</th>
              <th scope="col">描述</th>
              {roles.map((role) => (
                <th scope="col" key={role}>
                  {ANSWER_ROLES[role].label}
                  <span className="servqual-questionnaire__anchor">1 非常不同意 … {questionnaire.scaleMax} 非常同意</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id}>
                <th scope="row">{item.number}</th>
                <td>{item.text}</td>
                {roles.map((role) => (
                  <td key={role} className="servqual-questionnaire__scale">{points.join('  ')}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {questionnaire.askWeights && (
        <div className="servqual-questionnaire__weights">
          <p className="servqual-questionnaire__question">{weightsInstruction(questionnaire)}</p>
          <table className="servqual-questionnaire__grid">
            <caption className="sr-only">重要性分配</caption>
            <thead>
              <tr>
                <th scope="col">方面</th>
                <th scope="col">分数</th>
              </tr>
            </thead>
            <tbody>
              {usedDimensions(questionnaire).map((dimension) => (
                <tr key={dimension}>
                  <th scope="row">{weightLine(dimension)}</th>
                  <td className="servqual-questionnaire__blank">______</td>
                </tr>
              ))}
              <tr>
                <th scope="row">合计</th>
                <td>{WEIGHT_TOTAL}</td>
              </tr>
            </tbody>
          </table>
        </div>
      )}
      <p className="servqual-questionnaire__thanks">感谢您的参与！</p>
    </article>
  );
}
