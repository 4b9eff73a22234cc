import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { eq } from 'drizzle-orm';
import { CliError } from '../cli-context';
import { customers } from '../../db/schema';
import { eraseCustomer, exportCustomerData } from '../../services/privacy';
import type { Command } from './command';

export const backup: Command = {
  usage: 'FILE',
  summary: 'Writes an online, consistent copy of the database (VACUUM INTO) while the server runs.',
  async run(_flags, [file], ctx) {
    if (!file) throw new CliError('usage: huaxiang backup FILE', 2);
    const target = resolve(file);
    if (existsSync(target)) throw new CliError(`${target} exists; choose a new file name`);
    const { client } = await ctx.open();
    await client.execute({ sql: 'VACUUM INTO ?', args: [target] });
    ctx.out({ backup: target }, () => `backup written to ${target}`);
  },
};

async function customerPk(ctx: Parameters<Command['run']>[2], id: string | undefined) {
  if (!id) throw new CliError('a customer id is required', 2);
  const { db } = await ctx.open();
  const row = await db.select({ pk: customers.pk }).from(customers).where(eq(customers.customerId, id)).get();
  if (!row) throw new CliError(`no customer ${id}`);
  return row.pk;
}

export const customerErase: Command = {
  usage: 'CUSTOMER_ID',
  summary: 'Erases a customer\'s personal data (name, phone, email, attributes, interview answers, notes); keeps anonymous orders.',
  async run(_flags, [id], ctx) {
    const pk = await customerPk(ctx, id);
    await eraseCustomer(await ctx.open(), null, pk, ctx.now());
    ctx.out({ erased: id }, () => `erased personal data of ${id}`);
  },
};

export const customerExport: Command = {
  usage: 'CUSTOMER_ID',
  summary: 'Prints everything held on one customer as JSON (access request).',
  async run(_flags, [id], ctx) {
    const pk = await customerPk(ctx, id);
    const data = await exportCustomerData(await ctx.open(), null, pk);
    process.stdout.write(`${JSON.stringify(data, null, 2)}\n`);
  },
};
