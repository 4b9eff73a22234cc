import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { bearerFor, loginAs, makeTestApp, type TestApp } from '../../support/test-app';
import { spoolBody } from '../../../server/import/spool-body';
import { fixtureText } from './import-helpers';

let t: TestApp;
const headers: Record<string, Record<string, string>> = {};
beforeAll(async () => {
  t = await makeTestApp();
  for (const login of ['admin1', 'manager1', 'sales1', 'field1']) headers[login] = await loginAs(t, login);
});

const post = (path: string, body: BodyInit, who: Record<string, string>) =>
  t.app.request(path, { method: 'POST', headers: { 'content-type': 'text/csv', ...who }, body });
const count = async (table: string) => Number((await t.database.client.execute(`SELECT count(*) FROM ${table}`)).rows[0][0]);

describe('POST /api/import/:kind', () => {
  it('admin imports a CSV body and gets the report', async () => {
    const res = await post('/api/import/orders', fixtureText('orders-good.csv'), headers.admin1);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ kind: 'orders', written: true, good: 5, records: 4 });
    expect(await count('orders')).toBe(4);
  });

  it('other roles get 403, anonymous 401, and nothing is written', async () => {
    const before = await count('events');
    for (const who of ['manager1', 'sales1', 'field1']) {
      const res = await post('/api/import/events', fixtureText('events-good.csv'), headers[who]);
      expect(res.status, who).toBe(403);
      expect((await res.json()).error.code).toBe('forbidden');
    }
    expect((await post('/api/import/events', fixtureText('events-good.csv'), {})).status).toBe(401);
    expect(await count('events')).toBe(before);
  });

  it('a file with bad rows: 400 with the report, nothing written; skip_bad=1 writes the good rows', async () => {
    const before = await count('orders');
    const res = await post('/api/import/orders', fixtureText('orders-bad.csv'), headers.admin1);
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.code).toBe('validation');
    expect(body.error.details.errors.map((e: { line: number }) => e.line)).toEqual([4, 5, 7, 8]);
    expect(await count('orders')).toBe(before);
    const skip = await post('/api/import/orders?skip_bad=1', fixtureText('orders-bad.csv'), headers.admin1);
    expect(skip.status).toBe(200);
    expect(await skip.json()).toMatchObject({ written: true, good: 2, bad: 4, records: 2 });
    // SO-1 was in the first file too: replaced (amount 100 now), SO-6 is new.
    expect(await count('orders')).toBe(before + 1);
    expect((await t.database.client.execute("SELECT amount FROM orders WHERE order_id = 'SO-1'")).rows[0][0]).toBe(100);
  });

  it('query options: map, date_format, dry_run; a bearer token works; gzip body', async () => {
    const auth = await bearerFor(t, 'admin1');
    const csv = 'cust,tx,date,dollars\n00001,cd-1,19970101,11.77\n';
    const q = `map=${encodeURIComponent('customer_id=cust,order_id=tx,ordered_at=date,amount=dollars')}&date_format=YYYYMMDD`;
    const dry = await post(`/api/import/orders?${q}&dry_run=true`, csv, auth);
    expect(dry.status).toBe(200);
    expect(await dry.json()).toMatchObject({ dry_run: true, written: false, records: 1 });
    const real = await post(`/api/import/orders?${q}`, gzipSync(Buffer.from(csv)), auth);
    expect(await real.json()).toMatchObject({ written: true, records: 1 });
    expect((await t.database.client.execute("SELECT ordered_at FROM orders WHERE order_id = 'cd-1'")).rows[0][0]).toBe('1997-01-01 00:00:00');
  });

  it('an unknown kind is 404, a bad flag 400', async () => {
    expect((await post('/api/import/vehicles', 'a\n1\n', headers.admin1)).status).toBe(404);
    expect((await post('/api/import/orders?skip_bad=maybe', 'a\n1\n', headers.admin1)).status).toBe(400);
  });

  it('a wrong header: 400 naming the column', async () => {
    const res = await post('/api/import/customers', 'name,phone\n张伟,1\n', headers.admin1);
    expect(res.status).toBe(400);
    expect((await res.json()).error.details.errors[0]).toMatchObject({ line: 1, column: 'customer_id', code: 'missing_column' });
  });
});

describe('request body limit', () => {
  const stream = (n: number) => new Blob([new Uint8Array(n)]).stream();
  it('spools a body within the limit and refuses one over it with 413', async () => {
    const ok = await spoolBody(stream(1000), undefined, 1000);
    expect(ok.bytes).toBe(1000);
    await ok.remove();
    await expect(spoolBody(stream(1001), undefined, 1000)).rejects.toMatchObject({ code: 'payload_too_large', status: 413 });
    await expect(spoolBody(stream(10), '5000', 1000)).rejects.toMatchObject({ status: 413 });
  });
});
