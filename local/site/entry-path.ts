/** How site file messages name a place: `issues[12] (CRM-4).dueDate`, the entry named by its key, account id or name. */

export type EntryPath = ReadonlyArray<PropertyKey>;

export function describePath(json: unknown, path: EntryPath): string {
  let text = '';
  let node: unknown = json;
  for (const part of path) {
    if (typeof part === 'number') {
      text += `[${part}]`;
      node = Array.isArray(node) ? node[part] : undefined;
      const label = entryLabel(node);
      if (label) text += ` (${label})`;
    } else {
      text += text ? `.${String(part)}` : String(part);
      node = node && typeof node === 'object' ? (node as Record<string, unknown>)[String(part)] : undefined;
    }
  }
  return text || '(site file)';
}

function entryLabel(entry: unknown): string | undefined {
  if (!entry || typeof entry !== 'object') return undefined;
  const record = entry as Record<string, unknown>;
  const label = record.key ?? record.accountId ?? record.name ?? record.id;
  return typeof label === 'string' ? label : undefined;
}

const MAX_LISTED = 12;

/** `known statuses: To Do, In Progress, Done`, cut short on big sites so the message stays readable. */
export function knownNames(what: string, names: readonly string[]): string {
  if (names.length === 0) return `the site has no ${what}`;
  const listed = names.slice(0, MAX_LISTED).join(', ');
  return names.length > MAX_LISTED ? `known ${what}: ${listed} and ${names.length - MAX_LISTED} more` : `known ${what}: ${listed}`;
}
