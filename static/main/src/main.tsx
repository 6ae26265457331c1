import '@atlaskit/css-reset';
import { view } from '@forge/bridge';
import { lazy, Suspense, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { languageOf } from './i18n/messages';
import { ErrorState, Loading } from './states';

// One chunk per surface: an issue panel should not download the programme page's timeline.
const IssueDependenciesPanel = lazy(() => import('./surfaces/issue-dependencies/issue-dependencies-panel').then((m) => ({ default: m.IssueDependenciesPanel })));
const JourneyPanel = lazy(() => import('./surfaces/journey-panel').then((m) => ({ default: m.JourneyPanel })));
const loadProgrammePage = () => import('./surfaces/programme/programme-page');
const ProgrammePage = lazy(() => loadProgrammePage().then((m) => ({ default: m.ProgrammePage })));
const BulkTaggingAction = lazy(() => import('./surfaces/bulk-tagging/bulk-tagging-action').then((m) => ({ default: m.BulkTaggingAction })));
const StatusMacro = lazy(() => import('./surfaces/macro/status-macro').then((m) => ({ default: m.StatusMacro })));
const MacroConfig = lazy(() => import('./surfaces/macro/macro-config').then((m) => ({ default: m.MacroConfig })));
const AdminPage = lazy(() => import('./surfaces/admin/admin-page').then((m) => ({ default: m.AdminPage })));
const RemoveLinkConfirmation = lazy(() => import('./surfaces/programme/remove-link-dialog').then((m) => ({ default: m.RemoveLinkConfirmation })));
const CreateDependencyDialog = lazy(() => import('./surfaces/programme/create-dependency-dialog').then((m) => ({ default: m.CreateDependencyDialog })));
const StrategyDialog = lazy(() => import('./surfaces/strategy/strategy-dialog').then((m) => ({ default: m.StrategyDialog })));
const RoundTableSubmitPage = lazy(() => import('./surfaces/round-table-submit/round-table-submit-page').then((m) => ({ default: m.RoundTableSubmitPage })));

interface SurfaceContext {
  moduleKey: string;
  locale?: string;
  extension: { type: string; modal?: unknown; issue?: { key: string }; project?: { key: string }; jql?: string; config?: unknown; macro?: { isConfiguring?: boolean } };
}

/** The module path and query the page was opened with (a shared view, or the issue view's `/focus/KEY`). */
async function moduleLocation(): Promise<{ pathname: string; search: string } | undefined> {
  try {
    const { location } = await view.createHistory();
    return { pathname: location.pathname, search: location.search ?? '' };
  } catch {
    return undefined; // a module without history (not a page) opens on its default view
  }
}

/** One resource serves every surface; it routes on the module key the manifest gave the surface. */
async function start(): Promise<void> {
  // The theme and the context are independent questions to the host: asked together, the first render waits once.
  const [, fullContext] = await Promise.all([view.theme.enable(), view.getContext()]);
  const context = fullContext as unknown as SurfaceContext;
  const language = languageOf(context.locale);
  // Screen readers and hyphenation read the frame in this language; the HTML's own `lang` is only a default.
  document.documentElement.lang = language;
  const container = createRoot(document.getElementById('root') as HTMLElement);
  const root = { render: (node: ReactNode) => container.render(<Suspense fallback={<Loading language={language} />}>{node}</Suspense>) };
  const issueKey = context.extension.issue?.key;
  // The status macro and its configuration view (the editor frames the same resource with `macro.isConfiguring`).
  // A Forge modal the programme page opened (`new Modal({context})`): the same resource, told what to ask by `extension.modal`.
  const modal = context.extension.modal;
  if (modal && typeof modal === 'object' && (modal as { kind?: unknown }).kind === 'remove-link') return root.render(<RemoveLinkConfirmation language={language} modal={modal} />);
  if (modal && typeof modal === 'object' && (modal as { kind?: unknown }).kind === 'create-dependency') return root.render(<CreateDependencyDialog language={language} modal={modal} />);
  if (modal && typeof modal === 'object' && ['strategy-form', 'strategy-delete'].includes(String((modal as { kind?: unknown }).kind))) return root.render(<StrategyDialog language={language} modal={modal} />);
  if (context.extension.type === 'macro') {
    if (context.extension.macro?.isConfiguring) return root.render(<MacroConfig language={language} config={context.extension.config} />);
    return root.render(<StatusMacro language={language} config={context.extension.config} />);
  }
  // The programme page keeps its view in the module path (the issue view links to `/focus/KEY`); pages read it from their history.
  // Fetch the page's code while the host answers where the page was opened, rather than after.
  if (context.moduleKey.startsWith('programme-') && !modal) void loadProgrammePage();
  const location = context.moduleKey.startsWith('programme-') ? await moduleLocation() : undefined;
  if (context.moduleKey === 'journey-panel' && issueKey) return root.render(<JourneyPanel issueKey={issueKey} language={language} />);
  if (context.moduleKey === 'issue-dependencies' && issueKey) return root.render(<IssueDependenciesPanel issueKey={issueKey} language={language} />);
  if (context.moduleKey === 'programme-page') return root.render(<ProgrammePage language={language} location={location} />);
  if (context.moduleKey === 'programme-project-page') {
    return root.render(<ProgrammePage language={language} projectKey={context.extension.project?.key} location={location} />);
  }
  if (context.moduleKey === 'bulk-journey-tags') return root.render(<BulkTaggingAction extension={context.extension} language={language} />);
  if (context.moduleKey === 'programme-settings') return root.render(<AdminPage language={language} />);
  if (context.moduleKey === 'round-table-submit') return root.render(<RoundTableSubmitPage language={language} />);
  root.render(<ErrorState language={language} error={{ code: 'INVALID_PAYLOAD', field: 'moduleKey', params: { message: context.moduleKey } }} />);
}

void start();
