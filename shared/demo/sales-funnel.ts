/**
 * Behaviour around a vehicle sale: the lead clicks an ad, views the model
 * online, gets calls and WeChat messages from sales, visits the showroom,
 * test-drives, then buys — and prospects who stop somewhere along that path.
 */
import type { CustomerTimeline } from './customer-timeline';
import type { Draw } from './draw';
import { secondOfDay } from './time-of-day';

/**
 * Seconds spent on a model page: log-normal, median 90 s, σ = 0.7 (via the
 * bell draw), clamped to 8–1,200 s — P(Z > ln(300/90)/0.7 = 1.72) ≈ 4 % of
 * views pass 300 s, so a long view stays a signal.
 * Example: bell() = 0 → 90 s.
 */
export function viewSeconds(draw: Draw): number {
  return Math.min(1200, Math.max(8, Math.round(90 * Math.exp(0.7 * draw.bell()))));
}

/** A sales call: 15 % not answered (0 s), else 40–900 s. */
export function callSeconds(draw: Draw): number {
  return draw.chance(0.15) ? 0 : draw.int(40, 900);
}

function onDays(draw: Draw, count: number, from: number, to: number, each: (day: number) => void): void {
  for (let i = 0; i < count; i++) each(to <= from ? from : draw.int(from, to));
}

/**
 * The path to a purchase on `day` of `model` (a product name), over the
 * 7–45 days before: ad clicks (online leads), 1–5 model views, 1–3 calls,
 * 0–2 messages, a showroom visit 1–20 days before with a test drive (75 %),
 * and the visit on the day itself. Returns nothing; writes to the timeline.
 */
export function purchaseFunnel(draw: Draw, t: CustomerTimeline, day: number, model: string, online: boolean, alternative: string): void {
  const lead = day - draw.int(7, 45);
  if (online) onDays(draw, draw.int(1, 2), lead - 5, lead, (d) => t.event(d, secondOfDay(draw, 'browsing'), 'click', model));
  onDays(draw, draw.int(1, 5), lead, day - 1, (d) => {
    const seen = draw.chance(0.25) ? alternative : model;
    t.event(d, secondOfDay(draw, 'browsing'), 'view', seen, viewSeconds(draw));
  });
  onDays(draw, draw.int(1, 3), lead, day, (d) => t.event(d, secondOfDay(draw, 'office'), 'call', undefined, callSeconds(draw)));
  onDays(draw, draw.int(0, 2), lead, day, (d) => t.event(d, secondOfDay(draw, 'browsing'), 'message'));
  const firstVisit = day - draw.int(1, Math.min(20, day - lead));
  const visitAt = secondOfDay(draw, 'store');
  t.event(firstVisit, visitAt, 'visit', model, draw.int(1800, 5400));
  if (draw.chance(0.75)) t.event(firstVisit, Math.min(visitAt + draw.int(900, 2400), 86_000), 'test_drive', model, draw.int(900, 2400));
  t.event(day, secondOfDay(draw, 'store'), 'visit', model, draw.int(3600, 10_800));
}

/**
 * A prospect who never bought: a lead on `leadDay`, then clicks (online
 * leads), 1–6 views over 30 days, 1–4 sales calls over 60 days, 0–3 messages,
 * a showroom visit (35 %) with a test drive (half of those); 20 % come back
 * to browse 60–240 days later. 10 % are bare imported leads with no events.
 */
export function prospectJourney(draw: Draw, t: CustomerTimeline, leadDay: number, model: string, online: boolean): void {
  if (draw.chance(0.1)) return;
  if (online) onDays(draw, draw.int(1, 3), leadDay, leadDay, (d) => t.event(d, secondOfDay(draw, 'browsing'), 'click', model));
  onDays(draw, draw.int(1, 6), leadDay, leadDay + 30, (d) => t.event(d, secondOfDay(draw, 'browsing'), 'view', model, viewSeconds(draw)));
  onDays(draw, draw.int(1, 4), leadDay, leadDay + 60, (d) => t.event(d, secondOfDay(draw, 'office'), 'call', undefined, callSeconds(draw)));
  onDays(draw, draw.int(0, 3), leadDay, leadDay + 45, (d) => t.event(d, secondOfDay(draw, 'browsing'), 'message'));
  if (draw.chance(0.35)) {
    const visit = leadDay + draw.int(3, 40);
    const at = secondOfDay(draw, 'store');
    t.event(visit, at, 'visit', model, draw.int(1200, 4800));
    if (draw.chance(0.5)) t.event(visit, Math.min(at + draw.int(600, 1800), 86_000), 'test_drive', model, draw.int(900, 2100));
  }
  if (draw.chance(0.2)) {
    const back = leadDay + draw.int(60, 240);
    onDays(draw, draw.int(1, 3), back, back + 7, (d) => t.event(d, secondOfDay(draw, 'browsing'), 'view', model, viewSeconds(draw)));
  }
}

/**
 * A hot buyer in the last week: on one day in `lastDay − 6 … lastDay`, one
 * or two short views and one long view of 300–900 s of the same model (the
 * 高购买意向 rule: a product viewed ≥ 300 s within a day), often a call back.
 */
export function highIntentSession(draw: Draw, t: CustomerTimeline, lastDay: number, model: string): void {
  const day = lastDay - draw.int(0, 6);
  onDays(draw, draw.int(1, 2), day, day, (d) => t.event(d, secondOfDay(draw, 'browsing'), 'view', model, draw.int(20, 200)));
  t.event(day, secondOfDay(draw, 'browsing'), 'view', model, draw.int(300, 900));
  if (draw.chance(0.6)) t.event(Math.min(day + 1, lastDay), secondOfDay(draw, 'office'), 'call', undefined, callSeconds(draw));
}

/**
 * Keeping in touch (客户维系): a call or WeChat message every
 * meanGap × U(0.5, 1.5) days from `from` to `to`; 30 % of touches are messages.
 * When touches stop (`to` well before asOf) the customer has a contact gap.
 */
export function careContacts(draw: Draw, t: CustomerTimeline, from: number, to: number, meanGap: number): void {
  for (let day = from + Math.round(meanGap * draw.real(0.5, 1.5)); day <= to; day += Math.round(meanGap * draw.real(0.5, 1.5))) {
    if (draw.chance(0.3)) t.event(day, secondOfDay(draw, 'browsing'), 'message');
    else t.event(day, secondOfDay(draw, 'office'), 'call', undefined, callSeconds(draw));
  }
}
