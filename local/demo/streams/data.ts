/**
 * Stream 2: the new data architecture: data model, the unplanned harmonisation pre-project that delays the
 * streams behind it, clean-up and migration, consent data, unified profile, governance.
 */
import { epic, story, tags, task, type StreamContent } from '../model';
import { DEMO_ACCOUNTS } from '../users';

export const DATA: StreamContent = {
  key: 'DATA',
  projectId: '10200',
  name: 'Data Architecture & Customer Data Harmonisation',
  isStream: true,
  leadAccountId: DEMO_ACCOUNTS.leadData,
  epics: [
    // DATA-1
    epic('Target data model for Customer 360', '2026-01-12', '2026-04-30', [
      story('Inventory of customer data sources (booking, loyalty, service, web)'),
      story('Canonical customer data model: person, account, contract, consent', { tags: tags({ category: ['it'] }) }),
      task('Field mapping workbook per source system'),
      story('Golden record and survivorship rules'),
      task('Architecture board sign-off of the target data model'),
      task('Document data lineage for customer attributes', { undated: true, status: 'Backlog' }),
    ], { tags: tags({ category: ['it'] }), labels: ['data-model'] }),
    // DATA-2
    epic('Data harmonisation pre-project (unplanned)', '2026-04-01', '2026-12-18', [
      story('Harmonise customer ids across booking, loyalty and service systems', { ref: 'data-harmonise-ids', status: 'In Progress' }),
      story('Harmonise contact data: mobile numbers and e-mail addresses', {
        ref: 'data-harmonise-contacts',
        status: 'Blocked',
        tags: tags({ category: ['it', 'disruptions'], channel: ['sms', 'email'], useCase: ['UC-007'] }),
      }),
      story('Unify address formats and country codes'),
      task('Reconcile product and tariff codes between billing and CRM'),
      story('Harmonised customer segment reference table'),
      task('Impact analysis: which streams wait on harmonised data', { start: '2026-04-01', due: '2026-04-30' }),
      task('Decision paper for the steering committee: scope and budget of the pre-project', { start: '2026-04-06', due: '2026-05-15' }),
    ], { tags: tags({ category: ['it'] }), labels: ['harmonisation'] }),
    // DATA-3
    epic('Customer data clean-up', '2026-06-01', '2027-01-29', [
      story('Duplicate detection and merge rules', { ref: 'data-dedupe' }),
      task('Address validation against postal reference data'),
      story('Mark inactive customers and hard bounces', { ref: 'data-inactive', tags: tags({ touchpoint: ['retention'], lifecycle: ['leave'], category: ['it'], useCase: ['UC-019'] }) }),
      task('Clean up invalid and role-based e-mail addresses'),
      task('Data quality report per source system'),
      story('Manual clean-up queue for the service team'),
    ], { labels: ['data-quality'] }),
    // DATA-4
    epic('Data migration to Salesforce Customer 360', '2026-11-02', '2027-03-31', [
      task('Migration tooling and load sequence'),
      story('Migrate accounts and contacts', { subtasks: ['Trial load into the full sandbox', 'Reconciliation report after the trial load'] }),
      story('Migrate consent and opt-in history', { tags: tags({ touchpoint: ['preference-centre'], category: ['legal', 'it'] }) }),
      story('Migrate open service cases'),
      task('Cut-over plan and rollback procedure'),
      task('Production load and hypercare'),
    ], { tags: tags({ category: ['it'] }), labels: ['migration'] }),
    // DATA-5
    epic('Consent and preference data model', '2026-03-02', '2026-07-31', [
      story('Consent object per channel and purpose', { tags: tags({ touchpoint: ['preference-centre'], category: ['legal'], channel: ['email', 'sms', 'push', 'whatsapp'] }) }),
      task('Legal requirements for consent evidence (GDPR, UWG)'),
      story('Catalogue of preference topics'),
      task('API contract for consent updates'),
    ], { tags: tags({ touchpoint: ['preference-centre'], category: ['legal'], useCase: ['UC-009'] }) }),
    // DATA-6
    epic('Unified customer profile and identity resolution', '2027-01-11', '2027-06-30', [
      story('Identity resolution rules: match on e-mail, phone and loyalty id'),
      story('Unified profile in Data Cloud'),
      story('Calculated insights: customer lifetime value and engagement score', { tags: tags({ category: ['sales-revenue'], lifecycle: ['extend'] }) }),
      task('Data streams from web and app behaviour'),
      task('Activate segments to Marketing Cloud'),
    ], { tags: tags({ category: ['it'], lifecycle: ['extend'] }), labels: ['data-cloud'] }),
    // DATA-7
    epic('Data governance and data quality monitoring', '2027-04-01', '2027-10-29', [
      story('Data ownership per attribute: name the data stewards'),
      story('Data quality dashboard with thresholds'),
      task('Retention and deletion concept for customer data'),
      task('Data catalogue entries for the CRM objects'),
      story('Alerting on failed data imports'),
    ], { tags: tags({ category: ['it', 'legal'] }) }),
  ],
};
