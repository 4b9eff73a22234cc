import { loadConfig, type Config } from '../config';
import { openDatabase, type Database } from '../db/client';

/** A user-facing CLI failure: printed without a stack trace, exit code 1 (2 for usage). */
export class CliError extends Error {
  constructor(message: string, readonly exitCode = 1, readonly payload?: unknown) {
    super(message);
  }
}

export interface CliContext {
  config: Config;
  json: boolean;
  open(): Promise<Database>;
  /** Prints the result: one JSON document with --json, else the human text. */
  out(result: unknown, human: () => string): void;
  progress(text: string): void;
  now(): Date;
}

export function createCliContext(json: boolean): CliContext {
  const config = loadConfig();
  let database: Database | undefined;
  let lastProgress = '';
  return {
    config,
    json,
    async open() {
      database ??= await openDatabase(config.databaseUrl);
      return database;
    },
    out(result, human) {
      process.stdout.write(json ? `${JSON.stringify(result, null, 2)}\n` : `${human()}\n`);
    },
    progress(text) {
      if (!process.stderr.isTTY) {
        process.stderr.write(`${text}\n`);
      } else {
        process.stderr.write(`\r${text.padEnd(lastProgress.length)}`);
      }
      lastProgress = text;
    },
    now: () => new Date(),
  };
}
