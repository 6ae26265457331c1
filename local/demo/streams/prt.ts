/**
 * Stream 6: the new 360 processes, the task force and round table, new roles and job descriptions, training
 * concept and end-user training, Marketing Cloud know-how and new skills, cross- and up-selling.
 */
import { epic, story, tags, task, type StreamContent } from '../model';
import { DEMO_ACCOUNTS } from '../users';

export const PRT: StreamContent = {
  key: 'PRT',
  projectId: '10600',
  name: '360 Processes, Roles & Training',
  isStream: true,
  leadAccountId: DEMO_ACCOUNTS.leadPrt,
  epics: [
    // PRT-1
    epic('360 task force and monthly round table', '2026-01-12', '2026-03-31', [
      story('Charter and members of the 360 task force'),
      story('Round-table agenda with the eight standing topics'),
      task('Submission channel for ideas and concerns from the whole company'),
      task('Decision log with owner and follow-up'),
      task('Prepare and hold the first round table'),
    ], { labels: ['round-table'] }),
    // PRT-2
    epic('New 360 processes', '2026-03-02', '2026-09-30', [
      story('Process map from lead to customer to advocate', { tags: tags({ lifecycle: ['perceive', 'buy', 'usage'] }) }),
      story('Hand-over process between marketing, sales and service'),
      story('Campaign request process'),
      task('Name the process owners'),
      task('Update the quality-management handbook'),
    ]),
    // PRT-3
    epic('New job descriptions and roles', '2026-05-04', '2026-12-18', [
      story('Role profiles: marketing automation manager, CRM data steward, journey owner'),
      task('Review the job descriptions with HR and the works council', { status: 'In Review' }),
      story('Roles and rights in Marketing Cloud per job profile', { tags: tags({ category: ['it'] }) }),
      task('Staffing plan for the new roles'),
      task('Internal job postings'),
    ]),
    // PRT-4
    epic('Training concept', '2026-09-01', '2026-12-18', [
      story('Training needs analysis per role'),
      story('Learning paths: Marketing Cloud, Service Cloud and data literacy'),
      task('Train-the-trainer concept'),
      task('Set up the learning platform'),
      task('Budget and schedule of the trainings'),
    ], { labels: ['training'] }),
    // PRT-5
    epic('End-user training for Marketing Cloud and Service Cloud', '2027-04-12', '2027-09-30', [
      story('E-learning modules for Service Cloud agents'),
      story('Classroom training: Journey Builder for marketers'),
      task('Training sandbox with anonymised data'),
      story('Quick reference cards in German and English'),
      task('Track training attendance'),
      task('Floor-walkers during go-live'),
    ], { labels: ['training'] }),
    // PRT-6
    epic('Marketing Cloud know-how and new skills', '2026-10-01', '2027-05-28', [
      task('Certification plan: Marketing Cloud Email Specialist and Administrator'),
      story('Community of practice for marketing automation'),
      task('Partner coaching: build the first journeys in pairs'),
      story('Skills matrix for the marketing team'),
      task('Knowledge transfer from the implementation partner'),
    ]),
    // PRT-7
    epic('Cross- and up-selling playbook for sales and service', '2027-09-01', '2027-12-17', [
      story('Cross-selling playbook for service agents', { tags: tags({ touchpoint: ['customer-service'], lifecycle: ['extend'], category: ['sales-revenue'], channel: ['customer-service'], useCase: ['UC-014'] }) }),
      story('Up-sell conversation guide for contract renewals', { tags: tags({ touchpoint: ['retention'], lifecycle: ['extend'], category: ['sales-revenue'], useCase: ['UC-015'] }) }),
      task('Incentive scheme for cross-selling'),
      task('Next-best-offer prompts in the service console'),
      task('Pilot with two service teams'),
    ], { tags: tags({ lifecycle: ['extend'], category: ['sales-revenue'], action: ['inspire-me'], useCase: ['UC-014', 'UC-015'] }) }),
  ],
};
