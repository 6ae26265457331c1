/** True for a time zone name the runtime knows (`Europe/Berlin`, `UTC`); false for anything else, never a throw. */
export function isKnownTimeZone(zone: string): boolean {
  if (zone.trim() === '') return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
