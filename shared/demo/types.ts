/**
 * Shapes of the demo data set (SPEC §2, §8 `demo`): plain arrays of plain
 * objects, field names as in the import CSVs so the server can load them as is.
 * Timestamps are local wall-clock time `'YYYY-MM-DD HH:mm:ss'` (no offset).
 */

export interface DemoOptions {
  /** Number of customers; default 2000. */
  customers?: number;
  /** PRNG seed; default 42. Same options → identical output. */
  seed?: number;
  /** `'YYYY-MM-DD'`, the last day with data. The generator never reads the clock. */
  asOf: string;
  /** Logins the customers are spread over: `sales` own customers, `field` reps get assigned. */
  owners: { sales: string[]; field: string[] };
}

export type DemoGender = 'male' | 'female';
export type DemoPlatform = 'mobile' | 'pc' | 'store';

export interface DemoCustomer {
  customer_id: string;
  name: string;
  phone: string;
  email?: string;
  gender: DemoGender;
  birth_year: number;
  /** Province-level name, e.g. `四川省`. */
  region: string;
  city: string;
  /** Source channel, level 1 (来源一级), e.g. `线上`. */
  source: string;
  source_2?: string;
  source_3?: string;
  platform: DemoPlatform;
  /** A `sales` login. */
  owner: string;
  /** A `field` login, or null when no field rep looks after the customer. */
  assigned_field: string | null;
  attributes: { company?: string; business_type?: string; fleet_size?: number };
}

export type DemoOrderChannel = 'store' | 'online' | 'phone';

export interface DemoOrder {
  order_id: string;
  customer_id: string;
  ordered_at: string;
  /** CNY, ≥ 0, already multiplied by quantity. */
  amount: number;
  channel: DemoOrderChannel;
  product: string;
  quantity: number;
}

export type DemoEventType = 'visit' | 'test_drive' | 'view' | 'call' | 'message' | 'service' | 'click' | 'cart';

export interface DemoEvent {
  customer_id: string;
  type: DemoEventType;
  occurred_at: string;
  product?: string;
  duration_s?: number;
}

export interface DemoNote {
  customer_id: string;
  author: string;
  at: string;
  text: string;
}

export interface DemoInterview {
  id: string;
  customer_id: string;
  author: string;
  at: string;
  template_id: string;
  template_version: number;
  answers: Record<string, Record<string, unknown>>;
}

/** The hidden story each customer follows; only counted in the summary, never put on the customer. */
export type DemoCohort = 'steady' | 'drifting' | 'growing' | 'one_timer' | 'prospect';

export interface DemoSummary {
  as_of: string;
  seed: number;
  customers: number;
  prospects: number;
  orders: number;
  vehicle_orders: number;
  service_orders: number;
  parts_orders: number;
  events: number;
  notes: number;
  interviews: number;
  /** Sum of order amounts, CNY. */
  revenue: number;
  first_order: string | null;
  last_order: string | null;
  /** Customers with a view of ≥ 300 s in the 7 days up to asOf (高购买意向 candidates). */
  high_intent_customers: number;
  cohorts: Record<DemoCohort, number>;
}

export interface DemoData {
  customers: DemoCustomer[];
  orders: DemoOrder[];
  events: DemoEvent[];
  notes: DemoNote[];
  interviews: DemoInterview[];
  summary: DemoSummary;
}
