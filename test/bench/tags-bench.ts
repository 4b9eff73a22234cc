/**
 * Benchmark: evaluate 50 rule tags over 1M synthetic customers with the pure
 * columnar evaluator (shared/tags/compile-predicate.ts) — the step a refresh
 * runs after loading features. Prints one JSON document.
 *
 *   node --import tsx test/bench/tags-bench.ts [--customers N]
 *
 * The 50 tags: every rule/predictive tag of the default taxonomy, then
 * segment tags, then compound expressions, up to 50. Columns are typed
 * arrays (Float64Array, NaN = unknown) and plain string arrays, as the feature
 * loader produces them.
 */
import { createPrng } from '../../shared/random/prng';
import { compileTagPredicate, defaultTaxonomy, evaluateTagExpression, tagExpression, type FeatureTable, type FeatureValue } from '../../shared/tags/index';

const arg = process.argv.indexOf('--customers');
const n = arg > 0 ? Number(process.argv[arg + 1]) : 1_000_000;
const rng = createPrng(2026);
const u = () => rng.nextFloat();

const numeric = (f: (i: number) => number) => Float64Array.from({ length: n }, (_, i) => f(i));
const pick = (values: readonly (string | null)[]) => Array.from({ length: n }, () => values[rng.nextInt(values.length)]);

const t0 = performance.now();
const frequency = numeric(() => (u() < 0.2 ? 0 : 1 + Math.floor(-Math.log(1 - u()) * 3)));
const columns: Record<string, ArrayLike<FeatureValue>> = {
  frequency,
  recency_days: numeric((i) => (frequency[i] === 0 ? NaN : Math.floor(u() * 700))),
  monetary: numeric((i) => frequency[i] * (100 + u() * 20_000)),
  monetary_365d: numeric((i) => (frequency[i] === 0 ? 0 : u() * 200_000)),
  orders_90d: numeric(() => Math.floor(-Math.log(1 - u()) * 0.7)),
  aov: numeric((i) => (frequency[i] === 0 ? NaN : 100 + u() * 20_000)),
  aov_trend: numeric(() => (u() < 0.5 ? NaN : u() * 1.5 - 0.75)),
  days_since_contact: numeric(() => (u() < 0.3 ? NaN : Math.floor(u() * 365))),
  age: numeric(() => (u() < 0.25 ? NaN : 16 + Math.floor(u() * 60))),
  gender: pick(['male', 'female', null]),
  region: pick(['四川省', '重庆市', '贵州省', '云南省', '陕西省', '湖北省', '广东省', null]),
  rfm_segment: pick(['hibernating', 'at_risk', 'cant_lose', 'about_to_sleep', 'need_attention', 'loyal', 'promising', 'new', 'potential_loyalist', 'champions', null]),
  rfm8: pick(['important_value', 'important_develop', 'important_keep', 'important_winback', 'general_value', 'general_develop', 'general_keep', 'general_winback', null]),
  lifecycle: pick(['active', 'sleeping', 'pre_churn', 'churned', 'prospect']),
  abc: pick(['A', 'B', 'C', null]),
  clv_tier: pick(['whale', 'dolphin', 'small_fish', null]),
  value_activity: pick(['core', 'retain', 'develop', 'observe', null]),
  churn_level: pick(['high', 'medium', 'low', null]),
  churn_score: numeric(() => (u() < 0.2 ? NaN : u())),
  p_alive: numeric(() => (u() < 0.2 ? NaN : u())),
  expected_purchases_90d: numeric(() => (u() < 0.2 ? NaN : u() * 3)),
  clv_12m: numeric(() => (u() < 0.2 ? NaN : u() * 50_000)),
  'events_30d("view")': numeric(() => Math.floor(-Math.log(1 - u()) * 2)),
  'events_7d("test_drive")': numeric(() => (u() < 0.9 ? 0 : 1)),
  'interview.vehicle_use.cargo_share': numeric(() => (u() < 0.8 ? NaN : u())),
};
const table: FeatureTable = { n, column: (k) => columns[k] };
const buildMs = performance.now() - t0;

const defaults = defaultTaxonomy().filter((d) => d.expression);
const compound = [
  'recency_days > 90 and aov_trend < -0.2 and monetary_365d > 50000',
  'lifecycle in ["sleeping", "pre_churn"] and (clv_tier = "whale" or clv_tier = "dolphin")',
  'not (gender = "male") and age between 25 and 39 and region in ["四川省", "重庆市"]',
  'churn_score >= 0.7 or (p_alive < 0.3 and frequency >= 3)',
  'events_7d("test_drive") >= 1 and interview.vehicle_use.cargo_share >= 0.5',
  'orders_90d >= 2 and aov > 5000 and days_since_contact <= 30',
];
const sources = [
  ...defaults.filter((d) => d.kind !== 'statistical').map((d) => d.expression!),
  ...compound,
  ...defaults.filter((d) => d.kind === 'statistical').map((d) => d.expression!),
].slice(0, 50);

const t1 = performance.now();
const compiled = sources.map((s) => compileTagPredicate(tagExpression(s).ast, table));
const compileMs = performance.now() - t1;

// The refresh path (server/tags/evaluate-rule-tags.ts): each tag's closure over every customer, members collected.
const t2 = performance.now();
let assignments = 0;
for (const predicate of compiled) {
  const members: number[] = [];
  for (let i = 0; i < n; i++) if (predicate(i)) members.push(i);
  assignments += members.length;
}
const evalMs = performance.now() - t2;
const asts = sources.map((s) => tagExpression(s).ast);

// The reference interpreter on a 100k slice, for comparison.
const slice = Math.min(n, 100_000);
const t3 = performance.now();
let refHits = 0;
for (const ast of asts) for (let i = 0; i < slice; i++) if (evaluateTagExpression(ast, (k) => columns[k]?.[i])) refHits++;
const refMs = performance.now() - t3;

process.stdout.write(`${JSON.stringify({
  customers: n, tags: sources.length, assignments,
  seconds_evaluate_50_tags: Number((evalMs / 1000).toFixed(3)),
  seconds_parse_and_compile: Number((compileMs / 1000).toFixed(4)),
  seconds_build_synthetic_columns: Number((buildMs / 1000).toFixed(3)),
  ns_per_customer_tag: Number(((evalMs * 1e6) / (n * sources.length)).toFixed(1)),
  reference_interpreter_seconds_per_1m_customers_50_tags: Number(((refMs / 1000) * (n / slice) * (1_000_000 / n)).toFixed(2)),
  reference_hits_on_slice: refHits,
}, null, 2)}\n`);
