import { randomUUID } from 'node:crypto';
import { Composer, InlineKeyboard } from 'grammy';
import { DEFAULT_INTERVIEW_TEMPLATE, formatAnswer, validateFieldValue, type AnswerValue, type InterviewTemplate } from '../../shared/interview';
import type { InterviewState } from '../bot-services';
import type { BotContext, LinkedContext } from '../context';
import { messages } from '../messages';
import { esc, fitsCallback } from '../html';
import { maskPhone } from '../../shared/chat/mask-phone';
import { answerCurrent, answersToSave, fieldAt, skipCurrent, skipSection, startInterview, type Step } from '../interview/flow';
import { BUTTON_RE, renderQuestion, renderSummary, tokenOf } from '../interview/render';
import { customerIdFromCard } from '../render-card';

/**
 * `/interview <customer>`: the guided interview generated from the template
 * (SPEC §6). Plain handlers over a state persisted in bot_chats after every
 * step (not @grammyjs/conversations): the state is a small JSON document that
 * survives restarts and replicas, is read back in one query, and does not
 * depend on replaying earlier updates through the conversation function.
 */
export const interviewFeature = new Composer<BotContext>();
const linked = interviewFeature.filter((ctx): ctx is LinkedContext => Boolean(ctx.user));

/** The template an interview was started with; only the current default exists today. */
function templateFor(state: InterviewState): InterviewTemplate | undefined {
  const t = DEFAULT_INTERVIEW_TEMPLATE;
  return state.templateId === t.id && state.templateVersion === t.version ? t : undefined;
}

async function currentInterview(ctx: LinkedContext): Promise<InterviewState | null> {
  const state = await ctx.services.chatState(ctx.from!.id);
  return state?.kind === 'interview' ? state : null;
}

const requiredNoSkip = (f: { label: { zh: string; en: string } }) => ({
  zh: messages.zh.interview.requiredNoSkip(f.label.zh), en: messages.en.interview.requiredNoSkip(f.label.en),
});

const html = { parse_mode: 'HTML' as const, link_preview_options: { is_disabled: true } };

/** Sends the current question or, at the end, the summary. */
async function ask(ctx: LinkedContext, template: InterviewTemplate, state: InterviewState, opts: { prefix?: string; header?: boolean } = {}) {
  const view = state.phase === 'summary'
    ? renderSummary(template, state, ctx.t, ctx.lang)
    : renderQuestion(template, state, ctx.t, ctx.lang, opts);
  const text = state.phase === 'summary' && opts.prefix ? `${opts.prefix}\n\n${view.text}` : view.text;
  return ctx.reply(text, { ...html, reply_markup: view.keyboard });
}

/** Persists the outcome of a step, then asks what comes next (or re-asks with the reason). */
async function proceed(ctx: LinkedContext, template: InterviewTemplate, before: InterviewState, step: Step, prefix?: string) {
  const { t, lang } = ctx;
  if (step.state === before && step.refused) {
    return ask(ctx, template, before, { prefix: esc(t.interview.invalid(step.refused[lang])) });
  }
  await ctx.services.setChatState(ctx.from!.id, step.state);
  const lines = [prefix, step.refused ? esc(t.interview.fixNeeded(step.refused[lang])) : undefined].filter(Boolean);
  return ask(ctx, template, step.state, { prefix: lines.join('\n') || undefined, header: step.state.section !== before.section || step.state.phase === 'fix' });
}

/** Starts a new interview for a customer the user may see (or resumes the one already open for them). */
async function begin(ctx: LinkedContext, customerId: string, customerName: string, interrupted?: InterviewState) {
  const { t } = ctx;
  const open = interrupted ?? await currentInterview(ctx);
  if (open && open.customerId === customerId) return resume(ctx, open);
  const template = DEFAULT_INTERVIEW_TEMPLATE;
  const state = startInterview(template, { interviewId: `iv-${randomUUID()}`, customerId, customerName });
  await ctx.services.setChatState(ctx.from!.id, state);
  const intro = [t.interview.start(customerName, template.sections.length), open ? t.interview.replacing(open.customerName) : ''].filter(Boolean).join('\n');
  await ctx.reply(intro);
  return ask(ctx, template, state, { header: true });
}

