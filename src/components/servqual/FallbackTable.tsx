/** A chart's numbers as a plain table, shown when chart.js could not be loaded. */
export function FallbackTable({ caption, headers, rows }: { caption: string; headers: readonly string[]; rows: readonly (readonly (string | number)[])[] }) {
  return (
    <div className="calc-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="servqual-table">
        <caption>{caption}（图表未能加载）</caption>
        <thead>
          <tr>{headers.map((header) => <th scope="col" key={header}>{header}</th>)}</tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={index}>
              {row.map((cell, column) => (column === 0 ? <th scope="row" key={column}>{cell}</th> : <td key={column} className="is-number">{cell}</td>))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
