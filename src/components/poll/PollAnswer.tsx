/**
 * The participant's page, opened from the poll's QR code: one tap per answer, then the answer as
 * a QR code and a typed code to show the trainer. Answers and the respondent id stay on the
 * phone (localStorage), so a reload or a changed answer keeps the same respondent.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import { decodePollHash, encodeAnswerQr, encodeAnswerTyped, firstMissing, groupCode, isAsked, newRespondentId, pollQuestions, type PollLinkResult } from '../../lib/poll';
import { readRaw, writeRaw } from '../shared/toolStorage';
import { draftKey, respondentKey, secureRandom } from './pollStore';
import { qrMarkup } from './qrMarkup';

function readDraft(pollId: string, length: number): number[] {
  try {
    const parsed: unknown = JSON.parse(readRaw(draftKey(pollId)) ?? 'null');
    if (Array.isArray(parsed) && parsed.length === length && parsed.every((value) => Number.isInteger(value) && value >= 0 && value < 64)) return parsed as number[];
  } catch {
    // Unreadable draft: start again.
  }
  return new Array<number>(length).fill(0);
}

export default function PollAnswer() {
  const [link, setLink] = useState<PollLinkResult | null>(null);
  const [respondent, setRespondent] = useState('');
  const [answers, setAnswers] = useState<number[]>([]);
  const id = useId();

  useEffect(() => {
    const read = () => {
      const decoded = decodePollHash(window.location.hash);
      setLink(decoded);
      if (!decoded.ok) return;
      const { poll } = decoded;
      let mine = readRaw(respondentKey(poll.id));
      if (!mine || !/^[0-9A-HJKMNP-TV-Z]{5}$/.test(mine)) {
        mine = newRespondentId(secureRandom);
        writeRaw(respondentKey(poll.id), mine);
      }
      setRespondent(mine);
      setAnswers(readDraft(poll.id, pollQuestions(poll).length));
    };
    read();
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, []);

  const poll = link?.ok ? link.poll : null;
  const questions = useMemo(() => (poll ? pollQuestions(poll) : []), [poll]);
  const complete = poll !== null && answers.length === questions.length && firstMissing(questions, answers) === -1;
  const codes = useMemo(() => {
    if (!poll || !complete || respondent === '') return null;
    const qr = encodeAnswerQr(poll, respondent, answers);
    return { qr, svg: qrMarkup(qr, '我的答案二维码', { alphanumeric: true }), typed: groupCode(encodeAnswerTyped(poll, respondent, answers)) };
  }, [poll, complete, respondent, answers]);

  if (link === null) return <div className="poll not-content" data-testid="poll-answer" data-restored="false" />;
  if (!poll) {
    return (
      <div className="poll not-content" data-testid="poll-answer" data-restored="true">
        <p className="poll__message is-error" role="alert" data-testid="poll-answer-message">
          {link.ok ? '' : link.empty ? '这个页面要从讲师投影上的二维码打开：请用手机相机或微信扫一扫扫描那个二维码。' : link.message}
        </p>
      </div>
    );
  }

  const choose = (index: number, value: number) => {
    const next = answers.map((answer, position) => (position === index ? value : answer));
    // A changed answer can hide later questions (no problem → no complaint): clear what is no longer asked.
    const cleaned = next.map((answer, position) => (isAsked(questions[position]!, questions, next) ? answer : 0));
    setAnswers(cleaned);
    writeRaw(draftKey(poll.id), JSON.stringify(cleaned));
  };

  return (
    <div className="poll not-content" data-testid="poll-answer" data-restored="true">
      <h2 className="poll__title">{poll.title}</h2>
      <p className="poll__hint">每题点一下即可；答完后页面下方会出现答案二维码，请举给讲师的电脑摄像头。答案只在你的手机上，扫码也不经过任何服务器。</p>
      <ol className="poll__questions">
        {questions.map((question, index) =>
          isAsked(question, questions, answers) ? (
            <li key={question.key} className="poll__question">
              <fieldset>
                <legend>
                  {question.text}
                  {!question.required && <span className="poll__optional">（可不答）</span>}
                </legend>
                <div className={`poll__options is-${question.layout}`}>
                  {question.options.map((option, optionIndex) => (
                    <label key={option} className="poll__option">
                      <input type="radio" name={`${id}-${question.key}`} checked={answers[index] === optionIndex + 1} onChange={() => choose(index, optionIndex + 1)} />
                      <span>{option}</span>
                    </label>
                  ))}
                </div>
              </fieldset>
            </li>
          ) : null,
        )}
      </ol>
      <section className="poll__code" aria-labelledby={`${id}-code`} data-testid="poll-answer-code">
        <h2 id={`${id}-code`}>我的答案码</h2>
        {codes ? (
          <>
            <div className="poll__qr is-answer" dangerouslySetInnerHTML={{ __html: codes.svg }} data-payload={codes.qr} />
            <p className="poll__hint">摄像头扫不出来时，把下面的代码念给讲师或请讲师输入：</p>
            <p className="poll__typed" data-testid="poll-typed-code">{codes.typed}</p>
            <p className="poll__hint">改了答案，二维码和代码会随之改变，请重新出示；同一部手机只算一份。</p>
          </>
        ) : (
          <p className="poll__hint" role="status">还有必答题没有作答，答完后这里会出现答案二维码。</p>
        )}
      </section>
    </div>
  );
}
