// A separate process for the digest race test: opens the database file and tries to send.
import { openDatabase } from '../../../server/db/client';
import { sendWeeklyDigest } from '../../../server/digest/send-digest';
import { loadConfig } from '../../../server/config';

const [url, name] = process.argv.slice(2);
const database = await openDatabase(url);
const result = await sendWeeklyDigest({
  database, config: { ...loadConfig({}), demo: false }, now: new Date('2026-11-23T01:00:00Z'), hooks: [], claimant: name,
  send: async () => {},
});
process.stdout.write(result.sent ? 'sent\n' : 'skipped\n');
database.close();
