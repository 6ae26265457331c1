import { forgeAppStore } from '../platform/app-store';
import { loadIssueJourney } from '../services/load-issue-journey';
import { defineHandler } from './define';

/** The issue panel's resolvers: journey tags of the open issue, read as the viewing user. */
export const journeyHandlers = {
  'journey/issue': defineHandler('journey/issue', ({ issueKey }) => loadIssueJourney(forgeAppStore, issueKey)),
};
