import '@atlaskit/css-reset';
import { view } from '@forge/bridge';
import { createRoot } from 'react-dom/client';
import { languageOf } from './i18n/messages';
import { ErrorState } from './states';
import { IssueDependenciesPanel } from './surfaces/issue-dependencies/issue-dependencies-panel';
import { JourneyPanel } from './surfaces/journey-panel';
import { ProgrammePage } from './surfaces/programme/programme-page';
import { SettingsPage } from './surfaces/settings/settings-page';

interface SurfaceContext {
  moduleKey: string;
  locale?: string;
  extension: { type: string; issue?: { key: string }; project?: { key: string } };
}

/** One resource serves every surface; it routes on the module key the manifest gave the surface. */
async function start(): Promise<void> {
  await view.theme.enable();
  const context = (await view.getContext()) as unknown as SurfaceContext;
  const language = languageOf(context.locale);
  const root = createRoot(document.getElementById('root') as HTMLElement);
  const issueKey = context.extension.issue?.key;
  // A link from the issue view can focus the programme page on one issue: ?focus=KEY
  const focusKey = new URLSearchParams(window.location.search).get('focus') ?? undefined;
  if (context.moduleKey === 'journey-panel' && issueKey) return root.render(<JourneyPanel issueKey={issueKey} language={language} />);
  if (context.moduleKey === 'issue-dependencies' && issueKey) return root.render(<IssueDependenciesPanel issueKey={issueKey} language={language} />);
  if (context.moduleKey === 'programme-page') return root.render(<ProgrammePage language={language} focusKey={focusKey} />);
  if (context.moduleKey === 'programme-project-page') {
    return root.render(<ProgrammePage language={language} projectKey={context.extension.project?.key} focusKey={focusKey} />);
  }
  if (context.moduleKey === 'programme-settings') return root.render(<SettingsPage language={language} />);
  root.render(<ErrorState language={language} error={{ code: 'INVALID_PAYLOAD', field: 'moduleKey', params: { message: context.moduleKey } }} />);
}

void start();
