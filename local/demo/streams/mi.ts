/** Stream 5: marketing intelligence: KPIs and measuring points, dashboards, NPS, personas, attribution, models. */
import { epic, story, tags, task, type StreamContent } from '../model';
import { DEMO_ACCOUNTS } from '../users';

export const MI: StreamContent = {
  key: 'MI',
  projectId: '10500',
  name: 'Marketing Intelligence',
  isStream: true,
  leadAccountId: DEMO_ACCOUNTS.leadMi,
  epics: [
    // MI-1
    epic('KPI framework and measuring points along the journey', '2026-02-02', '2026-05-29', [
      story('KPI tree from the 360° strategy down to channel KPIs'),
      story('Measuring points per lifecycle stage', { tags: tags({ lifecycle: ['perceive', 'explore', 'buy', 'set-up', 'extend', 'usage', 'support', 'leave'] }) }),
      task('Align KPI definitions with finance'),
      task('Baseline measurement for 2025'),
      story('One whole-journey figure: NPS as the shared team goal'),
    ]),
    // MI-2
    epic('Marketing dashboards', '2026-11-02', '2027-04-30', [
      story('Customer base dashboard: active, new and lost customers', { ref: 'mi-customer-dashboard' }),
      story('E-mail performance dashboard', { tags: tags({ channel: ['email'] }) }),
      story('Campaign dashboard for the 360 round table'),
      task('Connect Marketing Cloud data to CRM Analytics'),
      task('Dashboard permissions per role'),
      story('Executive dashboard for the steering committee'),
    ], { labels: ['dashboards'] }),
    // MI-3
    epic('NPS measurement along the journey', '2026-09-01', '2027-02-26', [
      story('Relationship NPS survey twice a year', {
        tags: tags({ touchpoint: ['retention'], lifecycle: ['usage'], category: ['advanced-cj'], action: ['ask-feedback'], channel: ['email'], useCase: ['UC-018'] }),
      }),
      story('Transactional NPS after booking and service contact', {
        tags: tags({ touchpoint: ['booking', 'customer-service'], lifecycle: ['buy', 'support'], action: ['ask-feedback'], channel: ['email', 'sms'], useCase: ['UC-017'] }),
      }),
      task('Integrate the survey tool with Marketing Cloud', { subtasks: ['Survey response data extension', 'Survey link personalisation'] }),
      task('Closed-loop process for detractors'),
      story('NPS results in the customer profile'),
    ], { tags: tags({ category: ['advanced-cj'], action: ['ask-feedback'], useCase: ['UC-017', 'UC-018'] }), labels: ['nps'] }),
    // MI-4
    epic('Persona segmentation and profile enrichment', '2026-12-01', '2027-04-30', [
      story('Persona definitions from research and data'),
      story('Segmentation model for the first persona'),
      task('Profile enrichment with interests and preferences'),
      task('Segment sizes and overlap analysis'),
      story('Roll out the personas to the remaining segments'),
    ], { tags: tags({ lifecycle: ['perceive', 'explore'], category: ['marketing-opportunity'] }) }),
    // MI-5
    epic('Campaign attribution and reporting', '2027-09-06', '2027-11-30', [
      story('Tracking standard: UTM parameters and campaign ids'),
      story('Multi-touch attribution model'),
      task('Campaign ROI report'),
      task('Control groups for always-on campaigns'),
      story('Attribution scores for journey decisions (reactivation)'),
    ], { tags: tags({ category: ['marketing-opportunity', 'sales-revenue'] }) }),
    // MI-6
    epic('Churn and next-best-offer models for cross- and up-selling', '2027-07-01', '2027-12-17', [
      story('Churn prediction model', { tags: tags({ touchpoint: ['retention'], lifecycle: ['leave'], action: ['reactivate-me'], useCase: ['UC-019'] }) }),
      story('Next-best-offer model for cross-selling', { tags: tags({ lifecycle: ['extend'], category: ['sales-revenue'], useCase: ['UC-014', 'UC-015'] }) }),
      task('Feature set from the unified profile'),
      task('Model monitoring and retraining'),
      story('Scores in Marketing Cloud and Service Cloud'),
    ], { tags: tags({ lifecycle: ['extend', 'leave'], category: ['sales-revenue'], useCase: ['UC-014', 'UC-015', 'UC-019'] }) }),
    // MI-7
    epic('Target journey vs. lived journey analysis', '2027-06-14', '2027-12-10', [
      story('Journey analytics: target journey vs. lived journey'),
      story('Drop-off analysis per lifecycle stage'),
      task('Quarterly journey report for the round table'),
      task('Customer interviews on the lived journey', { undated: true, status: 'Backlog' }),
    ]),
  ],
};
