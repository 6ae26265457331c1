/**
 * The people of the demo site: the four roles the app is tried with (admin, programme manager, a team
 * member with limited rights, a sponsor) and the stream leads who own the work. Account ids are fixed.
 */
import type { SiteUser } from '../site/schema';

export const DEMO_ACCOUNTS = {
  /** Jira/Confluence site admin: browses and edits everything. */
  admin: '712020:0a4c7e52-3d1b-4f8e-9c61-2b7d5e8f1a01',
  /** Programme manager (German UI): browses and edits all projects, not a site admin. */
  programmeManager: '712020:1b5d8f63-4e2c-4a9f-8d72-3c8e6f9a2b02',
  /** E-mail & marketing-automation team member: cannot browse MI, edits only EMA. */
  teamMember: '712020:2c6e9a74-5f3d-4bae-9e83-4d9f7a0b3c03',
  /** Programme sponsor (steering committee): browses all, edits nothing. */
  sponsor: '712020:3d7fab85-6a4e-4cbf-af94-5eab8b1c4d04',
  leadEma: '712020:4e8abc96-7b5f-4dc0-b0a5-6fbc9c2d5e05',
  leadData: '712020:5f9bcda7-8c6a-4ed1-81b6-7acdad3e6f06',
  leadCom: '712020:6aacdeb8-9d7b-4fe2-92c7-8bdebe4f7a07',
  leadLoy: '712020:7bbdefc9-ae8c-4af3-a3d8-9cefcf5a8b08',
  leadMi: '712020:8ccef0da-bf9d-4b04-b4e9-adf0da6b9c09',
  leadPrt: '712020:9ddf01eb-c0ae-4c15-85fa-be01eb7cad10',
  leadOps: '712020:aee012fc-d1bf-4d26-96ab-cf12fc8dbe11',
} as const;

/** The demo's Jira groups: the programme office, whose members are programme managers (demo app data). */
export const DEMO_GROUPS = {
  programmeOffice: { groupId: '5a1f3c2e-8b7d-4e6a-9c0b-1d2e3f4a5b6c', name: 'programme-office' },
  marketing: { groupId: '9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', name: 'marketing' },
} as const;

export const demoGroups = () => Object.values(DEMO_GROUPS).map((group) => ({ ...group }));

const person = (accountId: string, displayName: string, emailAddress: string, rest: Partial<SiteUser> = {}): SiteUser => ({
  accountId,
  displayName,
  emailAddress,
  locale: 'en-US',
  timeZone: 'Europe/Berlin',
  siteAdmin: false,
  browseProjects: 'all',
  editProjects: 'all',
  groups: [],
  ...rest,
});

const lead = (accountId: string, displayName: string, emailAddress: string, project: string, locale: SiteUser['locale']): SiteUser =>
  person(accountId, displayName, emailAddress, { locale, editProjects: [project] });

export function demoUsers(): SiteUser[] {
  return [
    person(DEMO_ACCOUNTS.admin, 'Emily Carter', 'emily.carter@example.com', { siteAdmin: true, timeZone: 'Europe/London' }),
    person(DEMO_ACCOUNTS.programmeManager, 'Katrin Hoffmann', 'katrin.hoffmann@example.com', { locale: 'de-DE' }),
    person(DEMO_ACCOUNTS.teamMember, 'Lena Schulz', 'lena.schulz@example.com', {
      browseProjects: ['EMA', 'DATA', 'COM', 'LOY', 'PRT', 'OPS'],
      editProjects: ['EMA'],
    }),
    person(DEMO_ACCOUNTS.sponsor, 'Dr. Michael Richter', 'michael.richter@example.com', { locale: 'de-DE', editProjects: [] }),
    { ...lead(DEMO_ACCOUNTS.leadEma, 'Tobias Lang', 'tobias.lang@example.com', 'EMA', 'de-DE'), groups: [DEMO_GROUPS.marketing.name] },
    { ...lead(DEMO_ACCOUNTS.leadData, 'Aylin Demir', 'aylin.demir@example.com', 'DATA', 'de-DE'), groups: [DEMO_GROUPS.programmeOffice.name] },
    lead(DEMO_ACCOUNTS.leadCom, 'Felix Wagner', 'felix.wagner@example.com', 'COM', 'de-DE'),
    lead(DEMO_ACCOUNTS.leadLoy, 'Sophie Keller', 'sophie.keller@example.com', 'LOY', 'en-US'),
    lead(DEMO_ACCOUNTS.leadMi, 'Marco Rossi', 'marco.rossi@example.com', 'MI', 'en-US'),
    lead(DEMO_ACCOUNTS.leadPrt, 'Julia Neumann', 'julia.neumann@example.com', 'PRT', 'de-DE'),
    lead(DEMO_ACCOUNTS.leadOps, 'Stefan Krüger', 'stefan.krueger@example.com', 'OPS', 'de-DE'),
  ];
}
