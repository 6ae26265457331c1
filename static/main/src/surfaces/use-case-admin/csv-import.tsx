import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import { useMemo, useState } from 'react';
import type { CsvProblem } from '../../../../../src/contract/journey';
import { USE_CASE_CSV_COLUMNS } from '../../../../../src/domain/use-case-csv';
import { call } from '../../api';
import type { Language } from '../../i18n/messages';
import { errorInWords, unavailable } from '../admin/error-words';
import { hintStyle, labelStyle } from '../admin/problem-text';
import { REQUIRED_CSV_COLUMNS, previewCsv, problemsByRow } from './csv-import-model';
import { flagResult } from '../../host-flags';
import { resultFlagText } from '../settings/result-flag-messages';
import type { Catalogue } from './use-catalogue';
import { useCaseText } from './use-case-messages';

const cell = { padding: '4px 8px', borderBottom: '1px solid var(--ds-border, #dcdfe4)', textAlign: 'left', verticalAlign: 'top' } as const;

function ColumnList({ language }: { language: Language }) {
  return (
    <details open style={{ margin: '8px 0' }}>
      <summary style={{ fontWeight: 600 }}>{useCaseText(language, 'import.columns')}</summary>
      <ul data-testid="csv-columns" style={{ margin: '4px 0', fontSize: 13 }}>
        {USE_CASE_CSV_COLUMNS.map((column) => (
          <li key={column}>
            <code>{column}</code>{REQUIRED_CSV_COLUMNS.includes(column) ? ' *' : ''} — {useCaseText(language, `doc.${column}` as const)}
          </li>
        ))}
      </ul>
    </details>
  );
}

function ProblemReport({ language, problems }: { language: Language; problems: CsvProblem[] }) {
  const rows = problemsByRow(problems);
  return (
    <div data-testid="import-report" style={{ margin: '12px 0' }}>
      <SectionMessage appearance="error">
        <p>{useCaseText(language, 'import.failed')}</p>
        <table style={{ borderCollapse: 'collapse', fontSize: 13 }}>
          <thead>
            <tr>
              <th scope="col" style={cell}>{useCaseText(language, 'col.row')}</th>
              <th scope="col" style={cell}>{useCaseText(language, 'col.column')}</th>
              <th scope="col" style={cell}>{useCaseText(language, 'col.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.flatMap((report) =>
              report.problems.map((problem, i) => (
                <tr key={`${report.row}-${i}`} data-testid={`import-problem-row-${report.row}`}>
                  <th scope="row" style={cell}>{report.row <= 0 ? '' : report.row === 1 ? useCaseText(language, 'import.header') : useCaseText(language, 'import.row', { row: report.row })}</th>
                  <td style={cell}>{problem.column === '' ? useCaseText(language, 'import.file.whole') : <code>{problem.column}</code>}</td>
                  <td style={cell}>{errorInWords(language, problem.error)}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      </SectionMessage>
    </div>
  );
}

/** CSV import: a file or pasted text, the documented columns, a preview, and all-or-nothing with a report by row. */
export function CsvImport({ language, catalogue }: { language: Language; catalogue: Catalogue }) {
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<CsvProblem[] | null>(null);
  const preview = useMemo(() => previewCsv(text), [text]);

  async function readFile(file: File | undefined) {
    if (!file) return;
    // File.text() reads UTF-8, which is what the documented format asks for ("CSV UTF-8" in Excel).
    setText(await file.text());
    setProblems(null);
  }

  async function importAll() {
    if (!preview || busy) return;
    setBusy(true);
    setProblems(null);
    try {
      const answer = await call('use-cases/import', { expectedVersion: catalogue.version, csv: text });
      if (!answer.ok) {
        if (!catalogue.handled(answer.error)) setProblems([{ row: 0, column: '', error: answer.error }]);
      } else if (answer.data.imported) {
        catalogue.accept(answer.data.catalogue, useCaseText(language, 'import.done', { added: answer.data.added, updated: answer.data.updated }));
        setText('');
      } else {
        catalogue.setStatus('');
        const count = answer.data.problems.length;
        flagResult({ title: resultFlagText(language, 'import.notImported'), description: resultFlagText(language, count === 1 ? 'import.problem' : 'import.problems', { count }), appearance: 'error' });
        setProblems(answer.data.problems);
      }
    } catch (error) {
      setProblems([{ row: 0, column: '', error: unavailable(error) }]);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="csv-import-title" data-testid="csv-import" style={{ margin: '32px 0', maxWidth: 880 }}>
      <h3 id="csv-import-title">{useCaseText(language, 'import.title')}</h3>
      <p style={hintStyle}>{useCaseText(language, 'import.intro')}</p>
      <ColumnList language={language} />
      <label htmlFor="csv-file" style={labelStyle}>{useCaseText(language, 'import.file')}</label>
      <input id="csv-file" type="file" accept=".csv,text/csv" onChange={(e) => void readFile(e.currentTarget.files?.[0])} />
      <label htmlFor="csv-text" style={labelStyle}>{useCaseText(language, 'import.paste')}</label>
      <textarea
        id="csv-text"
        rows={6}
        value={text}
        spellCheck={false}
        style={{ width: '100%', boxSizing: 'border-box', fontFamily: 'monospace', fontSize: 12, padding: 6 }}
        onChange={(e) => {
          setText(e.currentTarget.value);
          setProblems(null);
        }}
      />
      {preview ? (
        <div data-testid="import-preview" style={hintStyle}>
          <p style={{ margin: 0 }}>{useCaseText(language, 'import.preview', { rows: preview.rows, separator: preview.separator })}</p>
          {preview.missingColumns.length > 0 ? <p style={{ margin: 0 }}>{useCaseText(language, 'import.missingColumns', { columns: preview.missingColumns.join(', ') })}</p> : null}
          {preview.unknownColumns.length > 0 ? <p style={{ margin: 0 }}>{useCaseText(language, 'import.unknownColumns', { columns: preview.unknownColumns.join(', ') })}</p> : null}
        </div>
      ) : null}
      <div style={{ marginTop: 8 }}>
        <Button appearance="primary" isDisabled={!preview} isLoading={busy} onClick={() => void importAll()}>
          {useCaseText(language, 'import.submit', { rows: preview?.rows ?? 0 })}
        </Button>
      </div>
      {problems ? <ProblemReport language={language} problems={problems} /> : null}
    </section>
  );
}
