import Button from '@atlaskit/button/new';
import Textfield from '@atlaskit/textfield';
import { useState } from 'react';
import type { StandingSection } from '../../../../../src/domain/round-table/series';
import type { Language } from '../../i18n/messages';
import { formLabel } from '../strategy/form-parts';
import { hint } from './rt-format';
import { rt } from './rt-messages';
import { moveInList, newSectionId } from './series-draft';

const row = { display: 'grid', gridTemplateColumns: 'minmax(0,1fr) minmax(0,1fr) auto', gap: 8, alignItems: 'center', padding: '4px 0', borderBottom: '1px solid var(--ds-border, #091e4224)' } as const;

/** The standing sections in agenda order: rename in both languages, move up or down, retire or use again, add. */
export function SectionsEditor({ language, sections, onChange }: { language: Language; sections: StandingSection[]; onChange: (sections: StandingSection[]) => void }) {
  const [en, setEn] = useState('');
  const [de, setDe] = useState('');
  const [problem, setProblem] = useState(false);
  const update = (index: number, patch: Partial<StandingSection>) => onChange(sections.map((s, i) => (i === index ? { ...s, ...patch } : s)));
  const add = () => {
    if (en.trim() === '' || de.trim() === '') return setProblem(true);
    onChange([...sections, { id: newSectionId(en, sections), labels: { en: en.trim(), de: de.trim() }, retired: false }]);
    setEn('');
    setDe('');
    setProblem(false);
  };
  return (
    <fieldset style={{ border: 'none', padding: 0, margin: '8px 0' }} data-testid="sections-editor">
      <legend style={formLabel}>{rt(language, 'form.sections')}</legend>
      <ol style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {sections.map((section, index) => {
          const label = section.labels[language] || section.id;
          return (
            <li key={section.id} style={row} data-testid={`section-${section.id}`}>
              <Textfield aria-label={rt(language, 'form.section.en', { id: section.id })} value={section.labels.en} isDisabled={section.retired} onChange={(e) => update(index, { labels: { ...section.labels, en: e.currentTarget.value } })} />
              <Textfield aria-label={rt(language, 'form.section.de', { id: section.id })} value={section.labels.de} isDisabled={section.retired} onChange={(e) => update(index, { labels: { ...section.labels, de: e.currentTarget.value } })} />
              <span style={{ display: 'flex', gap: 4, alignItems: 'center' }}>
                <Button appearance="subtle" spacing="compact" isDisabled={index === 0} aria-label={rt(language, 'form.section.up', { label })} onClick={() => onChange(moveInList(sections, index, index - 1))}>↑</Button>
                <Button appearance="subtle" spacing="compact" isDisabled={index === sections.length - 1} aria-label={rt(language, 'form.section.down', { label })} onClick={() => onChange(moveInList(sections, index, index + 1))}>↓</Button>
                <Button appearance="subtle" spacing="compact" onClick={() => update(index, { retired: !section.retired })}>{rt(language, section.retired ? 'form.section.restore' : 'form.section.retire')}</Button>
              </span>
              {section.retired ? <span style={{ ...hint, gridColumn: '1 / -1' }}>{rt(language, 'form.section.retired')}</span> : null}
            </li>
          );
        })}
      </ol>
      <div style={{ ...row, borderBottom: 'none' }}>
        <Textfield aria-label={rt(language, 'form.section.addEn')} placeholder={rt(language, 'form.section.addEn')} value={en} onChange={(e) => setEn(e.currentTarget.value)} />
        <Textfield aria-label={rt(language, 'form.section.addDe')} placeholder={rt(language, 'form.section.addDe')} value={de} onChange={(e) => setDe(e.currentTarget.value)} />
        <Button onClick={add}>{rt(language, 'form.section.add')}</Button>
      </div>
      {problem ? <p role="alert" style={{ color: 'var(--ds-text-danger, #ae2e24)', fontSize: 12, margin: '4px 0' }}>{rt(language, 'problem.newLabels')}</p> : null}
    </fieldset>
  );
}
