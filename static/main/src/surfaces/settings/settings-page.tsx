import type { Language } from '../../i18n/messages';
import { ErrorState, Loading } from '../../states';
import { useResolver } from '../../use-resolver';
import { AdminRequired } from './admin-required';
import { hintStyle } from './field-message';
import { SettingsEditor } from './settings-editor';
import { settingsText } from './settings-messages';

/** The admin page (`programme-settings`): streams, dependency link types and date fields of the programme. */
export function SettingsPage({ language }: { language: Language }) {
  const [result, reload] = useResolver('settings/get', {});
  return (
    <main style={{ padding: '8px 16px' }}>
      {/* Jira shows the module's title above the frame; the page adds only its introduction. */}
      <p style={hintStyle}>{settingsText(language, 'page.intro')}</p>
      {result.state === 'loading' ? <Loading language={language} /> : null}
      {result.state === 'error' && result.error.code === 'ADMIN_REQUIRED' ? <AdminRequired language={language} /> : null}
      {result.state === 'error' && result.error.code !== 'ADMIN_REQUIRED' ? <ErrorState language={language} error={result.error} onRetry={reload} /> : null}
      {/* A fresh version mounts a fresh editor: reloading after a conflict starts from what is stored now. */}
      {result.state === 'ready' ? <SettingsEditor key={result.data.settings.version} language={language} view={result.data} onReload={reload} /> : null}
    </main>
  );
}
