import Button from '@atlaskit/button/new';
import { Checkbox } from '@atlaskit/checkbox';
import SectionMessage from '@atlaskit/section-message';
import { useState } from 'react';
import type { SettingsView } from '../../../../../src/contract/programme';
import type { Language } from '../../i18n/messages';
import { settingsText } from './settings-messages';

/** Before the first save: every project of Jira, all ticked, to turn into one stream each. */
export function FirstRunOffer({ language, projects, onCreate }: { language: Language; projects: SettingsView['projects']; onCreate: (keys: Set<string>) => void }) {
  const [chosen, setChosen] = useState(() => new Set(projects.map((p) => p.key)));
  const toggle = (key: string) =>
    setChosen((all) => {
      const next = new Set(all);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  return (
    <SectionMessage appearance="discovery" title={settingsText(language, 'firstRun.title')}>
      <p>{settingsText(language, 'firstRun.body')}</p>
      {projects.length === 0 ? (
        <p>{settingsText(language, 'firstRun.none')}</p>
      ) : (
        <>
          <div role="group" aria-label={settingsText(language, 'firstRun.title')} style={{ margin: '8px 0' }}>
            {projects.map((p) => (
              <Checkbox key={p.key} isChecked={chosen.has(p.key)} onChange={() => toggle(p.key)} label={`${p.name} (${p.key})`} name="first-run-project" value={p.key} />
            ))}
          </div>
          <Button appearance="primary" isDisabled={chosen.size === 0} onClick={() => onCreate(chosen)}>
            {settingsText(language, 'firstRun.create', { count: chosen.size })}
          </Button>
        </>
      )}
    </SectionMessage>
  );
}
