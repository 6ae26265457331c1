import Tabs, { Tab, TabList, TabPanel } from '@atlaskit/tabs';
import { useState } from 'react';
import type { Language } from '../../i18n/messages';
import { ErrorState, Loading } from '../../states';
import { PublishingSettingsPage } from '../settings/publishing-settings';
import { SettingsPage } from '../settings/settings-page';
import { TaxonomyAdmin } from '../taxonomy-admin/taxonomy-admin';
import { UseCaseAdmin } from '../use-case-admin/use-case-admin';
import { adminText } from './admin-messages';
import { AdminRequired } from '../settings/admin-required';
import { hintStyle } from './problem-text';
import { useAdminCheck } from './use-admin-check';

/**
 * The admin page (`programme-settings`): streams, dependencies and roles, the journey taxonomy, the use-case catalogue,
 * and publishing to Confluence.
 * Tabs are reachable by keyboard (Tab to the list, arrow keys between tabs); only the chosen tab is rendered.
 */
export function AdminPage({ language }: { language: Language }) {
  const [check, recheck] = useAdminCheck();
  const [tab, setTab] = useState(0);
  if (check.state === 'checking') return <Loading language={language} />;
  if (check.state === 'refused') {
    return (
      <main style={{ padding: '8px 16px' }}>
        {/* The settings' own refusal, so the page reads the same whichever tab would have refused. */}
        <AdminRequired language={language} />
        <p style={hintStyle} data-testid="admin-scope">{adminText(language, 'admin.scope')}</p>
      </main>
    );
  }
  if (check.state === 'error') return <ErrorState language={language} error={check.error} onRetry={recheck} />;
  return (
    <div style={{ padding: '8px 16px' }}>
      <Tabs id="admin-tabs" selected={tab} onChange={setTab}>
        <TabList>
          <Tab>{adminText(language, 'tab.settings')}</Tab>
          <Tab>{adminText(language, 'tab.taxonomy')}</Tab>
          <Tab>{adminText(language, 'tab.useCases')}</Tab>
          <Tab>{adminText(language, 'tab.publishing')}</Tab>
        </TabList>
        <TabPanel>
          <div style={{ width: '100%' }}>
            <SettingsPage language={language} />
          </div>
        </TabPanel>
        <TabPanel>
          <div style={{ width: '100%' }}>
            <TaxonomyAdmin language={language} />
          </div>
        </TabPanel>
        <TabPanel>
          <div style={{ width: '100%' }}>
            <UseCaseAdmin language={language} />
          </div>
        </TabPanel>
        <TabPanel>
          <div style={{ width: '100%' }}>
            <PublishingSettingsPage language={language} />
          </div>
        </TabPanel>
      </Tabs>
    </div>
  );
}
