import Button from '@atlaskit/button/new';
import { useEffect, useRef, useState } from 'react';
import type { AppError } from '../../../../../src/contract/errors';
import { call } from '../../api';
import type { Language } from '../../i18n/messages';
import { errorInWords, unavailable } from '../admin/error-words';
import type { Catalogue } from './use-catalogue';
import { useCaseText } from './use-case-messages';

interface Download {
  url: string;
  fileName: string;
  count: number;
}

/** Asks the server for the catalogue as CSV and offers it as a file; the server's text carries the byte-order mark. */
export function CsvExport({ language, catalogue, count }: { language: Language; catalogue: Catalogue; count: number }) {
  const [download, setDownload] = useState<Download | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const link = useRef<HTMLAnchorElement>(null);
  useEffect(() => () => {
    if (download) URL.revokeObjectURL(download.url);
  }, [download]);

  async function exportCsv() {
    setBusy(true);
    setError(null);
    try {
      const answer = await call('use-cases/export', {});
      if (!answer.ok) {
        if (!catalogue.handled(answer.error)) setError(answer.error);
        return;
      }
      const blob = new Blob([answer.data.csv], { type: 'text/csv;charset=utf-8' });
      setDownload({ url: URL.createObjectURL(blob), fileName: answer.data.fileName, count });
      // Start the download; the link stays for when the host's frame does not let a script start one.
      setTimeout(() => link.current?.click(), 0);
    } catch (thrown) {
      setError(unavailable(thrown));
    } finally {
      setBusy(false);
    }
  }

  return (
    <span style={{ display: 'inline-flex', gap: 8, alignItems: 'center' }}>
      <Button isLoading={busy} onClick={() => void exportCsv()}>{useCaseText(language, 'export.button')}</Button>
      {download ? (
        <a ref={link} href={download.url} download={download.fileName} data-testid="export-link">
          {useCaseText(language, 'export.ready', { file: download.fileName, count: download.count })}
        </a>
      ) : null}
      {error ? <span role="alert" style={{ color: 'var(--ds-text-danger, #ae2e24)' }}>{errorInWords(language, error)}</span> : null}
    </span>
  );
}
