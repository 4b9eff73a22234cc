import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClient, type Client } from '@libsql/client';
import { drizzle, type LibSQLDatabase } from 'drizzle-orm/libsql';
import { migrate } from 'drizzle-orm/libsql/migrator';
import * as schema from './schema';
import { gatedClient, WriteGate } from './write-gate';

export type Db = LibSQLDatabase<typeof schema>;

/** An open database: the drizzle handle plus the raw client for batched multi-row SQL. */
export interface Database {
  db: Db;
  client: Client;
  url: string;
  close(): void;
}

const migrationsFolder = resolve(dirname(fileURLToPath(import.meta.url)), 'migrations');

/**
 * Opens (creating the folder of a `file:` database if needed), sets WAL, foreign
 * keys and a busy timeout, and applies the committed migrations. Writes
 * through the returned client take turns in this process ({@link WriteGate}).
 */
export async function openDatabase(url: string): Promise<Database> {
  if (url.startsWith('file:')) {
    const path = url.slice('file:'.length);
    if (path && path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
  }
  // A single connection for :memory: (each connection would be a separate empty database).
  const client = createClient({ url, timeout: 5000 } as Parameters<typeof createClient>[0]);
  if (url.startsWith('file:') && !url.includes(':memory:')) {
    await client.execute('PRAGMA journal_mode=WAL');
  }
  await client.execute('PRAGMA foreign_keys=ON');
  await client.execute('PRAGMA synchronous=NORMAL');
  await migrate(drizzle(client, { schema }), { migrationsFolder });
  // Writers of this process take turns without blocking the event loop (see write-gate.ts).
  const gated = gatedClient(client, new WriteGate());
  return { db: drizzle(gated, { schema }), client: gated, url, close: () => client.close() };
}
