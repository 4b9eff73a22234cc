import { desc, eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { customers, customerStats, events, interviews, notes, orders, users } from '../db/schema';
import { isoDate } from '../../shared/time/calendar';
import { loginMap, toProfile } from './customers';
import { parseRecentAmounts } from './customer-stats';
import { cardAnalytics } from '../analytics/card-analytics';
import { customerCompleteness } from '../../shared/portrait';
import { DEFAULT_INTERVIEW_TEMPLATE, interviewHighlights } from '../../shared/interview';
import { cardTags } from '../tags/card-tags';

type CustomerRow = typeof customers.$inferSelect;

/**
 * The portrait card of one customer: profile, raw aggregates, recent
 * activity, analytics, completeness, interview highlights and, given the
 * clock's `now`, the live tags (`tags`: one entry per tag with its category
 * 大类 → group 中类 → name 细类 and the zh/en reason; event tags whose expiry
 * is at or before `now` left out; order: event, predictive, rule,
 * statistical, manual, newest first). Without `now` the card has no `tags`
 * field: callers pass their injected clock, the card never reads one.
 */
export async function portraitCard(database: Database, row: CustomerRow, now?: Date) {
  const { db } = database;
  const pk = row.pk;
  const [stats, recentOrders, recentEvents, interviewRows, noteRows, logins] = await Promise.all([
    db.select().from(customerStats).where(eq(customerStats.customerPk, pk)).get(),
    db.select().from(orders).where(eq(orders.customerPk, pk)).orderBy(desc(orders.day), desc(orders.pk)).limit(50).all(),
    db.select().from(events).where(eq(events.customerPk, pk)).orderBy(desc(events.day), desc(events.pk)).limit(50).all(),
    db.select({ i: interviews, author: users.login }).from(interviews).leftJoin(users, eq(users.id, interviews.authorId))
      .where(eq(interviews.customerPk, pk)).orderBy(desc(interviews.conductedAt)).all(),
    db.select({ n: notes, author: users.login }).from(notes).leftJoin(users, eq(users.id, notes.authorId))
      .where(eq(notes.customerPk, pk)).orderBy(desc(notes.createdAt)).limit(50).all(),
    loginMap(db),
  ]);
  const card: Record<string, unknown> = {
    profile: toProfile(row, logins),
    erased: row.erasedAt !== null,
    stats: stats && {
      orders: stats.orders,
      monetary: round2(stats.monetary),
      first_order: stats.firstDay === null ? null : isoDate(stats.firstDay),
      last_order: stats.lastDay === null ? null : isoDate(stats.lastDay),
      recent_amounts: parseRecentAmounts(stats.recentAmounts),
      last_contact: stats.lastContactDay === null ? null : isoDate(stats.lastContactDay),
    },
    orders: recentOrders.map((o) => ({
      order_id: o.orderId, ordered_at: o.orderedAt, amount: o.amount, quantity: o.quantity, channel: o.channel, product: o.product,
    })),
    events: recentEvents.map((e) => ({ type: e.type, occurred_at: e.occurredAt, product: e.product, duration_s: e.durationS })),
    interviews: interviewRows.map(({ i, author }) => ({
      id: i.id, author, conducted_at: i.conductedAt, template_id: i.templateId, template_version: i.templateVersion,
      supersedes: i.supersedes, answers: JSON.parse(i.answers),
    })),
    notes: noteRows.map(({ n, author }) => ({ id: n.id, author, text: n.text, created_at: n.createdAt })),
  };
  const profile = card.profile as Record<string, unknown>;
  const latestAnswers = interviewRows.length ? (JSON.parse(interviewRows[0].i.answers) as Record<string, Record<string, unknown>>) : null;
  const completeness = customerCompleteness({ profile, aggregates: { frequency: stats?.orders ?? 0 }, answers: latestAnswers });
  card.analytics = await cardAnalytics(database.client, pk);
  if (now) card.tags = await cardTags(database, pk, now.toISOString());
  card.completeness = { overall: completeness.overall, by_category: completeness.by_category };
  card.highlights = latestAnswers ? interviewHighlights(DEFAULT_INTERVIEW_TEMPLATE, latestAnswers) : [];
  return card;
}

const round2 = (x: number) => Math.round(x * 100) / 100;
