import type { ParseArgsConfig } from 'node:util';
import type { CliContext } from '../cli-context';

export type Flags = Record<string, string | boolean | undefined>;

export interface Command {
  usage: string;
  summary: string;
  options?: NonNullable<ParseArgsConfig['options']>;
  run(flags: Flags, positionals: string[], ctx: CliContext): Promise<void>;
}

export const str = (v: string | boolean | undefined) => (typeof v === 'string' ? v : undefined);

/** Reads all of standard input (for --password-stdin). */
export async function readStdin(): Promise<string> {
  const parts: Buffer[] = [];
  for await (const chunk of process.stdin) parts.push(chunk as Buffer);
  return Buffer.concat(parts).toString('utf8');
}
