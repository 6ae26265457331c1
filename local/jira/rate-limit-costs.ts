/**
 * What one answered request costs in Jira's hourly points quota: a base point, plus points for each object a read
 * returns (1 for core objects such as issues, projects, fields, tasks; 2 for identity and access objects such as
 * users and permissions); a write costs the base point only. Source: "How points work",
 * https://developer.atlassian.com/cloud/jira/platform/rate-limiting/ (page of 12 Aug 2026).
 * POSTs that only read (a search, a bulk fetch, a permission check) are reads here: they return objects.
 */
import { z } from 'zod';

/** Counts the entries of the answer's list `name` (none when the answer has another shape). */
function lengthOf(name: string): (body: unknown) => number {
  const schema = z.object({ [name]: z.array(z.unknown()) });
  return (body) => {
    const parsed = schema.safeParse(body);
    return parsed.success ? (parsed.data[name] as unknown[]).length : 0;
  };
}
const one = () => 1;
const issues = lengthOf('issues');
const values = lengthOf('values');
const PermissionsSchema = z.object({ permissions: z.record(z.string(), z.unknown()) });
const CheckSchema = z.object({ globalPermissions: z.array(z.unknown()).default([]), projectPermissions: z.array(z.unknown()).default([]) });
const PickerSchema = z.object({ sections: z.array(z.object({ issues: z.array(z.unknown()) })) });
const MatchSchema = z.object({ matches: z.array(z.object({ matchedIssues: z.array(z.unknown()) })) });

interface ObjectCost {
  /** how many objects the answer carries */
  objects(body: unknown): number;
  /** points per object: 1 core, 2 identity and access */
  each: 1 | 2;
}

/** Reads by route pattern (the instruments' `{param}` form). A route not listed costs its base point only. */
const READS: Record<string, ObjectCost> = {
  'GET /rest/api/3/search/jql': { objects: issues, each: 1 },
  'POST /rest/api/3/search/jql': { objects: issues, each: 1 },
  'POST /rest/api/3/issue/bulkfetch': { objects: issues, each: 1 },
  'GET /rest/api/3/issue/picker': {
    objects: (body) => {
      const parsed = PickerSchema.safeParse(body);
      return parsed.success ? parsed.data.sections.reduce((sum, section) => sum + section.issues.length, 0) : 0;
    },
    each: 1,
  },
  'GET /rest/api/3/issue/{issueIdOrKey}': { objects: one, each: 1 },
  'GET /rest/api/3/issue/{issueIdOrKey}/properties': { objects: lengthOf('keys'), each: 1 },
  'GET /rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}': { objects: one, each: 1 },
  'POST /rest/api/3/jql/match': {
    objects: (body) => {
      const parsed = MatchSchema.safeParse(body);
      return parsed.success ? parsed.data.matches.reduce((sum, match) => sum + match.matchedIssues.length, 0) : 0;
    },
    each: 1,
  },
  'POST /rest/api/3/jql/parse': { objects: lengthOf('queries'), each: 1 },
  'GET /rest/api/3/field': { objects: (body) => (Array.isArray(body) ? body.length : 0), each: 1 },
  'GET /rest/api/3/issueLink/{linkId}': { objects: one, each: 1 },
  'GET /rest/api/3/issueLinkType': { objects: lengthOf('issueLinkTypes'), each: 1 },
  'GET /rest/api/3/issueLinkType/{issueLinkTypeId}': { objects: one, each: 1 },
  'GET /rest/api/3/task/{taskId}': { objects: one, each: 1 },
  'GET /rest/api/3/project/search': { objects: values, each: 1 },
  'GET /rest/api/3/issue/createmeta/{projectIdOrKey}/issuetypes': { objects: lengthOf('issueTypes'), each: 1 },
  'GET /rest/api/3/myself': { objects: one, each: 2 },
  'GET /rest/api/3/user/bulk': { objects: values, each: 2 },
  'GET /rest/api/3/user/search': { objects: (body) => (Array.isArray(body) ? body.length : 0), each: 2 },
  'GET /rest/api/3/groups/picker': { objects: lengthOf('groups'), each: 2 },
  'GET /rest/api/3/group/bulk': { objects: lengthOf('values'), each: 2 },
  'GET /rest/api/3/mypermissions': {
    objects: (body) => {
      const parsed = PermissionsSchema.safeParse(body);
      return parsed.success ? Object.keys(parsed.data.permissions).length : 0;
    },
    each: 2,
  },
  'POST /rest/api/3/permissions/check': {
    objects: (body) => {
      const parsed = CheckSchema.safeParse(body);
      return parsed.success ? parsed.data.globalPermissions.length + parsed.data.projectPermissions.length : 0;
    },
    each: 2,
  },
};

/** Every request's base cost, charged when Jira takes the request (so requests sent together cannot all slip under the quota). */
export const BASE_POINTS = 1;

/** The points on top of the base for an answered request: the objects of a successful read, none for anything else. */
export function objectPointsOf(route: string, status: number, body: unknown): number {
  const read = READS[route];
  if (!read || status < 200 || status >= 300) return 0;
  return read.objects(body) * read.each;
}
