/** Deployment configuration, read once from the environment. */
export interface Config {
  port: number;
  databaseUrl: string;
  timeZone: string;
  demo: boolean;
  telegramToken?: string;
  telegramApiRoot?: string;
  publicUrl: string;
  secureCookies: boolean;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 8787);
  return {
    port,
    databaseUrl: env.DATABASE_URL ?? 'file:data/huaxiang.db',
    timeZone: env.HUAXIANG_TZ ?? 'Asia/Shanghai',
    demo: env.HUAXIANG_DEMO !== '0',
    telegramToken: env.TELEGRAM_BOT_TOKEN || undefined,
    telegramApiRoot: env.TELEGRAM_API_ROOT || undefined,
    publicUrl: (env.HUAXIANG_PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, ''),
    secureCookies: (env.HUAXIANG_PUBLIC_URL ?? '').startsWith('https://'),
  };
}
