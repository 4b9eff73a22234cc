import type { PortraitCard } from '../shared/api/types';
import { maskPhone } from '../shared/chat/mask-phone';
import type { Lang, Messages } from './messages';
import { esc, money } from './html';

/** How many tags the compact portrait shows: the card's first ones (real-time event tags first, then predictive, rule…). */
export const CARD_TAG_LIMIT = 6;

/** The ids of the tags `renderCard` shows for this card, in order (what a bot answer counts as used). */
export function shownTagIds(card: PortraitCard): string[] {
  return (card.tags ?? []).slice(0, CARD_TAG_LIMIT).map((x) => x.id);
}

/** The compact portrait for chat: segments, churn with reasons, CLV tier, top tags, last order, highlights, next action. Phone masked. */
export function renderCard(card: PortraitCard, t: Messages, lang: Lang, publicUrl: string): string {
  const p = card.profile;
  const a = card.analytics;
  const lines = [`<b>${esc(p.name ?? p.customer_id)}</b> ${esc(maskPhone(p.phone))}`, `🆔 ${esc(p.customer_id)}${p.owner ? ` · ${t.owner} ${esc(p.owner)}` : ''}${p.city ? ` · ${esc(p.city)}` : ''}`];
  if (a) {
    const badges = a.segments.filter((s) => ['rfm_segment', 'lifecycle', 'clv_tier', 'rfm8'].includes(s.scheme)).map((s) => s.label[lang]);
    if (badges.length) lines.push(`${t.card.segments}: ${esc(badges.join(' · '))}`);
    if (a.churn.level) {
      lines.push(`${t.card.churn}: ${t.card.levels[a.churn.level]} (${a.churn.score?.toFixed(2)}) · ${t.valueAtRisk} ${money(a.churn.value_at_risk)}`);
      for (const r of a.churn.reasons.slice(0, 3)) lines.push(`  · ${esc(r.text[lang])}`);
    }
    if (a.clv_12m !== null) lines.push(`${t.card.clv}: ${money(a.clv_12m)}`);
  }
  const last = card.orders[0];
  lines.push(`${t.card.lastOrder}: ${last ? `${esc(last.ordered_at.slice(0, 10))} ${esc(last.product ?? '')} ${money(last.amount)}` : t.card.noOrders}`);
  if (card.tags?.length) lines.push(`${t.card.tags}: ${esc(card.tags.slice(0, CARD_TAG_LIMIT).map((x) => x.name[lang]).join('、'))}`);
  if (card.highlights?.length) {
    lines.push(`${t.card.interview}:`);
    for (const h of card.highlights.slice(0, 3)) lines.push(`  · ${esc(h[lang])}`);
  }
  if (a?.next_action) lines.push(`👉 ${t.card.next}: ${esc(a.next_action.text[lang])}`);
  lines.push(`<a href="${esc(`${publicUrl}/customers/${encodeURIComponent(p.customer_id)}`)}">${t.open}</a>`);
  return lines.join('\n');
}

/** The customer id a card message carries (for notes sent as a reply to a card). */
export function customerIdFromCard(text: string | undefined): string | undefined {
  return text ? /🆔 (\S+)/.exec(text)?.[1] : undefined;
}
