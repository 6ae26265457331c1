import Lozenge from '@atlaskit/lozenge';
import type { DecisionView } from '../../../../../src/contract/round-table';
import type { DecisionState } from '../../../../../src/domain/round-table/decision-types';
import type { Language } from '../../i18n/messages';
import { IssueLink } from '../programme/issue-link';
import { st } from '../strategy/strategy-messages';
import { rt } from './rt-messages';

const STATE_APPEARANCE: Record<DecisionState, 'removed' | 'inprogress' | 'success' | 'default'> = { overdue: 'removed', open: 'inprogress', done: 'success', superseded: 'default' };
const STATUS_APPEARANCE = { new: 'default', indeterminate: 'inprogress', done: 'success' } as const;

export function DecisionStateLozenge({ language, state }: { language: Language; state: DecisionState }) {
  return <span data-testid="decision-state"><Lozenge appearance={STATE_APPEARANCE[state]}>{rt(language, `state.${state}`)}</Lozenge></span>;
}

/** The follow-up issue: its key as a link, summary and a status lozenge; or that it exists but is hidden from the viewer. */
export function FollowUpIssue({ language, decision, siteUrl }: { language: Language; decision: DecisionView; siteUrl: string }) {
  if (decision.followUp) {
    return (
      <span data-testid="follow-up-issue" style={{ display: 'inline-flex', gap: 6, alignItems: 'baseline', flexWrap: 'wrap' }}>
        <IssueLink siteUrl={siteUrl} issueKey={decision.followUp.key} />
        <span>{decision.followUp.summary}</span>
        <Lozenge appearance={STATUS_APPEARANCE[decision.followUp.statusCategory]}>{decision.followUp.status || st(language, `status.${decision.followUp.statusCategory}`)}</Lozenge>
      </span>
    );
  }
  return decision.followUpHidden ? <span data-testid="follow-up-hidden">{rt(language, 'followUp.hidden')}</span> : null;
}
