import { useEffect, useState } from 'react';
import type { Language } from '../../i18n/messages';
import { Chip } from '../strategy/form-parts';
import { hintStyle, labelStyle } from './field-message';
import { searchUsers, userNames } from './jira-people';
import { rolesText } from './roles-messages';
import { SearchPicker, type PickerWords } from './search-picker';
import { ownerText } from './owner-messages';

type Name = { state: 'known'; name: string } | { state: 'asking' } | { state: 'unknown' } | { state: 'failed'; message: string };

/** The owner's display name: the one picked, else asked of Jira (as the user) once per account id. */
function useOwnerName(accountId: string, picked: ReadonlyMap<string, string>): Name {
  const [asked, setAsked] = useState<{ id: string; name: Name }>({ id: '', name: { state: 'unknown' } });
  const known = picked.get(accountId);
  useEffect(() => {
    if (accountId === '' || known !== undefined) return undefined;
    let current = true;
    setAsked({ id: accountId, name: { state: 'asking' } });
    userNames([accountId])
      .then((names) => {
        const name = names.get(accountId);
        if (current) setAsked({ id: accountId, name: name ? { state: 'known', name } : { state: 'unknown' } });
      })
      .catch((error: unknown) => current && setAsked({ id: accountId, name: { state: 'failed', message: error instanceof Error ? error.message : String(error) } }));
    return () => {
      current = false;
    };
  }, [accountId, known]);
  if (known !== undefined) return { state: 'known', name: known };
  return asked.id === accountId ? asked.name : { state: 'asking' };
}

/** A stream's owner: shown by name, chosen in a people picker by name, stored as the account id. */
export function OwnerField({ language, id, accountId, onChange }: { language: Language; id: string; accountId: string; onChange: (accountId: string) => void }) {
  const [picked, setPicked] = useState<ReadonlyMap<string, string>>(new Map());
  const name = useOwnerName(accountId, picked);
  const words: PickerWords = { searching: rolesText(language, 'search.searching'), none: rolesText(language, 'search.none'), failed: (message) => rolesText(language, 'search.failed', { message }) };
  const shown = name.state === 'known' ? name.name : name.state === 'asking' ? accountId : ownerText(language, 'owner.unknown', { id: accountId });
  return (
    <div>
      <label htmlFor={id} style={labelStyle}>{ownerText(language, 'owner.label')}</label>
      <div data-testid="stream-owner" style={{ margin: '4px 0' }}>
        {accountId === '' ? <span style={hintStyle}>{ownerText(language, 'owner.none')}</span> : <Chip text={shown} removeLabel={ownerText(language, 'owner.remove', { name: shown })} onRemove={() => onChange('')} />}
      </div>
      {name.state === 'failed' ? <p role="alert" style={hintStyle}>{ownerText(language, 'owner.nameFailed', { message: name.message })}</p> : null}
      <SearchPicker
        id={id}
        label={ownerText(language, accountId === '' ? 'owner.search' : 'owner.replace')}
        words={words}
        search={searchUsers}
        onPick={(option) => {
          setPicked((known) => new Map(known).set(option.id, option.label));
          onChange(option.id);
        }}
      />
    </div>
  );
}
