import Button from '@atlaskit/button/new';
import Textfield from '@atlaskit/textfield';
import { useState } from 'react';
import type { Language } from '../../i18n/messages';
import { rt } from './rt-messages';

/** Adds a typed item to a section of the agenda draft (saved with the agenda). */
export function ManualItemForm({ language, sectionId, sectionLabel, onAdd }: { language: Language; sectionId: string; sectionLabel: string; onAdd: (title: string, detail: string) => void }) {
  const [title, setTitle] = useState('');
  const [detail, setDetail] = useState('');
  const [problem, setProblem] = useState(false);
  const add = () => {
    if (title.trim() === '') return setProblem(true);
    onAdd(title, detail);
    setTitle('');
    setDetail('');
    setProblem(false);
  };
  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'minmax(0,2fr) minmax(0,3fr) auto', gap: 8, marginTop: 6 }} data-testid={`manual-form-${sectionId}`}>
      <Textfield aria-label={rt(language, 'manual.title', { section: sectionLabel })} placeholder={rt(language, 'manual.title', { section: sectionLabel })} value={title} maxLength={300} onChange={(e) => setTitle(e.currentTarget.value)} onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), add())} />
      <Textfield aria-label={rt(language, 'manual.detail')} placeholder={rt(language, 'manual.detail')} value={detail} maxLength={2000} onChange={(e) => setDetail(e.currentTarget.value)} />
      <Button onClick={add}>{rt(language, 'manual.add')}</Button>
      {problem ? <p role="alert" style={{ gridColumn: '1 / -1', color: 'var(--ds-text-danger, #ae2e24)', fontSize: 12, margin: 0 }}>{rt(language, 'manual.problem')}</p> : null}
    </div>
  );
}
