import { useId } from 'react';
import { describeEncoding, ENCODING_NAMES, SELECTABLE_ENCODINGS } from '../../lib/import/encodingNames';
import type { DetectedEncoding, TablePreview } from '../../lib/import/types';

/**
 * The encoding used, with how each candidate reads the first non-ASCII line, and a list to read
 * the file again in another encoding. A guess is labelled as a guess (describeEncoding).
 */
export function EncodingChoice({ preview, disabled, onChoose }: { preview: TablePreview; disabled: boolean; onChoose: (encoding: DetectedEncoding) => void }) {
  const id = useId();
  const report = preview.source.encodingReport!;
  const chosen = report.candidates.find((candidate) => candidate.encoding === report.encoding);
  const weak = report.basis === 'scored' && report.confidence === 'weak';
  return (
    <div className={`survey-import__encoding${weak ? ' is-weak' : ''}`} data-testid="survey-encoding">
      <label htmlFor={`${id}-encoding`}>文件编码</label>
      <select id={`${id}-encoding`} value={report.encoding} disabled={disabled} aria-describedby={`${id}-encoding-note`} onChange={(event) => onChoose(event.currentTarget.value as DetectedEncoding)}>
        {!SELECTABLE_ENCODINGS.includes(report.encoding) && <option value={report.encoding}>{ENCODING_NAMES[report.encoding]}</option>}
        {SELECTABLE_ENCODINGS.map((encoding) => <option key={encoding} value={encoding}>{ENCODING_NAMES[encoding]}</option>)}
      </select>
      <p id={`${id}-encoding-note`} className="survey-import__hint">
        {describeEncoding(report)}。{chosen ? `按这种编码读出：“${chosen.sample}”` : ''}
        {weak ? ' 如果这行字是乱码，请换一种编码。' : ''}
      </p>
      {report.candidates.length > 1 && (
        <details className="survey-import__encoding-list">
          <summary>各编码读出的样子</summary>
          <ul>
            {report.candidates.map((candidate) => (
              <li key={candidate.encoding}>{ENCODING_NAMES[candidate.encoding]}：{candidate.score === null ? '（字节不符合这种编码）' : `“${candidate.sample}”`}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
