import { useEffect, useState } from 'react';
import type { Language } from '../../i18n/messages';
import { Chip } from '../strategy/form-parts';
import { hintStyle, labelStyle, sectionStyle } from './field-message';
import { groupNames, searchGroups, searchUsers, userNames } from './jira-people';
import { rolesText } from './roles-messages';
import { SearchPicker, type PickerWords } from './search-picker';

export interface RolesSectionProps {
  language: Language;
  accountIds: string[];
  groupIds: string[];
  onChange: (change: { programmeManagerAccountIds?: string[]; programmeManagerGroupIds?: string[] }) => void;
}

/** Names of the people and groups stored before this page opened, asked of Jira once; picked ones bring their own. */
function useNames(accountIds: string[], groupIds: string[]) {
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());
  const [failure, setFailure] = useState<string | null>(null);
  const [initial] = useState({ accountIds, groupIds });
  useEffect(() => {
    let current = true;
    // People and groups are asked for apart: a refusal of one still names the other.
    for (const lookup of [userNames(initial.accountIds), groupNames(initial.groupIds)]) {
      lookup
        .then((found) => current && setNames((known) => new Map([...found, ...known])))
        .catch((error: unknown) => current && setFailure(error instanceof Error ? error.message : String(error)));
    }
    return () => {
      current = false;
    };
  }, [initial]);
  const remember = (id: string, name: string) => setNames((known) => new Map(known).set(id, name));
  return { names, failure, remember };
}

/** Programme managers: Jira users and Jira groups, saved with the programme settings. */
export function RolesSection({ language, accountIds, groupIds, onChange }: RolesSectionProps) {
  const { names, failure, remember } = useNames(accountIds, groupIds);
  const words: PickerWords = { searching: rolesText(language, 'search.searching'), none: rolesText(language, 'search.none'), failed: (message) => rolesText(language, 'search.failed', { message }) };
  const personName = (id: string) => names.get(id) ?? id;
  const groupName = (id: string) => names.get(id) ?? rolesText(language, 'roles.unknownGroup', { id });
  return (
    <section aria-labelledby="roles-title" style={sectionStyle} data-testid="roles-section">
      <h2 id="roles-title">{rolesText(language, 'roles.title')}</h2>
      <p style={hintStyle}>{rolesText(language, 'roles.hint')}</p>
      {failure ? <p role="alert" style={hintStyle}>{rolesText(language, 'roles.namesFailed', { message: failure })}</p> : null}
      <span style={labelStyle}>{rolesText(language, 'roles.people')}</span>
      <div data-testid="manager-people" style={{ margin: '4px 0' }}>
        {accountIds.length === 0 ? <span style={hintStyle}>{rolesText(language, 'roles.peopleNone')}</span> : null}
        {accountIds.map((id) => (
          <Chip key={id} text={personName(id)} removeLabel={rolesText(language, 'roles.remove', { name: personName(id) })} onRemove={() => onChange({ programmeManagerAccountIds: accountIds.filter((a) => a !== id) })} />
        ))}
      </div>
      <SearchPicker
        id="roles-people"
        label={rolesText(language, 'roles.peopleSearch')}
        words={words}
        search={searchUsers}
        onPick={(option) => {
          remember(option.id, option.label);
          if (!accountIds.includes(option.id)) onChange({ programmeManagerAccountIds: [...accountIds, option.id] });
        }}
      />
      <span style={labelStyle}>{rolesText(language, 'roles.groups')}</span>
      <div data-testid="manager-groups" style={{ margin: '4px 0' }}>
        {groupIds.length === 0 ? <span style={hintStyle}>{rolesText(language, 'roles.groupsNone')}</span> : null}
        {groupIds.map((id) => (
          <Chip key={id} text={groupName(id)} removeLabel={rolesText(language, 'roles.remove', { name: groupName(id) })} onRemove={() => onChange({ programmeManagerGroupIds: groupIds.filter((g) => g !== id) })} />
        ))}
      </div>
      <SearchPicker
        id="roles-groups"
        label={rolesText(language, 'roles.groupsSearch')}
        words={words}
        search={searchGroups}
        onPick={(option) => {
          remember(option.id, option.label);
          if (!groupIds.includes(option.id)) onChange({ programmeManagerGroupIds: [...groupIds, option.id] });
        }}
      />
    </section>
  );
}
