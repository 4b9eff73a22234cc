import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../server/db/client';
import { loadConfig } from '../../../server/config';
import { loadDemo } from '../../../server/services/demo-loader';
import { loadCustomerFacts } from '../../../server/analytics/customer-facts';
import { completenessColumn } from '../../../server/analytics/completeness-step';
import { knownPortraitItems, PORTRAIT_ITEMS } from '../../../shared/portrait';
import { dayNumber } from '../../../shared/time/calendar';

/**
 * The refresh's completeness column checks each pattern of known profile
 * columns once; here it is compared with every customer checked on their
 * own (the demo data: profiles filled in part, attributes, interviews).
 */
describe('completenessColumn', () => {
  it('equals the per-customer portrait check for every customer', async () => {
    const database = await openDatabase('file::memory:');
    const now = new Date('2026-11-24T02:00:00Z');
    await loadDemo(database, { ...loadConfig({}), demo: true }, now, { customers: 500, seed: 11 });
    const c = database.client;
    await c.execute("UPDATE customers SET gender = '  ', city = NULL WHERE pk % 7 = 0"); // blank text is unknown too
    await c.execute(`UPDATE customers SET attributes = '{"religion":"无","hobbies":[]}' WHERE pk % 5 = 0`);
    const facts = await loadCustomerFacts(c, dayNumber('2026-11-24'));
    const got = await completenessColumn(c, facts);

    const rs = await c.execute(`SELECT c.pk, c.gender, c.birth_year, c.region, c.city, c.source, c.platform, c.attributes,
      (SELECT answers FROM interviews i WHERE i.customer_pk = c.pk ORDER BY conducted_at DESC, created_at DESC LIMIT 1) FROM customers c ORDER BY c.pk`);
    let withInterview = 0;
    const patterns = new Set<string>();
    rs.rows.forEach((r, i) => {
      expect(Number(r[0])).toBe(facts.pk[i]);
      const profile = { gender: r[1], birth_year: r[2], region: r[3], city: r[4], source: r[5], platform: r[6], attributes: JSON.parse(String(r[7] ?? '{}')) };
      const answers = r[8] === null ? null : JSON.parse(String(r[8]));
      if (answers) withInterview++;
      const flags = knownPortraitItems({ profile, aggregates: { frequency: facts.frequency[i] }, answers }, PORTRAIT_ITEMS);
      const expected = flags.reduce((a, b) => a + b, 0) / PORTRAIT_ITEMS.length;
      patterns.add(String(expected));
      expect([facts.pk[i], got[i]]).toEqual([facts.pk[i], expected]);
    });
    expect(withInterview).toBeGreaterThan(5);
    expect(patterns.size).toBeGreaterThan(5);
    database.close();
  }, 60_000);
});
