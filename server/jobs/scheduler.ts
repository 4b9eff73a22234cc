import type { Hono } from 'hono';
import { webhookCallback } from 'grammy';
import type { AppDeps, AppEnv } from '../http/context';
import { createBot, setCommandMenus } from '../../bot/create-bot';
import { createBotServices } from '../services/bot-services';
import { sendWeeklyDigest } from '../digest/send-digest';
import { groupWebhooksFromEnv } from '../digest/group-webhooks';
import { isoWeekday } from '../../shared/time/calendar';
import { dayNumber } from '../../shared/time/calendar';
import { localDate, localTimestamp } from '../local-time';
import { runDailyRefreshIfDue } from './daily-refresh';
import { sendOwnerAlerts } from '../digest/owner-alerts';

/**
 * Background work of a running server: the Telegram bot (polling, or webhook
 * mounted at /telegram/webhook), the daily refresh (after 02:00 local time),
 * and the weekly digest (Mondays from 09:00 local time, once per ISO week
 * across replicas). Checks run once a minute.
 */
export async function startBackgroundJobs(deps: AppDeps, app: Hono<AppEnv>) {
  const { config, database, now } = deps;
  const env = process.env;
  let bot: ReturnType<typeof createBot> | undefined;
  if (config.telegramToken) {
    bot = createBot({ token: config.telegramToken, services: createBotServices(database, config, now), apiRoot: config.telegramApiRoot });
    if (env.TELEGRAM_WEBHOOK_SECRET) {
      app.post('/telegram/webhook', webhookCallback(bot, 'hono', { secretToken: env.TELEGRAM_WEBHOOK_SECRET }));
      await bot.init();
      await bot.api.setWebhook(`${config.publicUrl}/telegram/webhook`, { secret_token: env.TELEGRAM_WEBHOOK_SECRET });
      console.log('[huaxiang] telegram bot: webhook mode');
    } else {
      void bot.start({ drop_pending_updates: false, onStart: (me) => console.log(`[huaxiang] telegram bot @${me.username}: polling`) })
        .catch((err) => console.error(`[huaxiang] telegram bot stopped: ${(err as Error).message}`));
    }
    await setCommandMenus(bot.api).catch((err) => console.error(`[huaxiang] setMyCommands failed: ${(err as Error).message}`));
  }

  let busy = false;
  const tick = async () => {
    if (busy) return;
    busy = true;
    try {
      const t = now();
      await runDailyRefreshIfDue(deps, t, bot ? async (r) => {
        await sendOwnerAlerts({ database, config, now: t, send: (id, text, o) => bot!.api.sendMessage(id, text, o) }, { week: r.week, customerPks: r.newly_high_risk_pks });
      } : undefined);
      const local = localTimestamp(t, config.timeZone);
      const hooks = groupWebhooksFromEnv(env);
      // Without a bot or a group webhook there is nowhere to send: the week is not claimed,
      // so a bot configured later that week still sends it.
      if ((bot || hooks.length) && isoWeekday(dayNumber(localDate(t, config.timeZone))) === 1 && local.slice(11) >= '09:00:00') {
        await sendWeeklyDigest({
          database, config, now: t, hooks,
          send: bot ? (chatId, text, opts) => bot!.api.sendMessage(chatId, text, opts) : undefined,
        });
      }
    } catch (err) {
      console.error(`[huaxiang] scheduled job failed: ${(err as Error).message}`);
    } finally {
      busy = false;
    }
  };
  const timer = env.HUAXIANG_SCHEDULER === '0' ? undefined : setInterval(tick, 60_000);
  return {
    bot,
    tick,
    stop() {
      if (timer) clearInterval(timer);
      void bot?.stop();
    },
  };
}
