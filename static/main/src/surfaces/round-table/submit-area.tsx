import { useState } from 'react';
import type { Language } from '../../i18n/messages';
import { MySubmissions } from '../round-table-submit/my-submissions';
import { SubmitForm } from '../round-table-submit/submit-form';

/** Anyone brings a topic from Jira with the same form and "my submissions" list as the Confluence page. */
export function SubmitArea({ language, onSubmitted }: { language: Language; onSubmitted: () => void }) {
  const [submitted, setSubmitted] = useState(0);
  return (
    <div data-testid="round-table-submit-area">
      <SubmitForm language={language} onSubmitted={() => (setSubmitted((n) => n + 1), onSubmitted())} />
      <MySubmissions language={language} refreshKey={submitted} />
    </div>
  );
}
