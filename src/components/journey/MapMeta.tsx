/** The map's title block: name, team, scenario, date and persona (one of the six course personas, or typed). */
import { memo } from 'react';
import { PERSONAS } from '../../data/personas';
import type { HistoryEvent, JourneyMap, MetaField } from '../../lib/journey';

const FIELDS: readonly { field: Exclude<MetaField, 'persona' | 'date'>; label: string }[] = [
  { field: 'title', label: '地图名称' },
  { field: 'team', label: '团队' },
  { field: 'scenario', label: '情景' },
];

/** Memoised on the fields it shows: an edit elsewhere in the map does not render it again. */
const META = ['title', 'team', 'scenario', 'date', 'persona'] as const;

export const MapMeta = memo(function MapMeta({ map, send }: { map: JourneyMap; send(event: HistoryEvent): void }) {
  const known = PERSONAS.some((persona) => persona.name === map.persona);
  const set = (field: MetaField, value: string) => send({ type: 'setMeta', field, value });
  return (
    <fieldset className="jm-meta">
      <legend>标题栏（打印和导出时印在图上方）</legend>
      {FIELDS.map(({ field, label }) => (
        <label key={field}>
          {label}
          <input value={map[field]} maxLength={120} onChange={(event) => set(field, event.target.value)} />
        </label>
      ))}
      <label>
        日期
        <input type="date" value={map.date} onChange={(event) => set('date', event.target.value)} />
      </label>
      <label>
        顾客画像
        <select value={known ? map.persona : map.persona === '' ? '' : '__own'} onChange={(event) => set('persona', event.target.value === '__own' ? (known ? '' : map.persona) || '自定义画像' : event.target.value)}>
          <option value="">（未选）</option>
          {PERSONAS.map((persona) => (
            <option key={persona.name} value={persona.name}>
              {persona.name}：{persona.tagline}
            </option>
          ))}
          <option value="__own">自己填写…</option>
        </select>
      </label>
      {!known && map.persona !== '' && (
        <label>
          自己填写的画像
          <input value={map.persona} maxLength={120} onChange={(event) => set('persona', event.target.value)} />
        </label>
      )}
    </fieldset>
  );
},
  (before, after) => before.send === after.send && META.every((field) => before.map[field] === after.map[field]),
);
