/** A list typed one item per line (the poll's groups or reasons): blank and repeated lines dropped, each cut to \`length\` characters, at most \`max\` items. */
import { useState } from 'react';

const lines = (text: string, max: number, length: number) => [...new Set(text.split(/\r?\n/).map((line) => line.trim().slice(0, length)).filter((line) => line !== ''))].slice(0, max);

export function ListField({ label, values, max, length, onChange, testId }: { label: string; values: readonly string[]; max: number; length: number; onChange(values: string[]): void; testId?: string }) {
  const [text, setText] = useState(values.join('\n'));
  return (
    <label className="poll__field">
      {label}
      <textarea rows={Math.min(8, Math.max(3, values.length + 1))} value={text} data-testid={testId} onChange={(event) => {
        setText(event.target.value);
        onChange(lines(event.target.value, max, length));
      }} />
    </label>
  );
}
