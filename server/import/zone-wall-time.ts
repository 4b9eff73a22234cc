/**
 * Fast "instant → local wall time" for imports of timestamps with an offset.
 * `localTimestamp` (server/local-time.ts) builds an Intl formatter per call;
 * here the formatter is built once and the zone's UTC offset is cached per
 * 15-minute bucket (every real zone changes offset only at such instants), so
 * a million rows cost a million integer additions, not a million formatters.
 */
export function makeInstantToLocal(timeZone: string): (utcMs: number) => string {
  const fmt = new Intl.DateTimeFormat('en-CA', {
    timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
  });
  const offsets = new Map<number, number>();
  const offsetAt = (bucketStart: number) => {
    const p = Object.fromEntries(fmt.formatToParts(new Date(bucketStart)).map((x) => [x.type, x.value]));
    const asUtc = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second);
    return asUtc - bucketStart;
  };
  const pad = (n: number) => (n < 10 ? `0${n}` : `${n}`);
  return (utcMs) => {
    const bucket = Math.floor(utcMs / 900_000) * 900_000;
    let offset = offsets.get(bucket);
    if (offset === undefined) {
      offset = offsetAt(bucket);
      if (offsets.size > 100_000) offsets.clear();
      offsets.set(bucket, offset);
    }
    const d = new Date(utcMs + offset);
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  };
}
