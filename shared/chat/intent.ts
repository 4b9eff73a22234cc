/**
 * Free-text intents of the sales bot, recognised in Chinese and English by
 * keyword rules (no model): a message that mentions churn/risk asks for the
 * weekly churn list; "查/找/find X" looks a customer up; segment words ask for
 * the segment summary; "帮助/help" for help.
 */
export type Intent =
  | { kind: 'churn' }
  | { kind: 'find'; query: string }
  | { kind: 'segments' }
  | { kind: 'help' }
  | { kind: 'unknown' };

const CHURN = [/流失/, /风险/, /预警/, /churn/i, /at[- ]risk/i, /\blosing\b/i];
const SEGMENTS = [/分层/, /分群/, /客群/, /segment/i];
const HELP = [/^帮助$/, /怎么用/, /^help$/i, /^\?$/];
const FIND = /^(?:查一?下|查询|查找|找一?下|找|查|find|lookup|look up|search)\s*[:：]?\s*(.+)$/i;

export function detectIntent(text: string): Intent {
  const t = text.trim();
  if (!t) return { kind: 'unknown' };
  const find = FIND.exec(t);
  if (find && !CHURN.some((re) => re.test(t))) return { kind: 'find', query: find[1].replace(/^(客户|customer)\s*/i, '').trim() };
  if (CHURN.some((re) => re.test(t))) return { kind: 'churn' };
  if (SEGMENTS.some((re) => re.test(t))) return { kind: 'segments' };
  if (HELP.some((re) => re.test(t))) return { kind: 'help' };
  return { kind: 'unknown' };
}
