/**
 * The trainer's poll builder: pick a template, adjust its few choices, and show the poll's link as
 * a large QR code for the projector. The poll id is a hash of the questions and a random salt,
 * so a changed question set is a new poll and old answer codes cannot be counted against it.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import { checksum } from '../../lib/share';
import {
  defaultPoll,
  encodePollHash,
  decodePollHash,
  ITEM_BANK_NUMBERS,
  kanoFeaturesFromStorage,
  KANO_STORAGE_KEY,
  LIMITS,
  TEMPLATE_LABELS,
  CROCKFORD_ALPHABET,
  answerCodeLengths,
  type PollDefinition,
  type TemplateId,
} from '../../lib/poll';
import { ITEM_BANK } from '../../lib/servqual/itemBank';
import { readRaw } from '../shared/toolStorage';
import { withBase } from '../../utils/url';
import { savePoll, secureRandom } from './pollStore';
import { qrMarkup } from './qrMarkup';
import { ListField } from './ListField';

const TEMPLATES = Object.keys(TEMPLATE_LABELS) as TemplateId[];

/** 4 base32 symbols from the poll's content and this session's salt. */
function pollIdFor(poll: PollDefinition, salt: string): string {
  const hash = parseInt(checksum(`${salt}|${JSON.stringify({ ...poll, id: '' })}`), 36);
  let id = '';
  for (let index = 0; index < 4; index += 1) id += CROCKFORD_ALPHABET[(hash >>> (index * 5)) & 31]!;
  return id;
}

