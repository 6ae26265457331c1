import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import SectionMessage, { SectionMessageAction } from '@atlaskit/section-message';
import { useMemo, useState } from 'react';
import type { SettingsView } from '../../../../../src/contract/programme';
import { call } from '../../api';
import { flagResult } from '../../host-flags';
import { errorMessage, type Language } from '../../i18n/messages';
import { AdminRequired } from './admin-required';
import { DatesSection } from './dates-section';
import { LinkTypesSection } from './link-types-section';
import { RolesSection } from './roles-section';
import { resultFlagText } from './result-flag-messages';
import { refusalOf, type SaveRefusal } from './save-outcome';
import { draftFromView, draftProblems, hasUnsavedChanges, toSavePayload, type SettingsDraft } from './settings-draft';
import { settingsText } from './settings-messages';
import { StreamsSection } from './streams-section';
import { useJqlChecks } from './use-jql-checks';

/**
 * The editable settings. The draft keeps whatever the admin typed; problems are marked by field and the page
 * never sends a draft it would refuse itself. A refused save keeps the draft on screen.
 */
export function SettingsEditor({ language, view, onReload }: { language: Language; view: SettingsView; onReload: () => void }) {
  const [version, setVersion] = useState(view.settings.version);
  const [saved, setSaved] = useState(() => draftFromView(view.settings, view.linkTypes));
  const [draft, setDraft] = useState<SettingsDraft>(saved);
  const [saving, setSaving] = useState(false);
  const [attempted, setAttempted] = useState(false);
  const [refusal, setRefusal] = useState<SaveRefusal | null>(null);
  const { checks, check, markInvalid } = useJqlChecks(language);
  const problems = useMemo(() => draftProblems(draft), [draft]);
  const dirty = hasUnsavedChanges(draft, saved);
  const edit = (change: Partial<SettingsDraft>) => setDraft((d) => ({ ...d, ...change }));

  async function save() {
    setAttempted(true);
    const payload = toSavePayload(draft, version);
    if (!payload) return;
    setSaving(true);
    setRefusal(null);
    try {
      const answer = await call('settings/save', payload);
      if (answer.ok) {
        const fresh = draftFromView(answer.data.settings, view.linkTypes);
        setVersion(answer.data.settings.version);
        setSaved(fresh);
        setDraft(fresh);
        setAttempted(false);
        flagResult({ title: settingsText(language, 'save.saved'), description: settingsText(language, 'save.savedBody'), appearance: 'success' });
        return;
      }
      const outcome = refusalOf(answer.error, draft.streams);
      if (outcome.kind === 'jql' && outcome.streamKey) markInvalid(outcome.streamKey, outcome.jql, outcome.message);
      if (outcome.kind !== 'admin-required') flagResult({ title: resultFlagText(language, 'settings.notSaved'), description: errorMessage(language, outcome.error), appearance: 'error' });
      setRefusal(outcome);
    } catch (error) {
      const unavailable = { code: 'JIRA_UNAVAILABLE', params: { status: error instanceof Error ? error.message : 'unknown' } } as const;
      flagResult({ title: resultFlagText(language, 'settings.notSaved'), description: errorMessage(language, unavailable), appearance: 'error' });
      setRefusal({ kind: 'other', error: unavailable });
    } finally {
      setSaving(false);
    }
  }

  // The server decides who may save: when it refuses, the page stops offering an editor it cannot honour.
  if (refusal?.kind === 'admin-required') return <AdminRequired language={language} />;
  return (
    <div>
      <StreamsSection language={language} view={view} streams={draft.streams} problems={problems} checks={checks} onStreams={(streams) => edit({ streams })} onCheck={(key, jql) => void check(key, jql)} />
      <LinkTypesSection language={language} view={view} links={draft.links} problems={problems} onLinks={(links) => edit({ links })} />
      <DatesSection language={language} view={view} dates={draft} problems={problems} onDates={edit} />
      <RolesSection language={language} accountIds={draft.programmeManagerAccountIds} groupIds={draft.programmeManagerGroupIds} onChange={edit} />
      {refusal ? (
        <div style={{ maxWidth: 880, margin: '12px 0' }} data-testid="save-refusal">
          <SectionMessage
            appearance={refusal.kind === 'conflict' ? 'warning' : 'error'}
            title={refusal.kind === 'conflict' ? settingsText(language, 'conflict.title') : undefined}
            actions={refusal.kind === 'conflict' ? [<SectionMessageAction key="reload" onClick={onReload}>{settingsText(language, 'conflict.reload')}</SectionMessageAction>] : []}
          >
            <p>{errorMessage(language, refusal.error)}</p>
          </SectionMessage>
        </div>
      ) : null}
      {attempted && problems.length > 0 ? (
        <p role="alert" style={{ color: 'var(--ds-text-danger, #ae2e24)' }}>{settingsText(language, 'save.invalid')}</p>
      ) : null}
      <div style={{ display: 'flex', gap: 12, alignItems: 'center', position: 'sticky', bottom: 0, background: 'var(--ds-surface, #fff)', padding: '12px 0' }}>
        <Button appearance="primary" isLoading={saving} onClick={() => void save()}>{settingsText(language, saving ? 'saving' : 'save')}</Button>
        <span role="status" data-testid="save-state">
          {dirty ? <Lozenge appearance="moved">{settingsText(language, 'save.unsaved')}</Lozenge> : <span style={{ fontSize: 12 }}>{settingsText(language, 'save.clean')}</span>}
        </span>
      </div>
    </div>
  );
}
