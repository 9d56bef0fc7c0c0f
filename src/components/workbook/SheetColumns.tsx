/** The gallery's comparison of one worksheet: every team's answers side by side. */
import type { Workbook } from '../../lib/workbook/schema';
import { findSheet } from '../../lib/workbook/sheets';
import { SheetView } from './SheetView';

export function SheetColumns({ books, sheetId }: { books: Workbook[]; sheetId: string }) {
  const sheet = findSheet(sheetId);
  if (!sheet) return null;
  return (
    <div className="wb-columns" data-testid="wb-gallery-columns">
      {books.map((book) => (
        <article key={book.id} className="wb-column" aria-label={book.team || '未命名团队'}>
          <p className="wb-column-team">{book.team || '未命名团队'}</p>
          <SheetView sheet={sheet} answers={book.sheets[sheet.id]} headingLevel={3} />
        </article>
      ))}
    </div>
  );
}