async function resume(ctx: LinkedContext, state: InterviewState) {
  const template = templateFor(state);
  if (!template) {
    await ctx.services.setChatState(ctx.from!.id, null);
    return ctx.reply(ctx.t.interview.alreadyClosed);
  }
  const next = { ...state, paused: false, step: state.step + 1 };
  await ctx.services.setChatState(ctx.from!.id, next);
  return ask(ctx, template, next, { prefix: esc(ctx.t.interview.resume(state.customerName)), header: true });
}

/** `/interview 新客户 张三 13800001234`: reuse a visible customer with that phone, else create the prospect. */
async function createAndBegin(ctx: LinkedContext, name: string, phone: string | null, interrupted?: InterviewState) {
  if (phone) {
    const same = await ctx.services.findCustomers(ctx.user, phone.replace(/\D/g, ''), 2);
    if (same.length === 1) return begin(ctx, same[0].customer_id, same[0].name ?? same[0].customer_id, interrupted);
  }
  const id = await ctx.services.createProspect(ctx.user, { name, phone });
  await ctx.reply(ctx.t.interview.prospectCreated(name, id));
  return begin(ctx, id, name, interrupted);
}

const NEW_PROSPECT = /^(?:新客户|新建|new)\s+(\S+)(?:\s+(\+?\d[\d\s-]{4,}\d))?\s*$/i;

linked.command('interview', async (ctx) => {
  const { t, services } = ctx;
  const arg = ctx.match.trim();
  if (!arg) {
    const open = await currentInterview(ctx);
    return open ? resume(ctx, open) : ctx.reply(t.interview.nothingToResume);
  }
  const fresh = NEW_PROSPECT.exec(arg);
  if (fresh) return createAndBegin(ctx, fresh[1], fresh[2]?.replace(/[\s-]/g, '') ?? null);
  const found = await services.findCustomers(ctx.user, arg, 6);
  if (found.length === 1) return begin(ctx, found[0].customer_id, found[0].name ?? found[0].customer_id);
  if (found.length > 1) {
    const kb = new InlineKeyboard();
    for (const c of found) if (fitsCallback(`ivc:${c.customer_id}`)) kb.text(`${c.name ?? c.customer_id} ${maskPhone(c.phone)}`, `ivc:${c.customer_id}`).row();
    return ctx.reply(t.many(found.length), { reply_markup: kb });
  }
  if (/^[\d\s+-]+$/.test(arg)) return ctx.reply(t.interview.notFoundDigits(arg));
  const interrupted = (await currentInterview(ctx)) ?? undefined;
  await services.setChatState(ctx.from!.id, { kind: 'prospect', name: arg, phone: null, interrupted });
  return ctx.reply(t.interview.newProspect(arg), {
    reply_markup: new InlineKeyboard().text(t.interview.create, 'ivn:go').text(t.interview.cancel, 'ivn:x'),
  });
});

linked.callbackQuery(/^ivc:(.+)$/, async (ctx) => {
  await ctx.answerCallbackQuery();
  const card = await ctx.services.portraitCard(ctx.user, ctx.match[1]); // 404 unless visible
  return begin(ctx, card.profile.customer_id, card.profile.name ?? card.profile.customer_id);
});

linked.callbackQuery(/^ivn:(go|x)$/, async (ctx) => {
  const state = await ctx.services.chatState(ctx.from.id);
  if (state?.kind !== 'prospect') return ctx.answerCallbackQuery({ text: ctx.t.interview.alreadyClosed });
  await ctx.answerCallbackQuery();
  if (ctx.match[1] === 'x') {
    await ctx.services.setChatState(ctx.from.id, state.interrupted ?? null);
    return ctx.reply(ctx.t.interview.cancelled);
  }
  return createAndBegin(ctx, state.name, state.phone, state.interrupted);
});

