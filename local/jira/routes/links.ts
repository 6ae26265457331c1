/**
 * J10–J13 issue links and link types. Direction per rest doc §5.2: `POST {inwardIssue: A, outwardIssue: B}`
 * with type Blocks means "A blocks B", stored as the site link {outwardKey: A, inwardKey: B};
 * `GET /issueLink/{id}` answers `{inwardIssue: A, outwardIssue: B}` exactly as posted. Creating or deleting a link
 * raises the link event and an issue-updated event for each end (local/jira/events.ts).
 */
import type { Hono } from 'hono';
import { z } from 'zod';
import type { SiteLink } from '../../site/schema';
import { canBrowse, findIssue, hasProjectPermission, visibleIssue } from '../access';
import { type JiraContext, nextNumericId } from '../context';
import { JiraError, badRequest, issueNotFound, notFound } from '../errors';
import { type JiraEnv, type JiraHonoContext, actorOf, jsonResponse, readJsonBody, siteBase } from '../http';
import { issueLinkEvent, linkUpdatedEvents } from '../issue-events';
import { linkTypeJson, reducedIssueJson } from '../shapes';

const MAX_LINKS_PER_ISSUE = 2000;

const IssueRef = z.object({ id: z.string().optional(), key: z.string().optional() });
const CreateLinkBody = z.object({
  type: z.object({ id: z.string().optional(), name: z.string().optional() }),
  inwardIssue: IssueRef,
  outwardIssue: IssueRef,
  comment: z.unknown().optional(),
});

/** A link changes both issues in Jira: each gets a changelog entry, so its `updated` moves. */
function touchEnds(ctx: JiraContext, link: SiteLink): void {
  const now = ctx.now().toISOString();
  for (const key of [link.outwardKey, link.inwardKey]) {
    const issue = findIssue(ctx.site, key);
    if (issue) issue.updated = now;
  }
}

export function registerLinkRoutes(app: Hono<JiraEnv>, ctx: JiraContext): void {
  const linkById = (c: JiraHonoContext): SiteLink => {
    const id = c.req.param('linkId') ?? '';
    if (!/^[0-9]+$/.test(id)) throw badRequest(`The issue link ID '${id}' is not valid.`);
    const link = ctx.site.links.find((candidate) => candidate.id === id);
    const ends = link ? [findIssue(ctx.site, link.outwardKey), findIssue(ctx.site, link.inwardKey)] : [];
    if (!link || ends.some((issue) => !issue || !canBrowse(ctx.site, actorOf(c), issue.projectKey))) throw notFound(`No issue link with id '${id}' exists.`);
    return link;
  };

  app.post('/rest/api/3/issueLink', async (c) => {
    const body = await readJsonBody(c, CreateLinkBody);
    const actor = actorOf(c);
    const type = ctx.site.linkTypes.find((t) => (body.type.id !== undefined ? t.id === body.type.id : t.name === body.type.name));
    if (!type) throw notFound(`No issue link type with name '${body.type.name ?? body.type.id ?? ''}' found.`);
    const subject = visibleIssue(ctx.site, actor, body.inwardIssue.id ?? body.inwardIssue.key ?? '');
    const object = visibleIssue(ctx.site, actor, body.outwardIssue.id ?? body.outwardIssue.key ?? '');
    // Link issues is checked on the project of the POST's outward issue
    if (!hasProjectPermission(ctx.site, actor, object.projectKey, 'LINK_ISSUES')) throw issueNotFound();
    const existing = ctx.site.links.find((l) => l.type === type.name && l.outwardKey === subject.key && l.inwardKey === object.key);
    if (existing) return new Response(null, { status: 201 });
    for (const issue of [subject, object]) {
      if (ctx.site.links.filter((l) => l.outwardKey === issue.key || l.inwardKey === issue.key).length >= MAX_LINKS_PER_ISSUE) {
        throw new JiraError(413, [`Issue ${issue.key} has reached the limit of ${MAX_LINKS_PER_ISSUE} issue links.`]);
      }
    }
    const link: SiteLink = { id: nextNumericId(ctx.site.links.map((l) => l.id)), type: type.name, outwardKey: subject.key, inwardKey: object.key };
    ctx.site.links.push(link);
    touchEnds(ctx, link);
    ctx.emit(issueLinkEvent(ctx.site, link, actor, 'avi:jira:created:issuelink'));
    for (const event of linkUpdatedEvents(siteBase(c), ctx.site, link, actor, 'created')) ctx.emit(event);
    return new Response(null, { status: 201 });
  });

  app.get('/rest/api/3/issueLink/:linkId', (c) => {
    const link = linkById(c);
    const base = siteBase(c);
    const type = ctx.site.linkTypes.find((t) => t.name === link.type);
    const [subject, object] = [findIssue(ctx.site, link.outwardKey), findIssue(ctx.site, link.inwardKey)];
    if (!type || !subject || !object) throw notFound(`No issue link with id '${link.id}' exists.`);
    return jsonResponse({
      id: link.id,
      self: `${base}/rest/api/3/issueLink/${link.id}`,
      type: linkTypeJson(base, type),
      inwardIssue: reducedIssueJson(base, ctx.site, subject),
      outwardIssue: reducedIssueJson(base, ctx.site, object),
    });
  });

  app.delete('/rest/api/3/issueLink/:linkId', (c) => {
    const link = linkById(c);
    const actor = actorOf(c);
    const ends = [findIssue(ctx.site, link.outwardKey), findIssue(ctx.site, link.inwardKey)];
    if (!ends.some((issue) => issue && hasProjectPermission(ctx.site, actor, issue.projectKey, 'LINK_ISSUES'))) {
      throw notFound(`No issue link with id '${link.id}' exists.`);
    }
    touchEnds(ctx, link);
    // Built while the link still exists: the events name its ends and type.
    const events = [issueLinkEvent(ctx.site, link, actor, 'avi:jira:deleted:issuelink'), ...linkUpdatedEvents(siteBase(c), ctx.site, link, actor, 'deleted')];
    ctx.site.links.splice(ctx.site.links.indexOf(link), 1);
    for (const event of events) ctx.emit(event);
    return new Response(null, { status: 204 });
  });

  app.get('/rest/api/3/issueLinkType', (c) => jsonResponse({ issueLinkTypes: ctx.site.linkTypes.map((type) => linkTypeJson(siteBase(c), type)) }));

  app.get('/rest/api/3/issueLinkType/:issueLinkTypeId', (c) => {
    const type = ctx.site.linkTypes.find((t) => t.id === c.req.param('issueLinkTypeId'));
    if (!type) throw notFound(`No issue link type with id '${c.req.param('issueLinkTypeId')}' exists.`);
    return jsonResponse(linkTypeJson(siteBase(c), type));
  });
}
