import type { ImportReports } from '../../lib/import/import-plan';

/** Past this, a list of skipped rows stops being read; the count still says how many there were. */
const SHOWN_PER_FILE = 50;

/** Per file: rows read, imported, and each skipped or broken row with its line and reason. */
export function ImportReportList({ reports }: { reports: ImportReports }) {
  return (
    <ul className="plain" aria-label="Import report">
      {Object.values(reports).map((report) => {
        const problems = [...report.errors, ...report.skipped].sort((a, b) => a.line - b.line);
        return (
          <li key={report.file}>
            <strong>{report.file}</strong>: {report.rows} rows, {report.imported} imported,{' '}
            {report.skipped.length} skipped
            {report.errors.length ? `, ${report.errors.length} with errors` : ''}
            {problems.length ? (
              <ul>
                {problems.slice(0, SHOWN_PER_FILE).map((problem) => (
                  <li key={problem.line}>
                    line {problem.line}: {problem.reason}
                  </li>
                ))}
                {problems.length > SHOWN_PER_FILE ? (
                  <li>… and {problems.length - SHOWN_PER_FILE} more</li>
                ) : null}
              </ul>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
