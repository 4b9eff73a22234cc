import type { AppDeps } from '../http/context';

/** Runs the full refresh once a day after 02:00 local time (filled in with the analytics refresh). */
export async function runDailyRefreshIfDue(_deps: AppDeps, _now: Date): Promise<void> {}
