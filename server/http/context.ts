import type { Database } from '../db/client';
import type { Config } from '../config';
import type { User } from '../services/users';
import type { LoginLimiter } from '../auth/login-limiter';

/** What every request handler can reach: set once per app, plus the authenticated user. */
export interface AppDeps {
  database: Database;
  config: Config;
  /** The clock, injected so tests can move time. */
  now: () => Date;
  limiter: LoginLimiter;
  /** Hooks that later layers (analytics, tags, bot) attach to data changes. */
  onCustomerActivity?: (customerPks: number[]) => Promise<void>;
}

export interface AppEnv {
  Variables: {
    deps: AppDeps;
    user: User;
    authKind: 'cookie' | 'bearer';
  };
}
