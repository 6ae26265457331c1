import Button from '@atlaskit/button/new';
import { useCallback, useState } from 'react';
import type { AppError } from '../../../../../src/contract/errors';
import type { PublishingChoices, PublishingTargetCheck } from '../../../../../src/contract/publishing';
import { call } from '../../api';
import { errorMessage, type Language } from '../../i18n/messages';
import { Chip } from '../strategy/form-parts';
import { hintStyle, labelStyle } from './field-message';
import type { PublishingDraft } from './publishing-draft';
import { rolesText, rolesMessageTables, type RolesMessageKey } from './roles-messages';
import { SearchPicker, type PickerOption } from './search-picker';

type Target = PublishingDraft['target'];
type Verdict = { state: 'checking' } | { state: 'done'; check: PublishingTargetCheck } | { state: 'error'; error: AppError };

function problemText(language: Language, problem: string | null): string {
  const key = `pub.problem.${problem ?? ''}`;
  return key in rolesMessageTables()[language] ? rolesText(language, key as RolesMessageKey) : rolesText(language, 'pub.problem.other', { problem: problem ?? '' });
}

/** The space (from those the admin may see), the parent page (searched by title) and the app's verdict on both. */
export function TargetPicker({ language, spaces, target, onTarget }: { language: Language; spaces: PublishingChoices['spaces']; target: Target; onTarget: (target: Target) => void }) {
  const [verdict, setVerdict] = useState<{ of: string; verdict: Verdict } | null>(null);
  const spaceId = target?.spaceId ?? null;
  const targetKey = JSON.stringify([target?.spaceKey ?? null, target?.parentPageId ?? null]);
  const searchPages = useCallback(
    async (title: string): Promise<PickerOption[]> => {
      if (spaceId === null) return [];
      const answer = await call('publishing/pages', { spaceId, title });
      if (!answer.ok) throw new Error(errorMessage(language, answer.error));
      return answer.data.pages.map((page) => ({ id: page.id, label: page.title }));
    },
    [spaceId, language],
  );
  const check = async () => {
    if (!target) return;
    setVerdict({ of: targetKey, verdict: { state: 'checking' } });
    try {
      const answer = await call('publishing/check-target', { spaceKey: target.spaceKey, parentPageId: target.parentPageId });
      setVerdict({ of: targetKey, verdict: answer.ok ? { state: 'done', check: answer.data } : { state: 'error', error: answer.error } });
    } catch (error) {
      setVerdict({ of: targetKey, verdict: { state: 'error', error: { code: 'CONFLUENCE_UNAVAILABLE', params: { status: error instanceof Error ? error.message : 'unknown', message: '' } } } });
    }
  };
  // A verdict about another space or parent than the one shown says nothing any more.
  const shown = verdict?.of === targetKey ? verdict.verdict : null;
  return (
    <div>
      <label htmlFor="publishing-space" style={labelStyle}>{rolesText(language, 'pub.space')}</label>
      {spaces.length === 0 ? <p role="alert" style={hintStyle}>{rolesText(language, 'pub.noSpaces')}</p> : null}
      <select
        id="publishing-space"
        value={spaceId ?? ''}
        onChange={(event) => {
          const space = spaces.find((s) => s.id === event.currentTarget.value);
          onTarget(space ? { spaceId: space.id, spaceKey: space.key, spaceName: space.name, parentPageId: null, parentTitle: null } : null);
        }}
        style={{ minWidth: 280, padding: 6, font: 'inherit', borderRadius: 3 }}
      >
        <option value="">{rolesText(language, 'pub.spaceNone')}</option>
        {spaces.map((space) => <option key={space.id} value={space.id}>{`${space.name} (${space.key})`}</option>)}
      </select>
      {target ? (
        <>
          <span style={labelStyle}>{rolesText(language, 'pub.parent')}</span>
          <div data-testid="publishing-parent" style={{ margin: '4px 0' }}>
            {target.parentPageId === null ? (
              <span style={hintStyle}>{rolesText(language, 'pub.parentTop')}</span>
            ) : (
              <Chip text={target.parentTitle ?? target.parentPageId} removeLabel={rolesText(language, 'pub.parentClear')} onRemove={() => onTarget({ ...target, parentPageId: null, parentTitle: null })} />
            )}
          </div>
          <SearchPicker key={target.spaceId} id="publishing-parent-search" label={rolesText(language, 'pub.parentSearch')} words={{ searching: rolesText(language, 'search.searching'), none: rolesText(language, 'search.none'), failed: (m) => m }} search={searchPages} onPick={(page) => onTarget({ ...target, parentPageId: page.id, parentTitle: page.label })} />
          <div style={{ display: 'flex', gap: 8, alignItems: 'center', marginTop: 8 }}>
            <Button onClick={() => void check()} isLoading={shown?.state === 'checking'}>{rolesText(language, shown?.state === 'checking' ? 'pub.checking' : 'pub.check')}</Button>
            <span role="status" data-testid="target-verdict" style={{ fontSize: 13 }}>
              {shown?.state === 'done' && shown.check.ok ? (
                <span style={{ color: 'var(--ds-text-success, #216e4e)' }}>{rolesText(language, 'pub.checkOk', { space: shown.check.space?.name ?? target.spaceName, under: shown.check.parent ? rolesText(language, 'pub.checkUnder', { parent: shown.check.parent.title }) : '' })}</span>
              ) : null}
              {shown?.state === 'done' && !shown.check.ok ? <span style={{ color: 'var(--ds-text-danger, #ae2e24)' }}>{problemText(language, shown.check.problem)}</span> : null}
              {shown?.state === 'error' ? <span style={{ color: 'var(--ds-text-danger, #ae2e24)' }}>{errorMessage(language, shown.error)}</span> : null}
            </span>
          </div>
        </>
      ) : null}
    </div>
  );
}
