/**
 * Worker side of the refresh's windowed figures (see customer-facts.ts): its
 * own read-only connection to the database file, one read, the columns handed
 * back by transfer.
 */
import { createClient } from '@libsql/client';
import { readWindowColumns, type WindowColumns } from './window-columns';

export async function run(input: { url: string; asOfDay: number }): Promise<{ output: WindowColumns; transfer: ArrayBuffer[] }> {
  const client = createClient({ url: input.url });
  try {
    const output = await readWindowColumns(client, input.asOfDay);
    return { output, transfer: Object.values(output).map((a: Int32Array | Float64Array) => a.buffer as ArrayBuffer) };
  } finally {
    client.close();
  }
}
