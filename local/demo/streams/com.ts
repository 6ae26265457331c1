/**
 * Stream 3: orchestration of advertising, customer case management, customer communication and disruption
 * management (SMS, e-mail, push), campaign management.
 */
import { epic, story, tags, task, type StreamContent } from '../model';
import { DEMO_ACCOUNTS } from '../users';

export const COM: StreamContent = {
  key: 'COM',
  projectId: '10300',
  name: 'Customer Communication & Campaign Orchestration',
  isStream: true,
  leadAccountId: DEMO_ACCOUNTS.leadCom,
  epics: [
    // COM-1
    epic('Customer communication strategy and contact policy', '2026-01-12', '2026-03-27', [
      story('Contact policy: frequency caps per channel'),
      story('Channel strategy for SMS, e-mail, push and WhatsApp', { tags: tags({ channel: ['sms', 'email', 'push', 'whatsapp'] }) }),
      task('Workshop series with marketing, sales and service'),
      task('Tone-of-voice guide for service messages'),
      task('Sign-off by the steering committee'),
    ], { tags: tags({ channel: ['sms', 'email', 'push', 'whatsapp'] }) }),
    // COM-2
    epic('Disruption notifications via SMS, e-mail and push', '2026-09-01', '2027-03-31', [
      story('SMS gateway integration for disruption alerts', { ref: 'com-sms-gateway', status: 'Blocked' }),
      story('Disruption alert journey triggered by the incident system', {
        tags: tags({ touchpoint: ['offer-usage', 'customer-service'], lifecycle: ['usage'], category: ['disruptions'], action: ['reassure-me'], channel: ['sms', 'push', 'email'], useCase: ['UC-007'] }),
      }),
      story('"Disruption resolved" message with compensation link', {
        tags: tags({ touchpoint: ['customer-service'], lifecycle: ['support'], category: ['disruptions'], action: ['reassure-me'], channel: ['email', 'sms'], useCase: ['UC-008'] }),
      }),
      task('Message templates for the ten most frequent disruption types'),
      task('Load test: 200,000 alerts within 15 minutes'),
      story('Opt-out handling for service messages', { tags: tags({ touchpoint: ['preference-centre'], category: ['disruptions', 'legal'], channel: ['sms', 'push'], useCase: ['UC-009'] }) }),
    ], {
      tags: tags({ touchpoint: ['offer-usage', 'customer-service'], lifecycle: ['usage', 'support'], category: ['disruptions'], action: ['reassure-me'], channel: ['sms', 'email', 'push'], useCase: ['UC-007', 'UC-008'] }),
      labels: ['disruption-management'],
    }),
    // COM-3
    epic('Campaign management process and calendar', '2026-04-06', '2026-08-28', [
      story('Campaign brief template and approval workflow'),
      story('Central campaign calendar across channels'),
      task('Roles in campaign management (RACI)'),
      story('First campaigns: summer offer to existing customers', { tags: tags({ lifecycle: ['extend'], category: ['sales-revenue'], action: ['inspire-me'], channel: ['email'] }) }),
      task('Post-campaign review format'),
    ], { tags: tags({ category: ['marketing-opportunity'] }) }),
    // COM-4
    epic('Customer case management in Service Cloud', '2027-01-04', '2027-06-30', [
      story('Case types and routing rules'),
      story('Case status updates to the customer', {
        tags: tags({ touchpoint: ['customer-service'], lifecycle: ['support'], category: ['transactional'], action: ['inform-me'], channel: ['email', 'sms', 'whatsapp'], useCase: ['UC-021'] }),
      }),
      story('Chat with hand-over to a service agent', { tags: tags({ touchpoint: ['customer-service', 'app'], lifecycle: ['support'], channel: ['chat', 'whatsapp'], useCase: ['UC-025'] }) }),
      task('Service console layout for the 360° customer view'),
      task('Migrate the knowledge base'),
      story('Transactional NPS survey after case closure', { tags: tags({ touchpoint: ['customer-service'], lifecycle: ['support'], action: ['ask-feedback'], useCase: ['UC-017'] }) }),
    ], { tags: tags({ touchpoint: ['customer-service'], lifecycle: ['support'], channel: ['customer-service', 'chat'], useCase: ['UC-021', 'UC-025'] }) }),
    // COM-5: not yet planned
    epic('Advertising orchestration: paid media audiences', null, null, [
      story('Look-alike audiences from high-value customers', {
        tags: tags({ touchpoint: ['acquisition'], lifecycle: ['perceive'], category: ['marketing-opportunity'], action: ['inspire-me'], channel: ['advertising'], useCase: ['UC-022'] }),
      }),
      task('Connect the advertising platforms to Marketing Cloud'),
      task('Suppress existing customers from acquisition campaigns'),
      story('Budget rules across advertising channels'),
    ], { status: 'Backlog' }),
    // COM-6: overdue
    epic('Push and in-app messaging set-up', '2026-08-03', '2026-11-13', [
      task('Mobile SDK integration in the customer app'),
      task('Push certificates and app registration'),
      story('Push opt-in prompt in the app', { tags: tags({ touchpoint: ['app'], lifecycle: ['set-up'], channel: ['push'], useCase: ['UC-006'] }) }),
      story('In-app message templates', { tags: tags({ touchpoint: ['app'], action: ['inform-me'], channel: ['push', 'app-website'] }) }),
      task('Push analytics in the campaign reports', { status: 'In Progress' }),
    ], { status: 'In Progress', tags: tags({ touchpoint: ['app'], channel: ['push'] }) }),
    // COM-7
    epic('Always-on cross-channel campaigns', '2027-06-07', '2027-08-27', [
      story('Always-on cross-sell campaign after booking', { tags: tags({ lifecycle: ['extend'], category: ['sales-revenue'], action: ['inspire-me'], useCase: ['UC-014'] }) }),
      story('Up-sell campaign before contract renewal', { tags: tags({ touchpoint: ['retention'], lifecycle: ['extend'], category: ['sales-revenue'], useCase: ['UC-015'] }) }),
      story('Birthday and customer anniversary campaign'),
      task('Channel selection rules based on preferences'),
      task('Campaign performance review with marketing intelligence'),
    ], { tags: tags({ lifecycle: ['extend'], category: ['sales-revenue'], action: ['inspire-me'], channel: ['email', 'push', 'app-website'], useCase: ['UC-014', 'UC-015'] }) }),
  ],
};
