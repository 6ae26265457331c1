/** Stream 4: the loyalty programme (tiers, points, rewards, member communication) and the reference centre. */
import { epic, story, tags, task, type StreamContent } from '../model';
import { DEMO_ACCOUNTS } from '../users';

export const LOY: StreamContent = {
  key: 'LOY',
  projectId: '10400',
  name: 'Loyalty Programme & Reference Centre',
  isStream: true,
  leadAccountId: DEMO_ACCOUNTS.leadLoy,
  epics: [
    // LOY-1
    epic('Loyalty programme concept: tiers and benefits', '2026-02-02', '2026-05-29', [
      story('Tier model: Silver, Gold and Platinum', { tags: tags({ touchpoint: ['loyalty-programme'], category: ['loyalty'], action: ['reward-me'] }) }),
      story('Benefit catalogue per tier'),
      task('Business case and estimate of the points liability'),
      task('Competitor benchmark of loyalty programmes'),
      task('Board approval of the loyalty concept'),
    ], { tags: tags({ touchpoint: ['loyalty-programme'], category: ['loyalty'] }) }),
    // LOY-2
    epic('Loyalty Management set-up: tiers, points and rules', '2026-10-01', '2027-03-31', [
      task('Loyalty Management licence and programme set-up'),
      story('Points accrual rules for bookings', { tags: tags({ touchpoint: ['booking', 'loyalty-programme'], lifecycle: ['buy'], category: ['loyalty'], action: ['reward-me'] }) }),
      story('Tier qualification and downgrade rules'),
      story('Import the existing member base', { ref: 'loy-member-import', status: 'Blocked' }),
      task('Accounting of the points liability with finance'),
      story('Member self-service: points balance and history'),
    ], { tags: tags({ touchpoint: ['loyalty-programme'], lifecycle: ['usage'], category: ['loyalty'], channel: ['loyalty-programme'] }), labels: ['loyalty-management'] }),
    // LOY-3
    epic('Reference centre: customer references and case studies', '2026-06-01', '2026-12-18', [
      story('Reference customer database'),
      story('Invitation process for reference customers', {
        tags: tags({ touchpoint: ['loyalty-programme', 'retention'], lifecycle: ['usage'], category: ['loyalty'], action: ['ask-feedback'], channel: ['email'], useCase: ['UC-024'] }),
      }),
      task('Consent form for the use of customer testimonials'),
      story('Case study template and the first five case studies'),
      task('Reference request workflow for sales', { undated: true, status: 'To Do' }),
    ], { tags: tags({ touchpoint: ['retention'], category: ['loyalty'], useCase: ['UC-024'] }), labels: ['reference-centre'] }),
    // LOY-4
    epic('Member communication and tier-change journeys', '2027-03-15', '2027-07-30', [
      story('Welcome to the loyalty programme journey', {
        tags: tags({ touchpoint: ['loyalty-programme'], lifecycle: ['set-up'], category: ['loyalty'], action: ['reward-me'], channel: ['email', 'app-website'], useCase: ['UC-011'] }),
      }),
      story('Tier upgrade notification', {
        tags: tags({ touchpoint: ['loyalty-programme'], lifecycle: ['usage'], category: ['loyalty'], action: ['reward-me'], channel: ['email', 'push'], useCase: ['UC-012'] }),
      }),
      story('Points expiry reminder', {
        tags: tags({ touchpoint: ['loyalty-programme', 'retention'], lifecycle: ['usage'], category: ['loyalty'], action: ['reactivate-me'], channel: ['email', 'push'], useCase: ['UC-013'] }),
      }),
      story('Monthly member statement e-mail'),
      task('Tier downgrade warning with a retention offer'),
    ], {
      tags: tags({ touchpoint: ['loyalty-programme'], lifecycle: ['set-up', 'usage'], category: ['loyalty'], action: ['reward-me'], channel: ['email', 'push'], useCase: ['UC-011', 'UC-012', 'UC-013'] }),
    }),
    // LOY-5
    epic('Partner rewards and redemption catalogue', '2027-05-03', '2027-10-29', [
      story('Reward catalogue with partner offers'),
      task('Partner contracts and settlement process'),
      story('Redeem points in the booking funnel', { tags: tags({ touchpoint: ['booking', 'loyalty-programme'], lifecycle: ['buy'], category: ['loyalty'], channel: ['commerce'] }) }),
      task('Fraud rules for point redemption'),
      story('Birthday reward for members', { tags: tags({ touchpoint: ['retention'], lifecycle: ['usage'], action: ['reward-me'], useCase: ['UC-010'] }) }),
    ], { tags: tags({ touchpoint: ['loyalty-programme'], lifecycle: ['usage'], category: ['loyalty'], action: ['reward-me'], useCase: ['UC-010'] }) }),
    // LOY-6
    epic('Member area in the app and digital loyalty card', '2027-04-01', '2027-09-30', [
      story('Digital member card in the phone wallet'),
      story('Member area: tier progress and benefits'),
      task('Push notification for points earned'),
      task('Usability test with members'),
    ], { tags: tags({ touchpoint: ['app', 'loyalty-programme'], channel: ['app-website', 'push'] }) }),
    // LOY-7
    epic('Loyalty launch and member migration', '2027-09-01', '2027-12-17', [
      task('Launch communication plan'),
      story('Migrate members of the old bonus scheme'),
      task('Train service agents on loyalty questions'),
      task('Launch event for top customers'),
      story('Launch campaign for non-members', { tags: tags({ touchpoint: ['acquisition', 'loyalty-programme'], lifecycle: ['perceive'], category: ['marketing-opportunity'], channel: ['email', 'advertising'] }) }),
    ]),
  ],
};
