import { Checkbox } from '@atlaskit/checkbox';
import type { SettingsView } from '../../../../../src/contract/programme';
import type { Language } from '../../i18n/messages';
import { FieldProblem, hintStyle, sectionStyle } from './field-message';
import { directionSentences, sampleKeys } from './link-direction';
import type { LinkChoice, Problem } from './settings-draft';
import { settingsText } from './settings-messages';

export interface LinkTypesSectionProps {
  language: Language;
  view: SettingsView;
  links: LinkChoice[];
  problems: Problem[];
  onLinks: (links: LinkChoice[]) => void;
}

/** Which link types count as dependencies, and for each, which end waits — told as sentences with sample keys. */
export function LinkTypesSection({ language, view, links, problems, onLinks }: LinkTypesSectionProps) {
  const keys = sampleKeys(view.projects);
  const change = (id: string, patch: Partial<LinkChoice>) => onLinks(links.map((l) => (l.linkTypeId === id ? { ...l, ...patch } : l)));
  return (
    <section aria-labelledby="links-title" style={sectionStyle}>
      <h2 id="links-title">{settingsText(language, 'links.title')}</h2>
      <p style={hintStyle}>{settingsText(language, 'links.hint')}</p>
      {links.map((link) => {
        const type = view.linkTypes.find((t) => t.id === link.linkTypeId);
        const label = link.missing ? settingsText(language, 'links.missing', { name: link.name }) : link.name;
        const sentences = type ? directionSentences(language, type, keys.subject, keys.object) : null;
        return (
          <div key={link.linkTypeId} data-testid={`link-type-${link.linkTypeId}`} style={{ marginBottom: 12 }}>
            <Checkbox isChecked={link.selected} label={label} onChange={() => change(link.linkTypeId, { selected: !link.selected })} />
            {link.selected && sentences ? (
              <fieldset style={{ border: 0, margin: '0 0 0 28px', padding: 0 }}>
                <legend style={hintStyle}>{sentences.example}</legend>
                {([true, false] as const).map((objectWaits) => (
                  <label key={String(objectWaits)} style={{ display: 'block', fontSize: 14, margin: '2px 0' }}>
                    <input type="radio" name={`direction-${link.linkTypeId}`} checked={link.objectWaits === objectWaits} onChange={() => change(link.linkTypeId, { objectWaits })} />{' '}
                    {objectWaits ? sentences.objectWaits : sentences.subjectWaits}
                  </label>
                ))}
              </fieldset>
            ) : null}
          </div>
        );
      })}
      <FieldProblem language={language} problems={problems} field="links" />
    </section>
  );
}
