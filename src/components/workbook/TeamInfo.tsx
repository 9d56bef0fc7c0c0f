/** The front page's team card: name, members and the scenario the team works on. */
import { useId } from 'react';
import type { WorkbookTool } from './useWorkbook';
import { now } from './useWorkbook';

export function TeamInfo({ tool }: { tool: WorkbookTool }) {
  const id = useId();
  const { book, send } = tool;
  if (!book) return null;
  const field = (key: 'team' | 'members' | 'scenario', label: string, hint: string, area = false) => (
    <div className="tool-field wb-field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      {area ? (
        <textarea id={`${id}-${key}`} rows={3} value={book[key]} placeholder={hint} onChange={(event) => send({ type: 'setInfo', key, value: event.target.value, now: now() })} data-testid={`wb-info-${key}`} />
      ) : (
        <input id={`${id}-${key}`} type="text" value={book[key]} placeholder={hint} onChange={(event) => send({ type: 'setInfo', key, value: event.target.value, now: now() })} data-testid={`wb-info-${key}`} />
      )}
    </div>
  );
  return (
    <fieldset className="tool-fieldset">
      <legend>团队</legend>
      {field('team', '团队名称', '如：第一组')}
      {field('members', '成员', '名字之间用顿号隔开')}
      {field('scenario', '情景', '本组的单位、岗位或选定的场景', true)}
    </fieldset>
  );
}
