import '@atlaskit/css-reset';
import { view } from '@forge/bridge';
import { createRoot } from 'react-dom/client';
import { languageOf } from './i18n/messages';
import { ErrorState } from './states';
import { JourneyPanel } from './surfaces/journey-panel';

interface SurfaceContext {
  moduleKey: string;
  locale?: string;
  extension: { type: string; issue?: { key: string } };
}

/** One resource serves every surface; it routes on the module key the manifest gave the surface. */
async function start(): Promise<void> {
  await view.theme.enable();
  const context = (await view.getContext()) as unknown as SurfaceContext;
  const language = languageOf(context.locale);
  const root = createRoot(document.getElementById('root') as HTMLElement);
  if (context.moduleKey === 'journey-panel' && context.extension.issue) {
    root.render(<JourneyPanel issueKey={context.extension.issue.key} language={language} />);
    return;
  }
  root.render(<ErrorState language={language} error={{ code: 'INVALID_PAYLOAD', field: 'moduleKey', params: { message: context.moduleKey } }} />);
}

void start();
