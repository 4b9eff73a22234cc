import { DomainError } from '../errors';
import { dayNumber } from '../../shared/time/calendar';
import { localTimestamp } from '../local-time';

const ISO = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * An API timestamp (ISO 8601) as local wall time in the deployment's zone and
 * its day number. Without an offset it already is local time; with one it is
 * converted. Throws a 400 validation error naming `what`.
 */
export function toLocalTimestamp(text: string, timeZone: string, what: string): { local: string; day: number } {
  const m = ISO.exec(text.trim());
  const fail = () => new DomainError('validation', `${what}: not an ISO 8601 date-time: ${JSON.stringify(text)}`, { field: what });
  if (!m) throw fail();
  const [, date, hh = '00', mi = '00', ss = '00', offset] = m;
  if (Number(hh) > 23 || Number(mi) > 59 || Number(ss) > 59) throw fail();
  try {
    if (!offset) return { local: `${date} ${hh}:${mi}:${ss}`, day: dayNumber(date) };
    dayNumber(date);
  } catch {
    throw fail();
  }
  const instant = new Date(`${date}T${hh}:${mi}:${ss}${offset === 'Z' ? 'Z' : offset.length === 5 ? `${offset.slice(0, 3)}:${offset.slice(3)}` : offset}`);
  if (Number.isNaN(instant.getTime())) throw fail();
  const local = localTimestamp(instant, timeZone);
  return { local, day: dayNumber(local.slice(0, 10)) };
}
