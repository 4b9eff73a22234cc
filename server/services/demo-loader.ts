import type { Database } from '../db/client';
import type { Config } from '../config';

/** Loads the demo data set into an empty database (filled in with the demo generator). */
export async function loadDemoIfEmpty(_database: Database, _config: Config, _now: Date): Promise<{ summary: string; logins: { role: string; login: string; password: string }[] } | null> {
  return null;
}
