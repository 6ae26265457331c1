import SectionMessage, { SectionMessageAction } from '@atlaskit/section-message';
import { router } from '@forge/bridge';
import { useState } from 'react';
import type { ProgrammeView } from '../../../../../src/contract/programme';
import type { Language } from '../../i18n/messages';
import { scopeText } from './project-scope-messages';

/** The admin page's module key (manifest.yml, `jira:adminPage`). */
const SETTINGS_MODULE = 'programme-settings';

/** True on a project page whose project is in none of the programme's streams. */
export const outsideEveryStream = (view: ProgrammeView) => view.projectScope !== undefined && view.projectScope.streamId === null;

/**
 * A project page for a project that is in no stream: it says so, and offers a Jira admin the programme settings
 * (where streams are made) and anyone else whom to ask. Until loads say what the viewer may do, nobody is an admin.
 */
export function ProjectOutsideStreams({ language, view }: { language: Language; view: ProgrammeView }) {
  const [failure, setFailure] = useState<string | null>(null);
  const project = view.projectScope?.projectKey ?? '';
  const admin = view.viewerCan?.administer === true;
  const openSettings = () => {
    setFailure(null);
    router.navigate({ target: 'module', moduleKey: SETTINGS_MODULE }).catch((error: unknown) => setFailure(error instanceof Error ? error.message : String(error)));
  };
  return (
    <div data-testid="project-outside">
      <SectionMessage appearance="information" actions={admin ? [<SectionMessageAction key="settings" onClick={openSettings}>{scopeText(language, 'scope.openSettings')}</SectionMessageAction>] : []}>
        <p data-testid="state-message">{scopeText(language, 'scope.notInStream', { project })}</p>
        <p>{scopeText(language, admin ? 'scope.adminHint' : 'scope.askAdmin')}</p>
        {failure ? <p role="alert">{scopeText(language, 'scope.navigateFailed', { message: failure })}</p> : null}
      </SectionMessage>
    </div>
  );
}
