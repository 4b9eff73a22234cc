import type { Hono } from 'hono';
import type { AppDeps, AppEnv } from '../http/context';

/** Background work of a running server: the daily refresh, the weekly digest and the bot. */
export async function startBackgroundJobs(_deps: AppDeps, _app: Hono<AppEnv>) {
  const timers: NodeJS.Timeout[] = [];
  return {
    stop() {
      for (const t of timers) clearInterval(t);
    },
  };
}
