/** Which team's workbook is open on this device: switch, add a team, delete one. */
import { useId, useState } from 'react';
import { newId, now, type WorkbookTool } from './useWorkbook';

export function TeamBar({ tool }: { tool: WorkbookTool }) {
  const id = useId();
  const [name, setName] = useState('');
  const { state, book, send } = tool;
  const add = () => {
    const team = name.trim() || `第${state.books.length + 1}组`;
    send({ type: 'create', id: newId(), team, now: now() });
    setName('');
  };
  const remove = () => {
    if (book && window.confirm(`删除“${book.team || '未命名团队'}”的工作册？删除前可以先导出文件。`)) send({ type: 'delete', id: book.id });
  };
  return (
    <div className="wb-teambar" data-testid="wb-teambar">
      <label htmlFor={`${id}-team`}>当前团队</label>
      <select id={`${id}-team`} className="tool-select" value={state.current} onChange={(event) => send({ type: 'switch', id: event.target.value })} data-testid="wb-team-select">
        {state.books.map((item) => <option key={item.id} value={item.id}>{item.team || '未命名团队'}</option>)}
      </select>
      <label htmlFor={`${id}-new`} className="wb-visually-hidden">新团队名称</label>
      <input id={`${id}-new`} className="tool-select" type="text" value={name} placeholder="新团队名称" onChange={(event) => setName(event.target.value)} onKeyDown={(event) => event.key === 'Enter' && add()} data-testid="wb-new-team" />
      <button type="button" className="tool-button is-quiet" onClick={add} data-testid="wb-add-team">新建团队</button>
      <button type="button" className="tool-button is-quiet" onClick={remove} disabled={!book}>删除当前团队</button>
    </div>
  );
}
