import type { Text } from '../api/types';
import type { EventRule } from './event-rules';

/** SPEC §5 kinds: a language rule, a segment scheme's label, a model score, set by hand/interview, or fired by events. */
export type TagKind = 'rule' | 'statistical' | 'predictive' | 'manual' | 'event';
export const TAG_KINDS: readonly TagKind[] = ['rule', 'statistical', 'predictive', 'manual', 'event'];

/** Where a default tag comes from, beyond its expression. */
export type TagOrigin =
  | { type: 'segment'; scheme: string; label: string }
  | { type: 'model'; field: string }
  | { type: 'interview'; path: string }
  | { type: 'profile'; field: string }
  | { type: 'aggregate' };

/**
 * One tag of the taxonomy (category 大类 → group 中类 → tag 细类) as data.
 * Rule, statistical and predictive tags carry an expression in the tag
 * language; event tags carry an event rule and a time-to-live in days;
 * manual tags carry neither (a user or an interview answer sets them).
 */
export interface TagDefinition {
  id: string;
  name: Text;
  category: Text;
  group: Text;
  kind: TagKind;
  description: Text;
  expression?: string;
  eventRule?: EventRule;
  ttlDays?: number;
  origin?: TagOrigin;
}
