/** JQL date operands: absolute `yyyy-MM-dd` / `yyyy/MM/dd` (optionally with ` HH:mm`) or periods like `-5d`, `2w`. */
import { addDays, addMonths, addWeeks, addYears, format, isValid, parse } from 'date-fns';
import { JqlError } from './parse';

const PERIOD_UNITS = { d: addDays, w: addWeeks, m: addMonths, y: addYears } as const;

/** Returns the calendar day as 'YYYY-MM-DD' (Jira dates are days, never instants). */
export function parseJqlDate(text: string, label: string, now: Date): string {
  const absolute = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?: \d{1,2}:\d{2})?$/.exec(text.trim());
  if (absolute) {
    const day = parse(`${absolute[1]}-${absolute[2]}-${absolute[3]}`, 'yyyy-M-d', now);
    if (isValid(day)) return format(day, 'yyyy-MM-dd');
  }
  const period = /^([+-]?)(\d+)([dwmy])$/i.exec(text.trim());
  if (period) {
    const amount = Number(period[2]) * (period[1] === '-' ? -1 : 1);
    const unit = (period[3] ?? 'd').toLowerCase() as keyof typeof PERIOD_UNITS;
    return format(PERIOD_UNITS[unit](now, amount), 'yyyy-MM-dd');
  }
  throw new JqlError(
    `Date value '${text}' for field '${label}' is invalid. Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.`,
  );
}
