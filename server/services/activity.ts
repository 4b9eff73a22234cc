import { createHash, randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Transaction } from '@libsql/client';
import type { Database } from '../db/client';
import { interviews, notes } from '../db/schema';
import { DomainError } from '../errors';
import { writeEvents, writeOrders, type EventRecord, type OrderRecord } from '../import/batch-writers';
import { recomputeStats } from './customer-stats';
import { visibleCustomerPks } from './customer-access';
import type { User } from './users';
import { DEFAULT_INTERVIEW_TEMPLATE, validateAnswers, type InterviewTemplate } from '../../shared/interview';

/** The interview templates the server knows (versioned data); one for now. */
export function interviewTemplate(id: string, version: number): InterviewTemplate | null {
  const t = DEFAULT_INTERVIEW_TEMPLATE;
  return t.id === id && t.version === version ? t : null;
}

/** A stable content key for an event without a client id, so a repeated post is not stored twice. */
export function eventKey(e: Omit<EventRecord, 'client_id'>): string {
  const h = createHash('sha1').update(`${e.customer_id}\u0000${e.type}\u0000${e.occurred_at}\u0000${e.product ?? ''}\u0000${e.duration_s ?? ''}`);
  return `k:${h.digest('base64url')}`;
}

/**
 * Resolves the customers a batch names. Admins and managers may create
 * unknown ids (transaction feeds carry no customer file); other roles only
 * reach the customers they see, and anything else is 404.
 */
async function resolveCustomers(database: Database, user: User, ids: string[]) {
  if (user.role === 'admin' || user.role === 'manager') return;
  const visible = await visibleCustomerPks(database.db, user, ids);
  const missing = ids.find((id) => !visible.has(id));
  if (missing) throw new DomainError('not_found', `customer ${missing} not found`);
}

/** Writes and refreshes the touched customers' aggregates in one short transaction. */
async function writeThenRecompute(database: Database, ids: string[], write: (tx: Transaction) => Promise<void>) {
  const tx = await database.client.transaction('write');
  try {
    await write(tx);
    const rs = await tx.execute({ sql: 'SELECT pk FROM customers WHERE customer_id IN (SELECT value FROM json_each(?))', args: [JSON.stringify([...new Set(ids)])] });
    const pks = rs.rows.map((r) => Number(r[0]));
    await recomputeStats(tx, pks);
    await tx.commit();
    return pks;
  } finally {
    tx.close();
  }
}

/** Stores orders (lines with the same order_id summed; a repeated post replaces) and refreshes aggregates. */
export async function addOrders(database: Database, user: User, rows: OrderRecord[]) {
  await resolveCustomers(database, user, rows.map((r) => r.customer_id));
  return writeThenRecompute(database, rows.map((r) => r.customer_id), (tx) => writeOrders(tx, `api:${randomUUID()}`, rows));
}

/** Stores events (idempotent on client id, or on content when none is given). */
export async function addEvents(database: Database, user: User, rows: EventRecord[]) {
  await resolveCustomers(database, user, rows.map((r) => r.customer_id));
  return writeThenRecompute(database, rows.map((r) => r.customer_id), (tx) => writeEvents(tx, rows));
}

export interface InterviewInput {
  id: string;
  customer_id: string;
  template_id: string;
  template_version: number;
  answers: Record<string, Record<string, unknown>>;
  conducted_at: string;
  supersedes?: string | null;
}

/**
 * Saves an interview exactly once: the client generates `id`, and a repeated
 * upload (an offline outbox retrying) returns the stored one. Interviews are
 * append-only; an edit is a new interview that `supersedes` the old id.
 */
export async function addInterview(database: Database, user: User, input: InterviewInput) {
  const { db } = database;
  const existing = await db.select().from(interviews).where(eq(interviews.id, input.id)).get();
  if (existing) return { created: false, id: existing.id };
  const pk = (await visibleCustomerPks(db, user, [input.customer_id])).get(input.customer_id);
  if (!pk) throw new DomainError('not_found', `customer ${input.customer_id} not found`);
  const template = interviewTemplate(input.template_id, input.template_version);
  if (!template) throw new DomainError('validation', `unknown interview template ${input.template_id} v${input.template_version}`, { field: 'template_id' });
  const checked = validateAnswers(template, input.answers);
  if (!checked.ok) throw new DomainError('validation', `interview answers are not valid (${checked.errors.length} problems)`, { errors: checked.errors });
  input = { ...input, answers: checked.answers };
  await db.insert(interviews).values({
    id: input.id, customerPk: pk, authorId: user.id, templateId: input.template_id, templateVersion: input.template_version,
    supersedes: input.supersedes ?? null, answers: JSON.stringify(input.answers), conductedAt: input.conducted_at,
  }).onConflictDoNothing();
  return { created: true, id: input.id };
}

/** Saves a note exactly once (client id); the customer link is optional. */
export async function addNote(database: Database, user: User, input: { id: string; customer_id?: string | null; text: string }) {
  const { db } = database;
  let pk: number | null = null;
  if (input.customer_id) {
    pk = (await visibleCustomerPks(db, user, [input.customer_id])).get(input.customer_id) ?? null;
    if (pk === null) throw new DomainError('not_found', `customer ${input.customer_id} not found`);
  }
  const inserted = await db.insert(notes).values({ id: input.id, customerPk: pk, authorId: user.id, text: input.text })
    .onConflictDoNothing().returning({ id: notes.id }).get();
  return { created: Boolean(inserted), id: input.id };
}

