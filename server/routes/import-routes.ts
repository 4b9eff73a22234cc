import { Hono } from 'hono';
import type { AppEnv } from '../http/context';

export const importRoutes = new Hono<AppEnv>();