/** `/skip`, `/skipsection`, `/pause` as commands (the same as the buttons). */
for (const [command, action] of [['skip', 's'], ['skipsection', 'ss'], ['pause', 'p']] as const) {
  linked.command(command, async (ctx, next) => {
    const state = await currentInterview(ctx);
    if (!state) return next();
    return act(ctx, state, action);
  });
}

linked.callbackQuery(BUTTON_RE, async (ctx) => {
  const [, token, step, action, n] = ctx.match;
  const state = await currentInterview(ctx);
  if (!state || tokenOf(state) !== token) return ctx.answerCallbackQuery({ text: ctx.t.interview.alreadyClosed });
  if (Number(step) !== state.step) return ctx.answerCallbackQuery({ text: ctx.t.interview.stale });
  await ctx.answerCallbackQuery();
  return act(ctx, state, action, n === undefined ? undefined : Number(n));
});

/** One interview action from a button or a command. */
async function act(ctx: LinkedContext, state: InterviewState, action: string, n?: number) {
  const { t, lang, services } = ctx;
  const template = templateFor(state);
  if (!template) return resume(ctx, state);
  if (action === 'p') {
    await services.setChatState(ctx.from!.id, { ...state, paused: true });
    return ctx.reply(t.interview.paused);
  }
  if (action === 'x') {
    await services.setChatState(ctx.from!.id, null);
    return ctx.reply(t.interview.discarded(state.customerName));
  }
  if (action === 'save') {
    if (state.phase !== 'summary' || !answersToSave(template, state)) return resume(ctx, state);
    await services.saveInterview(ctx.user, state);
    await services.setChatState(ctx.from!.id, null);
    return ctx.reply(t.interview.saved(state.customerName));
  }
  if (state.phase === 'summary') return ask(ctx, template, state);
  const { field } = fieldAt(template, state);
  const label = field.label[lang];
  if (action === 's') {
    return proceed(ctx, template, state, skipCurrent(template, state, requiredNoSkip), esc(t.interview.skipped(label)));
  }
  if (action === 'ss') return proceed(ctx, template, state, skipSection(template, state));
  let value: AnswerValue | undefined;
  if (action === 'y' || action === 'n') value = action === 'y';
  if (action === 'o' && n !== undefined && field.options?.[n]) value = field.options[n].value;
  if (action === 'm' && n !== undefined && field.options?.[n]) {
    const picked = new Set(state.picking ?? []);
    const v = field.options[n].value;
    if (picked.has(v)) picked.delete(v);
    else picked.add(v);
    const next = { ...state, picking: field.options.filter((o) => picked.has(o.value)).map((o) => o.value) };
    await services.setChatState(ctx.from!.id, next);
    return ctx.editMessageReplyMarkup({ reply_markup: renderQuestion(template, next, t, lang).keyboard });
  }
  if (action === 'd') {
    if (!state.picking?.length) return act(ctx, state, 's');
    value = state.picking;
  }
  if (value === undefined) return ask(ctx, template, state);
  return answer(ctx, template, state, value);
}

async function answer(ctx: LinkedContext, template: InterviewTemplate, state: InterviewState, value: AnswerValue) {
  const { field } = fieldAt(template, state);
  const shown = formatAnswer(field, value)?.[ctx.lang] ?? '';
  return proceed(ctx, template, state, answerCurrent(template, state, value), esc(ctx.t.interview.answered(field.label[ctx.lang], shown)));
}

/** Typed answers: parsed and checked by the template's validator; a refusal re-asks with the reason. */
linked.on('message:text', async (ctx, next) => {
  if (ctx.message.text.startsWith('/')) return next();
  if (customerIdFromCard(ctx.message.reply_to_message?.text)) return next(); // a note on a card, not an answer
  const state = await currentInterview(ctx);
  if (!state || state.paused || state.phase === 'summary') return next();
  const template = templateFor(state);
  if (!template) return next();
  const { field } = fieldAt(template, state);
  const parsed = validateFieldValue(field, ctx.message.text);
  if (!parsed.ok) return ask(ctx, template, state, { prefix: esc(ctx.t.interview.invalid(parsed.message[ctx.lang])) });
  return answer(ctx, template, state, parsed.value);
});
