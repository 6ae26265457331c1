import { useState } from 'react';
import type { Language } from '../../i18n/messages';
import { MySubmissions } from './my-submissions';
import { SubmitForm } from './submit-form';
import { st } from './submit-messages';

/**
 * The Confluence page "Round table: bring your topic" (`confluence:globalPage`): anyone in Confluence, with or
 * without Jira access, brings a topic and follows the status of their own submissions.
 */
export function RoundTableSubmitPage({ language }: { language: Language }) {
  const [submitted, setSubmitted] = useState(0);
  return (
    <main style={{ padding: '8px 16px 24px', maxWidth: 900 }}>
      <h1 style={{ marginTop: 0 }}>{st(language, 'heading')}</h1>
      <p style={{ maxWidth: 760 }}>{st(language, 'intro')}</p>
      <SubmitForm language={language} onSubmitted={() => setSubmitted((n) => n + 1)} />
      <MySubmissions language={language} refreshKey={submitted} />
    </main>
  );
}
