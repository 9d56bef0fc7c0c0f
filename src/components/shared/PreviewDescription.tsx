import { describeEncoding, ENCODING_NAMES } from '../../lib/import/encodingNames';
import type { TablePreview } from '../../lib/import/types';
import { formatCount } from '../../lib/tool/format';

const SOURCE_LABEL: Record<string, string> = { paste: '粘贴的表格', csv: 'CSV 文件', tsv: 'TSV 文件', xlsx: 'Excel 工作簿（.xlsx）', xls: 'Excel 97–2003 工作簿（.xls）' };

/** The status line once a table is loaded. */
export function PreviewDescription({ preview }: { preview: TablePreview }) {
  return <p>{describePreview(preview)}</p>;
}

function describePreview(preview: TablePreview): string {
  const parts = [`已读取${preview.source.fileName && preview.source.kind !== 'paste' ? `「${preview.source.fileName}」` : SOURCE_LABEL[preview.source.kind]}：${formatCount(preview.rowCount)} 行数据，${formatCount(preview.headers.length)} 列`];
  if (preview.source.sheetName) parts.push(`工作表「${preview.source.sheetName}」`);
  if (preview.source.encodingReport) parts.push(describeEncoding(preview.source.encodingReport));
  else if (preview.source.encoding) parts.push(`编码 ${ENCODING_NAMES[preview.source.encoding] ?? preview.source.encoding}`);
  if (preview.questionnaireStar) parts.push('已识别为问卷星导出');
  return `${parts.join('；')}。`;
}
