/**
 * What each Jira event changes in the programme snapshot (`changeOf`), and the trigger that delivers them: the app's
 * own changes ignored, journey tags written by others taken in.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { JOURNEY_PROPERTY_KEY } from '../../../src/domain';
import { changeOf } from '../../../src/triggers/jira-event-change';

const issue = { id: '10011', key: 'CRM-2', fields: { summary: 'Checkout' } };
const linkItem = (to: string) => ({ field: 'Link', fieldtype: 'jira', fieldId: 'issuelinks', from: null, fromString: null, to, toString: `This issue blocks ${to}` });

describe('changeOf', () => {
  it('reads a created or updated issue again, and drops a deleted one', () => {
    expect(changeOf({ eventType: 'avi:jira:created:issue', issue })).toEqual({ reread: ['10011'], deleted: [] });
    const dueDate = { field: 'duedate', fieldtype: 'jira', fieldId: 'duedate', from: '2026-11-30', to: '2026-12-15' };
    expect(changeOf({ eventType: 'avi:jira:updated:issue', issue, changelog: { id: '1', items: [dueDate] } })).toEqual({ reread: ['10011'], deleted: [] });
    expect(changeOf({ eventType: 'avi:jira:deleted:issue', issue })).toEqual({ reread: [], deleted: [{ id: '10011', key: 'CRM-2' }] });
  });

  it('reads both ends of a created or deleted link again', () => {
    const link = { id: '20001', sourceIssueId: '10022', destinationIssueId: 10011, issueLinkType: { name: 'Blocks' } };
    expect(changeOf({ eventType: 'avi:jira:created:issuelink', ...link })).toEqual({ reread: ['10022', '10011'], deleted: [] });
    expect(changeOf({ eventType: 'avi:jira:deleted:issuelink', ...link })).toEqual({ reread: ['10022', '10011'], deleted: [] });
  });

  it('leaves the issue updates that come with a link to the link event, but not an update with other changes too', () => {
    expect(changeOf({ eventType: 'avi:jira:updated:issue', issue, changelog: { id: '2', items: [linkItem('DATA-3')] } })).toBeNull();
    const mixed = [linkItem('DATA-3'), { field: 'summary', fieldtype: 'jira', from: null, to: null }];
    expect(changeOf({ eventType: 'avi:jira:updated:issue', issue, changelog: { id: '3', items: mixed } })).toEqual({ reread: ['10011'], deleted: [] });
    // No changelog at all: nothing says it was only a link, so read it.
    expect(changeOf({ eventType: 'avi:jira:updated:issue', issue })).toEqual({ reread: ['10011'], deleted: [] });
  });

  it('reads an issue again when someone else sets or deletes its journey tags, and ignores other properties', () => {
    const tags = { entityId: '10011', entityType: 'issue', propertyKey: JOURNEY_PROPERTY_KEY, atlassianId: 'ana' };
    expect(changeOf({ eventType: 'avi:jira:set:issue-property', ...tags })).toEqual({ reread: ['10011'], deleted: [] });
    expect(changeOf({ eventType: 'avi:jira:deleted:issue-property', ...tags })).toEqual({ reread: ['10011'], deleted: [] });
    expect(changeOf({ eventType: 'avi:jira:set:issue-property', entityId: 10011, propertyKey: JOURNEY_PROPERTY_KEY })).toEqual({ reread: ['10011'], deleted: [] });
    expect(changeOf({ eventType: 'avi:jira:set:issue-property', issue: { id: '10011', key: 'CRM-2' }, propertyKey: JOURNEY_PROPERTY_KEY })).toEqual({ reread: ['10011'], deleted: [] });
    expect(changeOf({ eventType: 'avi:jira:set:issue-property', ...tags, propertyKey: 'someone-elses-key' })).toBeNull();
    expect(changeOf({ eventType: 'avi:jira:set:issue-property', propertyKey: JOURNEY_PROPERTY_KEY })).toBeNull();
  });

  it('changes nothing for events it does not know or cannot read', () => {
    expect(changeOf({ eventType: 'avi:jira:commented:issue', issue })).toBeNull();
    expect(changeOf({ eventType: 'avi:jira:updated:issue', issue: { key: 'CRM-2' } })).toBeNull();
    expect(changeOf({ eventType: 'avi:jira:created:issuelink', sourceIssueId: '', destinationIssueId: '10011' })).toBeNull();
    expect(changeOf({ eventType: 'avi:jira:updated:issue', issue: { id: -1, key: 'CRM-2' } })).toBeNull();
    expect(changeOf(null)).toBeNull();
    expect(changeOf('avi:jira:updated:issue')).toBeNull();
  });
});

describe('the jira-changes trigger in manifest.yml', () => {
  type Trigger = { key: string; events: string[]; filter?: { ignoreSelf?: boolean } };
  const manifest = load(readFileSync(join(__dirname, '../../../manifest.yml'), 'utf8')) as { modules: { trigger: Trigger[] } };
  const trigger = manifest.modules.trigger.find((t) => t.key === 'jira-changes');

  it('ignores the app’s own changes, which the app takes into the snapshot itself', () => {
    expect(trigger?.filter?.ignoreSelf).toBe(true);
  });

  it('subscribes to every event changeOf turns into a change', () => {
    expect([...(trigger?.events ?? [])].sort()).toEqual(
      [
        'avi:jira:created:issue', 'avi:jira:updated:issue', 'avi:jira:deleted:issue', 'avi:jira:created:issuelink', 'avi:jira:deleted:issuelink',
        'avi:jira:set:issue-property', 'avi:jira:deleted:issue-property',
      ].sort(),
    );
  });
});
