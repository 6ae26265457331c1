import { useEffect, useState } from 'react';
import { userNames } from '../settings/jira-people';

/** Display names of the given accounts as the viewer may see them in Jira; ids without a name stay out of the map. */
export function usePeople(accountIds: readonly string[]): Map<string, string> {
  const [names, setNames] = useState<Map<string, string>>(new Map());
  const wanted = [...new Set(accountIds)].sort().join(',');
  useEffect(() => {
    if (wanted === '') return undefined;
    let current = true;
    userNames(wanted.split(','))
      .then((found) => current && setNames(found))
      .catch(() => undefined); // rows then say "unknown person": the list matters more than the names
    return () => {
      current = false;
    };
  }, [wanted]);
  return names;
}
