import { describe, expect, it } from 'vitest';
import { DIGEST_SCHEMES, migrationWorthActing } from '../../../shared/digest/digest-rules';

describe('digest rules: which migrations a manager should act on', () => {
  it('flags valuable RFM segments slipping, not every RFM move', () => {
    expect(migrationWorthActing('rfm_segment', 'champions', 'at_risk')).toBe(true);
    expect(migrationWorthActing('rfm_segment', 'loyal', 'hibernating')).toBe(true);
    expect(migrationWorthActing('rfm_segment', 'loyal', 'champions')).toBe(false);
    expect(migrationWorthActing('rfm_segment', 'hibernating', 'at_risk')).toBe(false);
  });
  it('flags lifecycle moves away from active, and every CLV tier change', () => {
    expect(migrationWorthActing('lifecycle', 'active', 'sleeping')).toBe(true);
    expect(migrationWorthActing('lifecycle', 'sleeping', 'active')).toBe(false);
    expect(migrationWorthActing('clv_tier', 'whale', 'dolphin')).toBe(true);
  });
  it('leaves churn levels (reported as entering high risk) and unknown schemes out', () => {
    expect(migrationWorthActing('churn_level', 'low', 'high')).toBe(false);
    expect(migrationWorthActing('abc', 'A', 'C')).toBe(false);
    expect(DIGEST_SCHEMES).toEqual(['rfm_segment', 'lifecycle', 'clv_tier', 'churn_level']);
  });
});
