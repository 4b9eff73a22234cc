import { Hono } from 'hono';
import { z } from 'zod';
import { requireRole } from '../http/auth-middleware';
import { validate } from '../http/validate';
import type { AppEnv } from '../http/context';
import { DomainError } from '../errors';
import { audit } from '../services/audit';
import { IMPORT_KINDS, type ImportKind } from '../../shared/import/records';
import { fileInput } from '../import/csv-source';
import { importCsv } from '../import/import-csv';
import { spoolBody } from '../import/spool-body';

const flag = z.enum(['1', '0', 'true', 'false']).optional().transform((v) => v === '1' || v === 'true');
const importQuery = z.object({
  map: z.string().max(2000).optional(),
  date_format: z.string().max(60).optional(),
  skip_bad: flag,
  dry_run: flag,
  max_errors: z.coerce.number().int().min(0).max(100_000).optional(),
});

/** One import at a time per process: a second one gets 409 instead of queueing behind the write lock. */
let running = false;

/**
 * `POST /api/import/:kind` (admin): the body is the CSV file (plain or gzip,
 * any content type), at most IMPORT_BODY_LIMIT bytes (413 beyond). Same rules
 * as `huaxiang import`: query `map`, `date_format`, `skip_bad`, `dry_run`,
 * `max_errors`. 200 with the report when accepted (written, or a clean dry
 * run); 400 `{error:{code:'validation', details: report}}` when rejected.
 */
export const importRoutes = new Hono<AppEnv>()
  .post('/:kind', requireRole('admin'), validate('query', importQuery), async (c) => {
    const kind = c.req.param('kind') as ImportKind;
    if (!IMPORT_KINDS.includes(kind)) throw new DomainError('not_found', `unknown import kind ${kind}: customers, orders or events`);
    if (running) throw new DomainError('conflict', 'another import is running; try again when it has finished');
    running = true;
    try {
      const q = c.req.valid('query');
      const { database, config, now } = c.get('deps');
      const body = await spoolBody(c.req.raw.body, c.req.header('content-length'));
      try {
        const report = await importCsv(database, kind, fileInput(body.path), {
          map: q.map, dateFormat: q.date_format, skipBad: q.skip_bad, dryRun: q.dry_run, maxErrors: q.max_errors,
          timeZone: config.timeZone, now: now(),
        });
        const refused = report.file_error || (report.bad > 0 && (!q.skip_bad || report.good === 0));
        await audit(database.db, c.get('user').id, `import.${kind}`, undefined, {
          via: 'api', bytes: body.bytes, rows: report.rows, good: report.good, bad: report.bad, written: report.written, dry_run: report.dry_run,
        });
        if (refused) {
          const why = report.file_error ? 'the file was refused' : `${report.bad} bad row(s)`;
          throw new DomainError('validation', `import ${kind}: ${why}, nothing written`, report);
        }
        return c.json(report, 200);
      } finally {
        await body.remove();
      }
    } finally {
      running = false;
    }
  });
