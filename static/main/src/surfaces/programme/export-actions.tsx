import Button from '@atlaskit/button/new';
import { useState } from 'react';
import type { DependencyView } from '../../../../../src/contract/programme';
import type { Stream } from '../../../../../src/domain/programme';
import type { Language } from '../../i18n/messages';
import { csvBlob, downloadFile, xlsxBlob } from './export-files';
import { exportFileName, exportTable } from './export-rows';
import { vt } from './view-state-messages';

type Format = 'csv' | 'xlsx';

/**
 * Export of the dependency list as shown (the rows passed in are filtered and sorted as on screen), as CSV or as an
 * Excel workbook, and the print layout. The file writers load on first use, not with the page.
 */
export function ExportActions({ language, streams, rows, today, onPrint }: {
  language: Language;
  streams: readonly Stream[];
  rows: readonly DependencyView[];
  today: string;
  onPrint: () => void;
}) {
  const [busy, setBusy] = useState<Format | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const run = async (format: Format) => {
    setBusy(format);
    setFailure(null);
    try {
      const table = exportTable(language, streams, rows);
      const blob = format === 'csv' ? await csvBlob(table) : await xlsxBlob(table, vt(language, 'export.sheet'));
      downloadFile(blob, exportFileName(today, format));
    } catch (error) {
      setFailure(vt(language, 'export.failed', { message: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(null);
    }
  };
  return (
    <div role="group" aria-label={vt(language, 'export.label')} className="programme-no-print" style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center', margin: '0 0 8px' }}>
      <Button onClick={() => void run('csv')} isLoading={busy === 'csv'} isDisabled={busy !== null}>{vt(language, 'export.csv')}</Button>
      <Button onClick={() => void run('xlsx')} isLoading={busy === 'xlsx'} isDisabled={busy !== null}>{vt(language, 'export.xlsx')}</Button>
      <Button onClick={onPrint}>{vt(language, 'print.button')}</Button>
      <span role="status" style={{ fontSize: 12 }}>{busy ? vt(language, 'export.busy') : ''}</span>
      {failure ? <p role="alert" style={{ margin: 0, color: 'var(--ds-text-danger, #ae2e24)' }}>{failure}</p> : null}
    </div>
  );
}
