/**
 * What the weekly digest (SPEC §7) shows, as business rules: the segment
 * schemes it counts, and which week-over-week migrations are worth a
 * manager's attention. Everything a manager would not act on (e.g. a
 * customer becoming active again) is left out of the "migrations" section.
 */
export const DIGEST_SCHEMES: readonly string[] = ['rfm_segment', 'lifecycle', 'clv_tier', 'churn_level'];

const VALUABLE_RFM = ['champions', 'loyal'];
const SLIPPING_RFM = ['at_risk', 'cant_lose', 'hibernating', 'need_attention'];

/**
 * True when a migration `from → to` in `scheme` is worth acting on: any CLV
 * tier change; a lifecycle move away from active; a valuable RFM segment
 * (champions, loyal) slipping into a segment that needs a win-back. Churn
 * level moves are reported separately (customers entering high risk).
 * Example: ('rfm_segment', 'champions', 'at_risk') → true; ('lifecycle', 'sleeping', 'active') → false.
 */
export function migrationWorthActing(scheme: string, from: string, to: string): boolean {
  switch (scheme) {
    case 'clv_tier': return true;
    case 'lifecycle': return to !== 'active';
    case 'rfm_segment': return VALUABLE_RFM.includes(from) && SLIPPING_RFM.includes(to);
    default: return false;
  }
}
