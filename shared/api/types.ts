/**
 * The HTTP API's response shapes (SPEC §8): the server returns them, the PWA
 * and the bot read them. Field names are snake_case as on the wire.
 */

export type Role = 'sales' | 'field' | 'manager' | 'admin';
export interface Text { zh: string; en: string }

export interface ApiError { error: { code: string; message: string; details?: unknown } }

export interface ApiUser { id: number; login: string; name: string; role: Role; lang: string; telegramUserId: number | null }
export interface LoginResponse { user: ApiUser; csrf_token: string }

export interface CustomerProfile {
  customer_id: string;
  name: string | null;
  phone: string | null;
  email: string | null;
  gender: string | null;
  birth_year: number | null;
  region: string | null;
  city: string | null;
  source: string | null;
  source_2: string | null;
  source_3: string | null;
  platform: string | null;
  owner: string | null;
  field_rep: string | null;
  attributes: Record<string, unknown>;
  created_at: string;
}

/** A row of `GET /api/customers`: the profile plus the latest scores when a refresh has run. */
export interface CustomerListItem extends CustomerProfile {
  scores?: { rfm_segment: string | null; lifecycle: string; churn_level: string | null; clv_tier: string | null; monetary: number } | null;
}
export interface CustomerList { items: CustomerListItem[]; next_cursor: string | null }

/** One segment label with the scheme it belongs to and a one-line why. */
export interface SegmentBadge { scheme: string; id: string; label: Text; why: Text }

export interface ChurnReason { code: string; text: Text; weight: number }
export interface NextAction { code: string; text: Text; products?: string[] }

export interface CardAnalytics {
  as_of: string;
  computed_at: string;
  recency_days: number | null;
  frequency: number;
  monetary: number;
  r: number | null;
  f: number | null;
  m: number | null;
  segments: SegmentBadge[];
  p_alive: number | null;
  expected_purchases_90d: number | null;
  expected_avg_spend: number | null;
  clv_12m: number | null;
  churn: { score: number | null; level: 'high' | 'medium' | 'low' | null; reasons: ChurnReason[]; value_at_risk: number | null };
  next_action: NextAction | null;
  /** Week by week, newest first: what the refresh of that week said. */
  history: { week: string; rfm_segment: string | null; lifecycle: string | null; churn_level: string | null; clv_tier: string | null }[];
}

export interface CardTag { id: string; name: Text; category: string; group: string; kind: string; reason: Text; assigned_at: string; expires_at: string | null }

export interface PortraitCard {
  profile: CustomerProfile;
  erased: boolean;
  stats: { orders: number; monetary: number; first_order: string | null; last_order: string | null; recent_amounts: number[]; last_contact: string | null } | null;
  orders: { order_id: string; ordered_at: string; amount: number; quantity: number | null; channel: string | null; product: string | null }[];
  events: { type: string; occurred_at: string; product: string | null; duration_s: number | null }[];
  interviews: { id: string; author: string | null; conducted_at: string; template_id: string; template_version: number; supersedes: string | null; answers: Record<string, Record<string, unknown>> }[];
  notes: { id: string; author: string | null; text: string; created_at: string }[];
  /** Present once a refresh has run. */
  analytics?: CardAnalytics | null;
  tags?: CardTag[];
  completeness?: { overall: number; by_category: Record<string, { known: number; total: number }> };
  highlights?: Text[];
}

/** `GET /api/churn`: the weekly list (SPEC §3.4). */
export interface ChurnListEntry {
  customer_id: string;
  name: string | null;
  owner: string | null;
  churn_score: number;
  churn_level: 'high' | 'medium' | 'low';
  newly_at_risk: boolean;
  value_at_risk: number;
  clv_12m: number | null;
  reasons: ChurnReason[];
  next_action: NextAction | null;
}
export interface ChurnList { as_of: string; week: string; items: ChurnListEntry[] }

/** `GET /api/segments`: counts per scheme and week-over-week migration. */
export interface SegmentCounts {
  as_of: string | null;
  week: string | null;
  previous_week: string | null;
  schemes: { scheme: string; label: Text; counts: { id: string; label: Text; count: number; previous: number | null }[] }[];
  migrations: { scheme: string; from: string; to: string; count: number }[];
}
