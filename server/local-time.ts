/** The calendar date (YYYY-MM-DD) of an instant in a time zone, e.g. today in Asia/Shanghai. */
export function localDate(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant);
  const get = (t: string) => parts.find((p) => p.type === t)!.value;
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** Local wall-clock time `YYYY-MM-DD HH:mm:ss` of an instant in a time zone. */
export function localTimestamp(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
  }).formatToParts(instant);
  const get = (t: string) => parts.find((p) => p.type === t)!.value;
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}:${get('second')}`;
}

/**
 * The instant of a local wall-clock time `YYYY-MM-DD[ HH:mm:ss]` in a time
 * zone, as an ISO string in UTC. Two fixed-point steps settle the zone offset
 * (exact for zones without a DST gap at that time, e.g. Asia/Shanghai).
 */
export function localToIso(local: string, timeZone: string): string {
  const [date, time = '00:00:00'] = local.trim().split(/[ T]/);
  const wall = Date.parse(`${date}T${time}Z`);
  let instant = wall;
  for (let i = 0; i < 2; i++) {
    const seen = Date.parse(`${localTimestamp(new Date(instant), timeZone).replace(' ', 'T')}Z`);
    instant += wall - seen;
  }
  return new Date(instant).toISOString();
}
