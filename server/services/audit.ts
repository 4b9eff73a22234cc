import type { Db } from '../db/client';
import { auditLog } from '../db/schema';

/** Appends to the audit log. Details must never contain secrets or PII values. */
export async function audit(db: Db, actorId: number | null, action: string, subject?: string, details?: unknown) {
  await db.insert(auditLog).values({ actorId, action, subject, details: details === undefined ? null : JSON.stringify(details) });
}
