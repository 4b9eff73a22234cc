import { Hono } from 'hono';
import { z } from 'zod';
import { requireRole } from '../http/auth-middleware';
import { validate } from '../http/validate';
import type { AppEnv } from '../http/context';
import { addUser, createLinkCode, listUsers, ROLES, type Role } from '../services/users';
import { audit } from '../services/audit';
import { DomainError } from '../errors';

const userBody = z.object({
  login: z.string().min(2).max(40),
  role: z.enum(ROLES as [Role, ...Role[]]),
  name: z.string().min(1).max(80).optional(),
  password: z.string().min(8).max(200),
}).strict();

export const userRoutes = new Hono<AppEnv>()
  .get('/', requireRole('admin', 'manager'), async (c) => c.json({ items: await listUsers(c.get('deps').database.db) }))
  .post('/', requireRole('admin'), validate('json', userBody), async (c) => {
    const { database } = c.get('deps');
    const user = await addUser(database.db, c.req.valid('json'));
    await audit(database.db, c.get('user').id, 'user.add', user.login, { role: user.role });
    return c.json(user, 201);
  })
  /** A one-time code for `/start CODE` in the Telegram bot: for yourself, or (admin) for anyone. */
  .post('/:login/link-code', async (c) => {
    const { database, now } = c.get('deps');
    const me = c.get('user');
    const login = c.req.param('login') === 'me' ? me.login : c.req.param('login');
    if (login !== me.login && me.role !== 'admin') throw new DomainError('forbidden', 'only admins create codes for others');
    const code = await createLinkCode(database.db, login, now());
    await audit(database.db, me.id, 'user.link_code', login);
    return c.json({ code, expires_in_s: 86_400, usage: `/start ${code}` });
  });
