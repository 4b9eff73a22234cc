import { fnv1a32 } from '../random/hash';

/**
 * Deterministic hold-out (control group) of a tag's customers: a customer is
 * in control when fnv1a32(`${tagId}:${customerId}`) / 2³² < controlShare.
 * It depends only on the tag and the customer (not on row order or time),
 * so the bot, the digest and the report agree on who is held out, and
 * raising the share only adds customers to control.
 * Example: `inControlGroup('high_purchase_intent', 'C-1', 0)` → false; share 1 → true.
 */
export function inControlGroup(tagId: string, customerId: string, controlShare: number): boolean {
  return fnv1a32(`${tagId}:${customerId}`) / 4294967296 < controlShare;
}
