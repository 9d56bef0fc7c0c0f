/** The plain-Chinese action list: must-be first, then one-dimensional by Worse, attractive by Better; I and R to drop. */
import { CATEGORY_DEFINITIONS, PRIORITY_GROUP_TITLES, type PriorityGroup, type PriorityItem } from '../../lib/kano';

const GROUPS: readonly PriorityGroup[] = ['must', 'performance', 'attractive', 'drop', 'check'];

export function PriorityPanel({ items }: { items: readonly PriorityItem[] }) {
  let position = 0;
  return (
    <div className="kano-priority">
      {GROUPS.map((group) => {
        const members = items.filter((item) => item.group === group);
        if (members.length === 0) return null;
        const start = position + 1;
        position += members.length;
        return (
          <div key={group} className={`kano-priority__group kano-priority__group--${group}`}>
            <h4>{PRIORITY_GROUP_TITLES[group]}</h4>
            <ol start={start}>
              {members.map((item) => (
                <li key={item.feature}>
                  {item.sentence}
                  <span className="kano-visually-hidden">（{CATEGORY_DEFINITIONS[item.category].name}）</span>
                </li>
              ))}
            </ol>
          </div>
        );
      })}
    </div>
  );
}
