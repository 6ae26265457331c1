/** IT operations: a neighbouring Jira project that is NOT a programme stream; one of its tickets blocks a stream. */
import { task, type StreamContent } from '../model';
import { DEMO_ACCOUNTS } from '../users';

export const OPS: StreamContent = {
  key: 'OPS',
  projectId: '10900',
  name: 'IT Operations',
  isStream: false,
  leadAccountId: DEMO_ACCOUNTS.leadOps,
  epics: [],
  looseIssues: [
    // OPS-1
    task('Single sign-on for Marketing Cloud and Service Cloud via Entra ID', { start: '2026-10-01', due: '2027-01-15', status: 'In Progress' }),
    // OPS-2
    task('Firewall allow-list for Marketing Cloud IP ranges', { start: '2026-02-02', due: '2026-02-27' }),
    // OPS-3
    task('SFTP account for the nightly data imports', { start: '2026-03-02', due: '2026-03-20' }),
    // OPS-4
    task('Renew TLS certificates of the customer portal', { start: '2027-02-01', due: '2027-02-12' }),
  ],
};
