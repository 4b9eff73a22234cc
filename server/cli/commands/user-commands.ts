import { CliError } from '../cli-context';
import { addUser, createApiToken, createLinkCode, ROLES, setPassword, type Role } from '../../services/users';
import { newReadablePassword } from '../../auth/secrets';
import { audit } from '../../services/audit';
import { readStdin, str, type Command } from './command';

export const userAdd: Command = {
  usage: 'LOGIN --role sales|field|manager|admin [--name NAME] [--password-stdin]',
  summary: 'Adds a user. Without --password-stdin a random password is generated and printed once.',
  options: { role: { type: 'string' }, name: { type: 'string' }, 'password-stdin': { type: 'boolean' } },
  async run(flags, [login], ctx) {
    const role = str(flags.role) as Role | undefined;
    if (!login || !role) throw new CliError('usage: huaxiang user add LOGIN --role sales|field|manager|admin', 2);
    if (!ROLES.includes(role)) throw new CliError(`--role must be one of ${ROLES.join(', ')}`, 2);
    const generated = !flags['password-stdin'];
    const password = generated ? newReadablePassword() : (await readStdin()).replace(/\r?\n$/, '');
    const { db } = await ctx.open();
    const user = await addUser(db, { login, role, name: str(flags.name), password });
    await audit(db, null, 'user.add', user.login, { role, via: 'cli' });
    const result = { user, ...(generated ? { password } : {}) };
    ctx.out(result, () => `added ${user.role} ${user.login}${generated ? `; password: ${password}` : ''}`);
  },
};

export const userPasswd: Command = {
  usage: 'LOGIN [--password-stdin]',
  summary: 'Sets a new password (random and printed once, or read from standard input).',
  options: { 'password-stdin': { type: 'boolean' } },
  async run(flags, [login], ctx) {
    if (!login) throw new CliError('usage: huaxiang user passwd LOGIN', 2);
    const generated = !flags['password-stdin'];
    const password = generated ? newReadablePassword() : (await readStdin()).replace(/\r?\n$/, '');
    const { db } = await ctx.open();
    await setPassword(db, login, password);
    await audit(db, null, 'user.passwd', login, { via: 'cli' });
    ctx.out({ login, ...(generated ? { password } : {}) }, () => `password set for ${login}${generated ? `: ${password}` : ''}`);
  },
};

export const tokenCreate: Command = {
  usage: 'LOGIN [--label TEXT]',
  summary: 'Creates an API token for integrations (Authorization: Bearer TOKEN). It is shown once.',
  options: { label: { type: 'string' } },
  async run(flags, [login], ctx) {
    if (!login) throw new CliError('usage: huaxiang token create LOGIN', 2);
    const { db } = await ctx.open();
    const token = await createApiToken(db, login, str(flags.label));
    await audit(db, null, 'token.create', login, { via: 'cli' });
    ctx.out({ login, token }, () => token);
  },
};

export const userLinkCode: Command = {
  usage: 'LOGIN',
  summary: 'Prints a one-time code; the user sends `/start CODE` to the Telegram bot within 24 hours.',
  async run(_flags, [login], ctx) {
    if (!login) throw new CliError('usage: huaxiang user link-code LOGIN', 2);
    const { db } = await ctx.open();
    const code = await createLinkCode(db, login, ctx.now());
    await audit(db, null, 'user.link_code', login, { via: 'cli' });
    ctx.out({ login, code, expires_in_s: 86_400 }, () => `${code}\n(send "/start ${code}" to the bot within 24 hours)`);
  },
};