export default function PollBuilder() {
  const id = useId();
  const [salt] = useState(() => String(Math.floor(secureRandom() * 2 ** 32)));
  const [template, setTemplate] = useState<TemplateId>('nps');
  // client:only island: storage can be read while rendering the first time.
  const [drafts, setDrafts] = useState<Record<TemplateId, PollDefinition>>(() => {
    const kanoFeatures = kanoFeaturesFromStorage(readRaw(KANO_STORAGE_KEY));
    return Object.fromEntries(TEMPLATES.map((name) => [name, defaultPoll(name, '0000', { kanoFeatures })])) as Record<TemplateId, PollDefinition>;
  });
  const [big, setBig] = useState(false);
  const [copied, setCopied] = useState(false);

  useEffect(() => {
    if (!big) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setBig(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [big]);

  const draft = drafts[template];
  const built = useMemo(() => {
    if (!draft) return null;
    const poll = { ...draft, id: pollIdFor(draft, salt) } as PollDefinition;
    const hash = encodePollHash(poll);
    const check = decodePollHash(hash);
    if (!check.ok) return { poll, error: check.message.replace('投票链接无效（', '还不能生成投票（').replace(/）。.*$/, '）。'), url: '', scanUrl: '', svg: '' };
    const url = `${window.location.origin}${withBase('/tools/poll/answer/')}#${hash}`;
    return { poll, error: null, url, scanUrl: `${withBase('/tools/poll/scan/')}#${hash}`, svg: qrMarkup(url, '投票链接的二维码：请用手机扫描', { ecc: 'low' }) };
  }, [draft, salt]);

  useEffect(() => {
    if (built && !built.error) savePoll(built.poll);
  }, [built]);

  if (!built) return <div className="poll not-content" data-testid="poll-builder" data-restored="false" />;

  const update = (patch: Partial<PollDefinition>) => {
    setCopied(false);
    setDrafts({ ...drafts, [template]: { ...draft, ...patch } as PollDefinition });
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(built.url);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };

  return (
    <div className="poll not-content" data-testid="poll-builder" data-restored="true">
      <div className="poll__columns">
        <div className="poll__form">
          <fieldset className="poll__fieldset">
            <legend>投票模板</legend>
            {TEMPLATES.map((name) => (
              <label key={name} className="poll__check">
                <input type="radio" name={`${id}-template`} checked={template === name} onChange={() => setTemplate(name)} />
                {TEMPLATE_LABELS[name]}
              </label>
            ))}
          </fieldset>
          <label className="poll__field">
            标题
            <input type="text" value={draft.title} maxLength={LIMITS.title} onChange={(event) => update({ title: event.target.value })} data-testid="poll-title" />
          </label>
          {draft.template === 'nps' && (
            <>
              <label className="poll__field">
                推荐的对象（题目里的“推荐……”）
                <input type="text" value={draft.subject} maxLength={LIMITS.subject} onChange={(event) => update({ subject: event.target.value })} />
              </label>
              <ListField label={`分组（可不填；每行一个，最多 ${LIMITS.groups} 个）`} values={draft.groups} max={LIMITS.groups} length={LIMITS.groupLength} onChange={(groups) => update({ groups })} testId="poll-groups" />
              <ListField label={`原因选项（可不填；每行一个，最多 ${LIMITS.reasons} 个）`} values={draft.reasons} max={LIMITS.reasons} length={LIMITS.reasonLength} onChange={(reasons) => update({ reasons })} />
            </>
          )}
          {draft.template === 'kano' && (
            <>
              <ListField label={`功能或服务点（每行一个，最多 ${LIMITS.features} 项；打开时取自 KANO 工具的问卷设计）`} values={draft.features} max={LIMITS.features} length={LIMITS.featureLength} onChange={(features) => update({ features })} />
              <ListField label="客群（可不填；每行一个）" values={draft.segments} max={LIMITS.groups} length={LIMITS.groupLength} onChange={(segments) => update({ segments })} />
            </>
          )}
          {draft.template === 'servqual' && (
            <>
              <fieldset className="poll__fieldset">
                <legend>问哪几项（题库 22 项中任选）</legend>
                <div className="poll__items">
                  {ITEM_BANK_NUMBERS.map((number) => (
                    <label key={number} className="poll__check">
                      <input type="checkbox" checked={draft.items.includes(number)} onChange={(event) => update({ items: event.target.checked ? [...draft.items, number].sort((a, b) => a - b) : draft.items.filter((item) => item !== number) })} />
                      {number}. {ITEM_BANK[number - 1]!.text}
                    </label>
                  ))}
                </div>
              </fieldset>
              <fieldset className="poll__fieldset">
                <legend>问法</legend>
                <label className="poll__check"><input type="radio" name={`${id}-mode`} checked={draft.mode === 'EP'} onChange={() => update({ mode: 'EP' })} />期望（E）和感知（P）</label>
                <label className="poll__check"><input type="radio" name={`${id}-mode`} checked={draft.mode === 'P'} onChange={() => update({ mode: 'P' })} />只问感知（P）</label>
              </fieldset>
              <fieldset className="poll__fieldset">
                <legend>量表</legend>
                <label className="poll__check"><input type="radio" name={`${id}-scale`} checked={draft.scale === 7} onChange={() => update({ scale: 7 })} />1–7 分</label>
                <label className="poll__check"><input type="radio" name={`${id}-scale`} checked={draft.scale === 5} onChange={() => update({ scale: 5 })} />1–5 分</label>
              </fieldset>
            </>
          )}
          {draft.template === 'preClass' && <ListField label="部门或岗位（每行一个）" values={draft.groups} max={LIMITS.groups} length={LIMITS.groupLength} onChange={(groups) => update({ groups })} />}
          {draft.template === 'badExperience' && <p className="poll__hint">五道题：遇到问题了吗？投诉了吗？解决了吗？还回去吗？告诉了几个人？收齐后，扫码页会把全班的比例和讲义的基准并排列出，并可一键带入体验损害模型。</p>}
        </div>
        <div className="poll__show">
          {built.error ? (
            <p className="poll__message is-error" role="alert" data-testid="poll-builder-error">{built.error}</p>
          ) : (
            <>
              <div className={`poll__qr is-link${big ? ' is-big' : ''}`} dangerouslySetInnerHTML={{ __html: built.svg }} data-testid="poll-link-qr" />
              <p className="poll__hint">请学员用手机相机或微信扫一扫。投票编号 <strong data-testid="poll-id">{built.poll.id}</strong>，答案码 {answerCodeLengths(built.poll).typed} 位。</p>
              <p className="poll__url"><a href={built.url} data-testid="poll-link">{built.url}</a></p>
              <div className="poll__actions">
                <button type="button" className="poll__button" onClick={() => setBig(!big)} aria-pressed={big}>{big ? '缩小二维码（Esc）' : '全屏显示二维码'}</button>
                <button type="button" className="poll__button is-quiet" onClick={() => void copy()}>{copied ? '已复制链接' : '复制链接'}</button>
                <a className="poll__button is-primary" href={built.scanUrl} data-testid="poll-start-scan">开始扫码收集</a>
              </div>
            </>
          )}
        </div>
      </div>
    </div>
  );
}
