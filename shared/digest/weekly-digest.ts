/**
 * The weekly digest (周报, SPEC §7) as text: segment counts with week-over-week
 * change, migrations worth acting on, the top newly-at-risk customers with
 * value at risk, per-rep interview coverage and portrait completeness, the tag
 * usage rate and a dashboard link. Pure: the server gathers the numbers.
 */
export interface Text { zh: string; en: string }

export interface DigestInput {
  week: string;
  asOf: string;
  dashboardUrl: string;
  segments: { scheme: string; label: Text; counts: { id: string; label: Text; count: number; previous: number | null }[] }[];
  migrations: { scheme: string; from: Text; to: Text; count: number }[];
  enteredHighRisk: number;
  topAtRisk: { customer_id: string; name: string | null; owner: string | null; value_at_risk: number; reason: Text | null }[];
  reps: { login: string; name: string; customers: number; interviewed: number; completeness: number | null }[];
  tagUsageRate: number | null;
}

export interface DigestText {
  /** Telegram HTML. */
  html: Text;
  /** Markdown for WeCom / Feishu / DingTalk group robots. */
  markdown: Text;
}

type Lang = 'zh' | 'en';
const L = {
  zh: { title: '客户分层周报', segments: '分层分布', moves: '值得关注的迁移', risk: '本周新进入高流失风险', top: '风险价值最高的新增风险客户', reps: '各销售深访覆盖与画像完整度', usage: '标签使用率(30天)', open: '打开看板', none: '无', var: '风险价值', cov: '深访覆盖', comp: '完整度', people: '位' },
  en: { title: 'Weekly segment digest', segments: 'Segments', moves: 'Migrations worth acting on', risk: 'Entered high churn risk this week', top: 'Top newly at-risk customers by value at risk', reps: 'Interview coverage and portrait completeness by rep', usage: 'Tag usage rate (30 days)', open: 'Open the dashboard', none: 'none', var: 'value at risk', cov: 'interviewed', comp: 'completeness', people: '' },
};

const pct = (x: number | null) => (x === null || !Number.isFinite(x) ? '—' : `${Math.round(x * 100)}%`);
const money = (x: number) => `¥${Math.round(x).toLocaleString('en-US')}`;
const delta = (now: number, before: number | null) => (before === null || now === before ? '' : ` (${now > before ? '+' : ''}${now - before})`);
const escHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function lines(d: DigestInput, lang: Lang, bold: (s: string) => string, esc: (s: string) => string, link: (url: string, text: string) => string): string {
  const l = L[lang];
  const out = [bold(`${l.title} · ${d.week}`), `(${d.asOf})`, ''];
  out.push(bold(l.segments));
  for (const s of d.segments) {
    const parts = s.counts.filter((c) => c.count > 0 || (c.previous ?? 0) > 0).map((c) => `${esc(c.label[lang])} ${c.count}${delta(c.count, c.previous)}`);
    out.push(`${esc(s.label[lang])}: ${parts.join(' · ') || l.none}`);
  }
  out.push('', bold(l.moves));
  out.push(`${l.risk}: ${d.enteredHighRisk}${l.people}`);
  for (const m of d.migrations) out.push(`${esc(m.from[lang])} → ${esc(m.to[lang])}: ${m.count}${l.people}`);
  out.push('', bold(l.top));
  if (!d.topAtRisk.length) out.push(l.none);
  d.topAtRisk.forEach((c, i) => {
    out.push(`${i + 1}. ${esc(c.name ?? c.customer_id)}${c.owner ? ` (${esc(c.owner)})` : ''} · ${l.var} ${money(c.value_at_risk)}${c.reason ? ` · ${esc(c.reason[lang])}` : ''}`);
  });
  out.push('', bold(l.reps));
  for (const r of d.reps) {
    out.push(`${esc(r.name)}: ${l.cov} ${r.interviewed}/${r.customers} (${pct(r.customers ? r.interviewed / r.customers : null)}) · ${l.comp} ${pct(r.completeness)}`);
  }
  out.push('', `${l.usage}: ${pct(d.tagUsageRate)}`, '', link(d.dashboardUrl, l.open));
  return out.join('\n');
}

export function weeklyDigest(d: DigestInput): DigestText {
  const html = (lang: Lang) => lines(d, lang, (s) => `<b>${s}</b>`, escHtml, (u, t) => `<a href="${escHtml(u)}">${t}</a>`);
  const md = (lang: Lang) => lines(d, lang, (s) => `**${s}**`, (s) => s, (u, t) => `[${t}](${u})`);
  return { html: { zh: html('zh'), en: html('en') }, markdown: { zh: md('zh'), en: md('en') } };
}
