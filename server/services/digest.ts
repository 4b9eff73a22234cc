import type { Database } from '../db/client';
import type { Config } from '../config';
import type { User } from './users';
import { weeklyDigest, type DigestInput, type DigestText } from '../../shared/digest/weekly-digest';
import { DIGEST_SCHEMES, migrationWorthActing } from '../../shared/digest/digest-rules';
import { segmentOverview } from '../analytics/segment-overview';
import { weeklyChurnList } from '../analytics/churn-list';
import { segmentLabel } from '../analytics/labels';
import { tagUsageRate } from './tag-usage-rate';
import { repCoverage } from '../analytics/rep-coverage';
import { segmentTagIds } from '../tags/segment-tag-ids';
import { recordTagUse, usageDay } from '../tags/tag-usage';

/**
 * The digest as the given user may see it (managers: the whole team). The
 * segment labels it prints (a count now or last week, a migration's ends) are
 * the labels of statistical/predictive tags (`seg_lifecycle_sleeping`,
 * `churn_high`…): each digest counts one `digest` use of those tags, for the
 * user it was made for (none for the team digest, user id 0).
 */
export async function digestFor(database: Database, config: Config, user: User, now: Date): Promise<DigestText & { input: DigestInput | null }> {
  const overview = await segmentOverview(database.client, user);
  if (!overview.week || !overview.as_of) {
    const text = { zh: '还没有计算过客户分层,暂无周报。', en: 'No segments computed yet, so no digest.' };
    return { html: text, markdown: text, input: null };
  }
  const churn = await weeklyChurnList(database.client, user, { limit: 5 });
  const worthActing = overview.migrations.filter((m) => migrationWorthActing(m.scheme, m.from, m.to)).slice(0, 6);
  const entered = overview.migrations.filter((m) => m.scheme === 'churn_level' && m.to === 'high').reduce((a, m) => a + m.count, 0);
  const input: DigestInput = {
    week: overview.week,
    asOf: overview.as_of,
    dashboardUrl: `${config.publicUrl}/dashboard`,
    segments: overview.schemes.filter((s) => DIGEST_SCHEMES.includes(s.scheme)),
    migrations: worthActing.map((m) => ({ scheme: m.scheme, from: segmentLabel(m.scheme, m.from), to: segmentLabel(m.scheme, m.to), count: m.count })),
    enteredHighRisk: entered,
    topAtRisk: churn.items.filter((c) => c.newly_at_risk).map((c) => ({
      customer_id: c.customer_id, name: c.name, owner: c.owner, value_at_risk: c.value_at_risk, reason: c.reasons[0]?.text ?? null,
    })),
    reps: await repCoverage(database.client, now),
    tagUsageRate: await tagUsageRate(database, now, config.timeZone),
  };
  const shown = [
    ...input.segments.flatMap((s) => s.counts.filter((c) => c.count > 0 || (c.previous ?? 0) > 0).map((c) => ({ scheme: s.scheme, label: c.id }))),
    ...worthActing.flatMap((m) => [{ scheme: m.scheme, label: m.from }, { scheme: m.scheme, label: m.to }]),
  ];
  // Counted after the usage rate above, so a digest reports the rate it found, not one it raised itself.
  await recordTagUse(database, await segmentTagIds(database.client, shown), 'digest', user.id > 0 ? user.id : null, usageDay(now, config.timeZone));
  return { ...weeklyDigest(input), input };
}
