import type { Answers } from '../../../shared/interview/index';

/**
 * Where an interview is on its way to the server. A draft lives in the drafts
 * store; once submitted it becomes an outbox item with a fixed client id:
 * pending (待同步) → syncing (同步中) → synced (已同步), or failed (失败-重试).
 */
export type SyncStatus = 'pending' | 'syncing' | 'synced' | 'failed';

/** The body of `POST /api/interviews`; `id` is generated once, when the item enters the outbox. */
export interface InterviewBody {
  id: string;
  customer_id: string;
  template_id: string;
  template_version: number;
  answers: Answers;
  conducted_at: string;
}

export interface OutboxItem {
  id: string;
  kind: 'interview';
  customer_id: string;
  customer_name: string | null;
  body: InterviewBody;
  status: SyncStatus;
  attempts: number;
  last_error: string | null;
  /** ISO times (device clock). */
  created_at: string;
  updated_at: string;
  synced_at: string | null;
}

/** The unfinished form of one customer (one draft per customer). */
export interface InterviewDraft {
  customer_id: string;
  customer_name: string | null;
  template_id: string;
  template_version: number;
  answers: Answers;
  updated_at: string;
}
