import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { DomainError } from '../errors';

/**
 * Largest request body `POST /api/import/:kind` accepts: 256 MiB as sent
 * (a gzip body counts compressed, so ~2 GiB of CSV). Larger files go through
 * the CLI, which has no limit.
 */
export const IMPORT_BODY_LIMIT = 256 * 1024 * 1024;

/**
 * Streams a request body into a temporary file, refusing more than `limit`
 * bytes with 413 (early when Content-Length already says so). The import then
 * reads the file, so the database's write lock is held for the import only,
 * never while a slow client uploads. Call `remove()` when done.
 */
export async function spoolBody(body: ReadableStream<Uint8Array> | null, contentLength: string | undefined, limit = IMPORT_BODY_LIMIT) {
  const tooLarge = () => new DomainError('payload_too_large', `import body over ${limit} bytes; use the CLI (huaxiang import) for larger files`, { limit_bytes: limit });
  if (contentLength !== undefined && Number(contentLength) > limit) throw tooLarge();
  if (!body) throw new DomainError('bad_request', 'send the CSV (or gzip) file as the request body');
  const dir = await mkdtemp(join(tmpdir(), 'huaxiang-import-'));
  const path = join(dir, 'body');
  const remove = () => rm(dir, { recursive: true, force: true });
  const out = createWriteStream(path);
  let bytes = 0;
  try {
    const reader = body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      if (bytes > limit) {
        await reader.cancel().catch(() => undefined);
        throw tooLarge();
      }
      if (!out.write(value)) await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');
  } catch (err) {
    out.destroy();
    await remove();
    throw err;
  }
  return { path, bytes, remove };
}
