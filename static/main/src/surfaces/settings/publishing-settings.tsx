import Button from '@atlaskit/button/new';
import { Checkbox } from '@atlaskit/checkbox';
import Lozenge from '@atlaskit/lozenge';
import SectionMessage, { SectionMessageAction } from '@atlaskit/section-message';
import { useState } from 'react';
import type { AppError } from '../../../../../src/contract/errors';
import type { PublishingChoices, PublishingSettings } from '../../../../../src/contract/publishing';
import { call } from '../../api';
import { flagResult } from '../../host-flags';
import { errorMessage, type Language } from '../../i18n/messages';
import { ErrorState, Loading } from '../../states';
import { useResolver } from '../../use-resolver';
import { adminText } from '../admin/admin-messages';
import { AdminRequired } from './admin-required';
import { hintStyle, labelStyle, sectionStyle } from './field-message';
import { resultFlagText } from './result-flag-messages';
import { publishingDraftOf, publishingSavePayload, samePublishingDraft, type PublishingDraft } from './publishing-draft';
import { rolesText } from './roles-messages';
import { TargetPicker } from './target-picker';

const PAGE_TYPES = [['rollUp', 'pub.rollUp'], ['streams', 'pub.streams'], ['strategy', 'pub.strategy']] as const;

/** The admin page's Publishing tab: where, in which language, how often and which pages; saved with compare-and-set. */
export function PublishingSettingsPage({ language }: { language: Language }) {
  const [result, reload] = useResolver('publishing/settings-get', {});
  return (
    <main style={{ padding: '8px 16px' }}>
      <p style={hintStyle}>{rolesText(language, 'pub.intro')}</p>
      {result.state === 'loading' ? <Loading language={language} /> : null}
      {result.state === 'error' && result.error.code === 'ADMIN_REQUIRED' ? <AdminRequired language={language} /> : null}
      {result.state === 'error' && result.error.code !== 'ADMIN_REQUIRED' ? <ErrorState language={language} error={result.error} onRetry={reload} /> : null}
      {result.state === 'ready' ? <PublishingEditor key={result.data.settings.version} language={language} settings={result.data.settings} choices={result.data.choices} onReload={reload} /> : null}
    </main>
  );
}

function PublishingEditor({ language, settings, choices, onReload }: { language: Language; settings: PublishingSettings; choices: PublishingChoices; onReload: () => void }) {
  const [version, setVersion] = useState(settings.version);
  const [saved, setSaved] = useState(() => publishingDraftOf(settings));
  const [draft, setDraft] = useState<PublishingDraft>(saved);
  const [saving, setSaving] = useState(false);
  const [refusal, setRefusal] = useState<AppError | null>(null);
  const edit = (change: Partial<PublishingDraft>) => setDraft((d) => ({ ...d, ...change }));
  const dirty = !samePublishingDraft(draft, saved);

  // A refusal stays in words beside the Save button and, so it is seen wherever the admin scrolled to, in a host flag.
  function refuse(error: AppError) {
    if (error.code !== 'ADMIN_REQUIRED') flagResult({ title: resultFlagText(language, 'publishing.notSaved'), description: errorMessage(language, error), appearance: 'error' });
    setRefusal(error);
  }

  async function save() {
    const payload = publishingSavePayload(draft, version);
    if (!payload) return;
    setSaving(true);
    setRefusal(null);
    try {
      const answer = await call('publishing/settings-save', payload);
      if (answer.ok) {
        const fresh = publishingDraftOf(answer.data.settings);
        setVersion(answer.data.settings.version);
        setSaved(fresh);
        setDraft(fresh);
        flagResult({ title: rolesText(language, 'pub.saved'), appearance: 'success' });
      } else refuse(answer.error);
    } catch (error) {
      refuse({ code: 'JIRA_UNAVAILABLE', params: { status: error instanceof Error ? error.message : 'unknown' } });
    } finally {
      setSaving(false);
    }
  }

  if (refusal?.code === 'ADMIN_REQUIRED') return <AdminRequired language={language} />;
  return (
    <section aria-labelledby="publishing-title" style={sectionStyle} data-testid="publishing-settings">
      <h2 id="publishing-title">{rolesText(language, 'pub.title')}</h2>
      <TargetPicker language={language} spaces={choices.spaces} target={draft.target} onTarget={(target) => edit({ target })} />
      <fieldset style={{ border: 'none', padding: 0, margin: '12px 0 0' }}>
        <legend style={labelStyle}>{rolesText(language, 'pub.language')}</legend>
        {(['en', 'de'] as const).map((value) => (
          <label key={value} style={{ marginRight: 16 }}>
            <input type="radio" name="publishing-language" checked={draft.language === value} onChange={() => edit({ language: value })} /> {adminText(language, `language.${value}`)}
          </label>
        ))}
      </fieldset>
      <fieldset style={{ border: 'none', padding: 0, margin: '12px 0 0' }}>
        <legend style={labelStyle}>{rolesText(language, 'pub.schedule')}</legend>
        {(['weekly', 'off'] as const).map((value) => (
          <label key={value} style={{ marginRight: 16 }}>
            <input type="radio" name="publishing-schedule" checked={draft.schedule === value} onChange={() => edit({ schedule: value })} /> {rolesText(language, value === 'weekly' ? 'pub.weekly' : 'pub.off')}
          </label>
        ))}
      </fieldset>
      <fieldset style={{ border: 'none', padding: 0, margin: '12px 0 0' }}>
        <legend style={labelStyle}>{rolesText(language, 'pub.pageTypes')}</legend>
        {PAGE_TYPES.map(([type, key]) => (
          <Checkbox key={type} label={rolesText(language, key)} isChecked={draft.pageTypes[type]} onChange={(e) => edit({ pageTypes: { ...draft.pageTypes, [type]: e.currentTarget.checked } })} />
        ))}
      </fieldset>
      {refusal ? (
        <div style={{ margin: '12px 0' }} data-testid="publishing-refusal">
          <SectionMessage
            appearance={refusal.code === 'CONFLICT' ? 'warning' : 'error'}
            title={refusal.code === 'CONFLICT' ? rolesText(language, 'pub.conflictTitle') : undefined}
            actions={refusal.code === 'CONFLICT' ? [<SectionMessageAction key="reload" onClick={onReload}>{rolesText(language, 'pub.reload')}</SectionMessageAction>] : []}
          >
            <p>{errorMessage(language, refusal)}</p>
          </SectionMessage>
        </div>
      ) : null}
      <div style={{ display: 'flex', gap: 12, alignItems: 'center', padding: '12px 0' }}>
        <Button appearance="primary" isLoading={saving} onClick={() => void save()}>{rolesText(language, saving ? 'pub.saving' : 'pub.save')}</Button>
        <span role="status" data-testid="publishing-save-state">
          {dirty ? <Lozenge appearance="moved">{rolesText(language, 'pub.unsaved')}</Lozenge> : <span style={{ fontSize: 12 }}>{rolesText(language, 'pub.clean')}</span>}
        </span>
      </div>
    </section>
  );
}
