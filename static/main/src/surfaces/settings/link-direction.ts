import type { SettingsView } from '../../../../../src/contract/programme';
import type { Language } from '../../i18n/messages';
import { settingsText } from './settings-messages';

type LinkType = Pick<SettingsView['linkTypes'][number], 'inward' | 'outward'>;

export interface DirectionSentences {
  /** "DATA-3 blocks CRM-1 (CRM-1 is blocked by DATA-3)": how Jira reads such a link. */
  example: string;
  /** The choice `objectWaits: true`: "CRM-1 waits on DATA-3". */
  objectWaits: string;
  /** The choice `objectWaits: false`: "DATA-3 waits on CRM-1". */
  subjectWaits: string;
}

/**
 * The two ways a link type can count, told with the type's own phrases on two sample issues, so an admin picks
 * a sentence instead of a technical direction. A link reads "subject <outward> object" (contract: DependencyLinkType).
 */
export function directionSentences(language: Language, linkType: LinkType, subject = 'DATA-3', object = 'CRM-1'): DirectionSentences {
  const keys = { subject, object };
  return {
    example: settingsText(language, 'links.example', { ...keys, outward: linkType.outward, inward: linkType.inward }),
    objectWaits: settingsText(language, 'links.objectWaits', keys),
    subjectWaits: settingsText(language, 'links.subjectWaits', keys),
  };
}

/** Two sample keys from the site's own projects when it has two, so the sentences look like the admin's Jira. */
export function sampleKeys(projects: SettingsView['projects']): { subject: string; object: string } {
  const [first, second] = projects;
  return first && second ? { subject: `${first.key}-3`, object: `${second.key}-1` } : { subject: 'DATA-3', object: 'CRM-1' };
}
