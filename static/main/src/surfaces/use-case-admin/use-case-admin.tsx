import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import Textfield from '@atlaskit/textfield';
import { useMemo, useState } from 'react';
import type { AppError } from '../../../../../src/contract/errors';
import type { UseCase } from '../../../../../src/domain/use-case';
import { call } from '../../api';
import type { Language } from '../../i18n/messages';
import { EmptyState, ErrorState, Loading } from '../../states';
import { AdminRefusal } from '../admin/admin-refusal';
import { errorInWords, unavailable } from '../admin/error-words';
import { hintStyle, labelStyle } from '../admin/problem-text';
import { CsvExport } from './csv-export';
import { CsvImport } from './csv-import';
import { useCatalogue } from './use-catalogue';
import { EMPTY_DRAFT, checkDraft, draftOf, filterUseCases, problemOfServerError, type FormProblem, type UseCaseDraft } from './use-case-form-model';
import { UseCaseForm } from './use-case-form';
import { useCaseText } from './use-case-messages';
import { UseCaseTable } from './use-case-table';

interface Editing {
  isNew: boolean;
  draft: UseCaseDraft;
  problems: FormProblem[];
}

/** The use-case catalogue tab: table with a text filter, create/edit form, retire/restore, CSV import and export. */
export function UseCaseAdmin({ language }: { language: Language }) {
  const catalogue = useCatalogue(language);
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<Editing | null>(null);
  const [saving, setSaving] = useState(false);
  const [rowError, setRowError] = useState<AppError | null>(null);
  const { load } = catalogue;
  const useCases = load.state === 'ready' ? load.catalogue.useCases : [];
  const shown = useMemo(() => (load.state === 'ready' ? filterUseCases(useCases, query, load.taxonomy) : []), [load, useCases, query]);

  if (catalogue.refused) return <AdminRefusal language={language} />;

  async function saveForm() {
    if (!editing || saving) return;
    const checked = checkDraft(editing.draft, new Set(useCases.map((u) => u.id as string)), editing.isNew);
    if (!checked.useCase) {
      setEditing({ ...editing, problems: [...checked.problems, { field: 'form', reason: 'problem.form' }] });
      return;
    }
    setSaving(true);
    try {
      const answer = await call('use-cases/save', { expectedVersion: catalogue.version, isNew: editing.isNew, useCase: checked.useCase });
      if (answer.ok) {
        catalogue.accept(answer.data, useCaseText(language, editing.isNew ? 'saved.new' : 'saved.edit', { id: checked.useCase.id }));
        setEditing(null);
      } else if (!catalogue.handled(answer.error)) {
        setEditing({ ...editing, problems: [problemOfServerError(answer.error)] });
      } else {
        setEditing({ ...editing, problems: [] });
      }
    } catch (error) {
      setEditing({ ...editing, problems: [{ field: 'form', error: unavailable(error) }] });
    } finally {
      setSaving(false);
    }
  }

  async function setRetired(useCase: UseCase, retired: boolean) {
    setRowError(null);
    try {
      const answer = await call('use-cases/retire', { expectedVersion: catalogue.version, useCaseId: useCase.id, retired });
      if (answer.ok) catalogue.accept(answer.data, useCaseText(language, retired ? 'saved.retire' : 'saved.restore', { id: useCase.id }));
      else if (!catalogue.handled(answer.error)) setRowError(answer.error);
    } catch (error) {
      setRowError(unavailable(error));
    }
  }

  return (
    <section aria-labelledby="use-cases-title">
      <h2 id="use-cases-title">{useCaseText(language, 'title')}</h2>
      <p style={hintStyle}>{useCaseText(language, 'intro')}</p>
      {load.state === 'loading' ? <Loading language={language} /> : null}
      {load.state === 'error' ? <ErrorState language={language} error={load.error} onRetry={() => void catalogue.reload()} /> : null}
      {catalogue.conflict ? (
        <div data-testid="catalogue-conflict" style={{ maxWidth: 880, margin: '12px 0' }}>
          <SectionMessage appearance="warning" title={useCaseText(language, 'conflict.title')}>
            <p>{errorInWords(language, catalogue.conflict)}</p>
            <p>{useCaseText(language, 'conflict.body')}</p>
            <Button onClick={() => void catalogue.reload()}>{useCaseText(language, 'conflict.reload')}</Button>
          </SectionMessage>
        </div>
      ) : null}
      {rowError ? <ErrorState language={language} error={rowError} /> : null}
      <p role="status" aria-live="polite" data-testid="catalogue-status" style={{ minHeight: 20, margin: '8px 0' }}>{catalogue.status}</p>
      {load.state === 'ready' ? (
        <>
          <div style={{ display: 'flex', gap: 12, alignItems: 'flex-end', flexWrap: 'wrap', margin: '8px 0' }}>
            <div style={{ flex: '0 1 320px' }}>
              <label htmlFor="use-case-filter" style={labelStyle}>{useCaseText(language, 'filter')}</label>
              <Textfield id="use-case-filter" type="search" value={query} onChange={(e) => setQuery(e.currentTarget.value)} />
            </div>
            <Button appearance="primary" onClick={() => setEditing({ isNew: true, draft: EMPTY_DRAFT, problems: [] })}>{useCaseText(language, 'new')}</Button>
            <CsvExport language={language} catalogue={catalogue} count={useCases.length} />
          </div>
          {editing ? (
            <UseCaseForm
              language={language}
              taxonomy={load.taxonomy}
              isNew={editing.isNew}
              draft={editing.draft}
              problems={editing.problems}
              saving={saving}
              onChange={(draft) => setEditing({ ...editing, draft })}
              onSave={() => void saveForm()}
              onCancel={() => setEditing(null)}
            />
          ) : null}
          <p style={hintStyle} data-testid="use-case-count">{useCaseText(language, 'filter.count', { shown: shown.length, total: useCases.length })}</p>
          {useCases.length === 0 ? <EmptyState>{useCaseText(language, 'empty')}</EmptyState> : null}
          {useCases.length > 0 && shown.length === 0 ? <EmptyState>{useCaseText(language, 'noMatch')}</EmptyState> : null}
          {shown.length > 0 ? (
            <UseCaseTable language={language} taxonomy={load.taxonomy} useCases={shown} onEdit={(u) => setEditing({ isNew: false, draft: draftOf(u), problems: [] })} onRetire={(u, retired) => void setRetired(u, retired)} />
          ) : null}
          <CsvImport language={language} catalogue={catalogue} />
        </>
      ) : null}
    </section>
  );
}
