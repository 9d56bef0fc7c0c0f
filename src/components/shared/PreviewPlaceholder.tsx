import type { CSSProperties } from 'react';
import type { TablePreview } from '../../lib/import/types';

/** Holds the preview's place (its height, near enough) while the first result is computed. */
export function PreviewPlaceholder({ preview }: { preview: TablePreview }) {
  return (
    <div className="survey-import__preview is-pending" style={{ '--preview-rows': preview.rows.length + 1 } as CSSProperties} data-testid="survey-preview-pending">
      <p>正在准备前 {preview.rows.length} 行预览……</p>
    </div>
  );
}
