/**
 * The database schema: the single source of truth for tables. Migrations in
 * server/db/migrations are generated from it by drizzle-kit and committed.
 *
 * Days are stored as integer day numbers of the local calendar date in the
 * deployment's time zone (see shared/time/calendar.ts) beside the local
 * timestamp text, so analytics never parse dates.
 */
import { sql } from 'drizzle-orm';
import { index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

const createdAt = () => text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`);

export const users = sqliteTable('users', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  login: text('login').notNull().unique(),
  name: text('name').notNull(),
  role: text('role', { enum: ['sales', 'field', 'manager', 'admin'] }).notNull(),
  passwordHash: text('password_hash'),
  telegramUserId: integer('telegram_user_id').unique(),
  lang: text('lang').notNull().default('zh'),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  createdAt: createdAt(),
});

export const apiTokens = sqliteTable('api_tokens', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  userId: integer('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  tokenHash: text('token_hash').notNull().unique(),
  label: text('label'),
  createdAt: createdAt(),
  lastUsedAt: text('last_used_at'),
  revokedAt: text('revoked_at'),
});

export const sessions = sqliteTable('sessions', {
  idHash: text('id_hash').primaryKey(),
  userId: integer('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  csrfToken: text('csrf_token').notNull(),
  createdAt: createdAt(),
  expiresAt: text('expires_at').notNull(),
});

export const linkCodes = sqliteTable('link_codes', {
  codeHash: text('code_hash').primaryKey(),
  userId: integer('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  expiresAt: text('expires_at').notNull(),
  usedAt: text('used_at'),
});

export const customers = sqliteTable('customers', {
  pk: integer('pk').primaryKey({ autoIncrement: true }),
  customerId: text('customer_id').notNull().unique(),
  name: text('name'),
  phone: text('phone'),
  phoneTail: text('phone_tail'),
  email: text('email'),
  gender: text('gender'),
  birthYear: integer('birth_year'),
  region: text('region'),
  city: text('city'),
  source: text('source'),
  source2: text('source_2'),
  source3: text('source_3'),
  platform: text('platform'),
  ownerId: integer('owner_id').references(() => users.id, { onDelete: 'set null' }),
  fieldId: integer('field_id').references(() => users.id, { onDelete: 'set null' }),
  attributes: text('attributes').notNull().default('{}'),
  createdAt: createdAt(),
  updatedAt: text('updated_at'),
  erasedAt: text('erased_at'),
}, (t) => [
  index('customers_owner_idx').on(t.ownerId),
  index('customers_field_idx').on(t.fieldId),
  index('customers_phone_tail_idx').on(t.phoneTail),
  index('customers_name_idx').on(t.name),
]);

export const orders = sqliteTable('orders', {
  pk: integer('pk').primaryKey({ autoIncrement: true }),
  orderId: text('order_id').notNull().unique(),
  customerPk: integer('customer_pk').notNull().references(() => customers.pk),
  orderedAt: text('ordered_at').notNull(),
  day: integer('day').notNull(),
  amount: real('amount').notNull(),
  quantity: real('quantity'),
  channel: text('channel'),
  product: text('product'),
  /** The import that last wrote this order: lines of one order within one import are summed. */
  importId: text('import_id'),
}, (t) => [
  // Covers the refresh's windowed walk (orders and spend in the last N days per customer): no table row is read.
  index('orders_customer_day_idx').on(t.customerPk, t.day, t.amount),
  index('orders_day_idx').on(t.day),
]);

export const events = sqliteTable('events', {
  pk: integer('pk').primaryKey({ autoIncrement: true }),
  clientId: text('client_id').unique(),
  customerPk: integer('customer_pk').notNull().references(() => customers.pk),
  type: text('type').notNull(),
  occurredAt: text('occurred_at').notNull(),
  day: integer('day').notNull(),
  product: text('product'),
  durationS: real('duration_s'),
}, (t) => [
  index('events_customer_day_idx').on(t.customerPk, t.day),
  index('events_day_idx').on(t.day),
]);

/** Per-customer aggregates kept current as orders arrive, so a refresh costs O(customers). */
export const customerStats = sqliteTable('customer_stats', {
  customerPk: integer('customer_pk').primaryKey().references(() => customers.pk),
  orders: integer('orders').notNull().default(0),
  monetary: real('monetary').notNull().default(0),
  firstDay: integer('first_day'),
  lastDay: integer('last_day'),
  /** Distinct order days (purchase occasions, SPEC §3.3). */
  occasions: integer('occasions').notNull().default(0),
  firstOccasionAmount: real('first_occasion_amount').notNull().default(0),
  /** Amounts of the last (up to 6) orders, newest first, comma-separated. */
  recentAmounts: text('recent_amounts').notNull().default(''),
  /** Last day with a contact event (call, visit, message, service, test_drive). */
  lastContactDay: integer('last_contact_day'),
  lastEventDay: integer('last_event_day'),
});

export const interviews = sqliteTable('interviews', {
  id: text('id').primaryKey(),
  customerPk: integer('customer_pk').notNull().references(() => customers.pk),
  authorId: integer('author_id').references(() => users.id, { onDelete: 'set null' }),
  templateId: text('template_id').notNull(),
  templateVersion: integer('template_version').notNull(),
  supersedes: text('supersedes'),
  answers: text('answers').notNull(),
  conductedAt: text('conducted_at').notNull(),
  createdAt: createdAt(),
}, (t) => [index('interviews_customer_idx').on(t.customerPk)]);

export const notes = sqliteTable('notes', {
  id: text('id').primaryKey(),
  customerPk: integer('customer_pk').references(() => customers.pk),
  authorId: integer('author_id').references(() => users.id, { onDelete: 'set null' }),
  text: text('text').notNull(),
  createdAt: createdAt(),
}, (t) => [index('notes_customer_idx').on(t.customerPk)]);

export const auditLog = sqliteTable('audit_log', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  actorId: integer('actor_id'),
  action: text('action').notNull(),
  subject: text('subject'),
  details: text('details'),
  createdAt: createdAt(),
});

export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

/** Rows of an import in progress: nothing reaches the real tables until the file is accepted. */
export const importStaging = sqliteTable('import_staging', {
  importId: text('import_id').notNull(),
  line: integer('line').notNull(),
  customerId: text('customer_id').notNull(),
  key: text('key'),
  at: text('at'),
  day: integer('day'),
  amount: real('amount'),
  quantity: real('quantity'),
  kind: text('kind'),
  product: text('product'),
  durationS: real('duration_s'),
  payload: text('payload'),
}, (t) => [index('import_staging_idx').on(t.importId, t.key)]);

/** The latest analytics per customer, written by a refresh (and the incremental path). */
export const customerScores = sqliteTable('customer_scores', {
  customerPk: integer('customer_pk').primaryKey().references(() => customers.pk),
  asOf: text('as_of').notNull(),
  recencyDays: integer('recency_days'),
  frequency: integer('frequency').notNull(),
  monetary: real('monetary').notNull(),
  r: integer('r'),
  f: integer('f'),
  m: integer('m'),
  rfmSegment: text('rfm_segment'),
  rfm8: text('rfm8'),
  lifecycle: text('lifecycle').notNull(),
  abc: text('abc'),
  valueActivity: text('value_activity'),
  clvTier: text('clv_tier'),
  cluster: integer('cluster'),
  pAlive: real('p_alive'),
  expectedPurchases90d: real('expected_purchases_90d'),
  expectedAvgSpend: real('expected_avg_spend'),
  clv12m: real('clv_12m'),
  churnScore: real('churn_score'),
  churnLevel: text('churn_level'),
  churnReasons: text('churn_reasons'),
  valueAtRisk: real('value_at_risk'),
  /**
   * The cross-sell candidates of the next action (JSON array of products
   * viewed but not bought), NULL when none. The next action itself is derived
   * on read from the RF segment, lifecycle, churn level and these
   * (shared/churn nextAction), so it follows the incremental path's updates.
   */
  crossSell: text('cross_sell'),
  /** Portrait completeness, 0–1 (share of the 43 portrait items known). */
  completeness: real('completeness'),
  /** 1 when the customer is at high risk now but was not in the previous snapshot week ("newly at risk"). */
  newlyHigh: integer('newly_high').notNull().default(0),
  computedAt: text('computed_at').notNull(),
}, (t) => [
  index('scores_churn_idx').on(t.churnLevel, t.newlyHigh, t.valueAtRisk),
  index('scores_rfm_idx').on(t.rfmSegment),
  index('scores_lifecycle_idx').on(t.lifecycle),
]);

/** One row per customer per ISO week: what the refresh of that week said. */
export const segmentSnapshots = sqliteTable('segment_snapshots', {
  week: text('week').notNull(),
  customerPk: integer('customer_pk').notNull(),
  asOf: text('as_of').notNull(),
  rfmSegment: text('rfm_segment'),
  rfm8: text('rfm8'),
  lifecycle: text('lifecycle'),
  abc: text('abc'),
  valueActivity: text('value_activity'),
  clvTier: text('clv_tier'),
  cluster: integer('cluster'),
  churnLevel: text('churn_level'),
  churnScore: real('churn_score'),
  clv12m: real('clv_12m'),
}, (t) => [
  // The only index: a week's rows are written together (appended at the index's end); one customer's history is
  // one seek per week (server/analytics/snapshot-weeks.ts). A (customer_pk, week) index took an insert on every
  // leaf page each week and each daily re-run.
  uniqueIndex('snapshots_week_customer_idx').on(t.week, t.customerPk),
]);

/** Each refresh: as-of date, model parameters, warnings, cluster labels, timings. */
export const refreshRuns = sqliteTable('refresh_runs', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  asOf: text('as_of').notNull(),
  week: text('week').notNull(),
  report: text('report').notNull(),
  createdAt: createdAt(),
});

/** Telegram updates already handled (de-duplication on update_id, also across replicas). */
export const botUpdates = sqliteTable('bot_updates', {
  updateId: integer('update_id').primaryKey(),
  receivedAt: createdAt(),
});

/** Per-Telegram-user chat state: language and the interview in progress (resumable). */
export const botChats = sqliteTable('bot_chats', {
  telegramUserId: integer('telegram_user_id').primaryKey(),
  lang: text('lang'),
  state: text('state'),
  updatedAt: text('updated_at'),
});

/** Weekly digest leases: one row per ISO week, claimed by a conditional write so one replica sends. */
export const digestRuns = sqliteTable('digest_runs', {
  week: text('week').primaryKey(),
  claimedBy: text('claimed_by').notNull(),
  claimedAt: text('claimed_at').notNull(),
  leaseUntil: text('lease_until').notNull(),
  sentAt: text('sent_at'),
  report: text('report'),
});

/** Owner alerts already sent: a customer entering high churn risk alerts its owner once per week. */
export const ownerAlerts = sqliteTable('owner_alerts', {
  week: text('week').notNull(),
  customerPk: integer('customer_pk').notNull(),
  ownerId: integer('owner_id').notNull(),
  sentAt: text('sent_at'),
}, (t) => [uniqueIndex('owner_alerts_idx').on(t.week, t.customerPk)]);

/** The tag taxonomy: category (大类) → group (中类) → tag (细类), stored as data. */
export const tags = sqliteTable('tags', {
  id: text('id').primaryKey(),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en'),
  category: text('category').notNull(),
  group: text('group_name').notNull(),
  kind: text('kind', { enum: ['rule', 'statistical', 'predictive', 'manual', 'event'] }).notNull(),
  description: text('description'),
  expression: text('expression'),
  eventRule: text('event_rule'),
  ttlDays: integer('ttl_days'),
  ownerId: integer('owner_id'),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  createdAt: createdAt(),
}, (t) => [uniqueIndex('tags_name_idx').on(t.nameZh)]);

/** Who carries which tag, why, since when, until when; removal keeps the row (history). */
export const tagAssignments = sqliteTable('tag_assignments', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  tagId: text('tag_id').notNull(),
  customerPk: integer('customer_pk').notNull(),
  source: text('source').notNull(),
  reason: text('reason'),
  assignedAt: text('assigned_at').notNull(),
  expiresAt: text('expires_at'),
  removedAt: text('removed_at'),
}, (t) => [
  index('tag_assignments_customer_idx').on(t.customerPk, t.removedAt),
  // Covers the refresh's comparison of each tag's live carriers with its members (and tag filters): no table row is read.
  index('tag_assignments_tag_idx').on(t.tagId, t.removedAt, t.source, t.customerPk),
]);

/** Each use of a tag (segment filter, search, bot answer, digest, export). */
export const tagUsage = sqliteTable('tag_usage', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  tagId: text('tag_id').notNull(),
  kind: text('kind').notNull(),
  userId: integer('user_id'),
  day: integer('day').notNull(),
}, (t) => [index('tag_usage_tag_day_idx').on(t.tagId, t.day)]);

/** A/B validations of tags (SPEC §5): the settings and the report of each run, kept for the dashboard. */
export const tagExperiments = sqliteTable('tag_experiments', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  tagId: text('tag_id').notNull(),
  outcome: text('outcome').notNull(),
  days: integer('days').notNull(),
  controlShare: real('control_share').notNull(),
  cost: real('cost'),
  report: text('report').notNull(),
  createdBy: integer('created_by'),
  createdAt: createdAt(),
}, (t) => [index('tag_experiments_tag_idx').on(t.tagId)]);
