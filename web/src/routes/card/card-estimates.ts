/**
 * What the card computes itself when the server did not send it (an answer
 * cached by the service worker before the server sent these, or a card
 * without a refresh): completeness estimated from the profile, the order
 * count and the latest interview, and highlights of the latest interview
 * filled with the built-in template. Loaded on demand: the template and the
 * portrait items are ≈ 9 kB gzipped that a current card never needs.
 */
import type { PortraitCard, Text } from '../../../../shared/api/types';
import { DEFAULT_INTERVIEW_TEMPLATE, interviewHighlights } from '../../../../shared/interview/index';
import { customerCompleteness } from '../../../../shared/portrait/index';

export type Completeness = NonNullable<PortraitCard['completeness']>;

export function estimatedCompleteness(card: PortraitCard): Completeness {
  const latest = card.interviews[0];
  return customerCompleteness({
    profile: card.profile as unknown as Record<string, unknown>,
    aggregates: { frequency: card.stats?.orders ?? null },
    answers: latest?.answers ?? null,
  });
}

export function templateHighlights(card: PortraitCard): Text[] {
  const latest = card.interviews.find((i) => i.template_id === DEFAULT_INTERVIEW_TEMPLATE.id);
  return latest ? interviewHighlights(DEFAULT_INTERVIEW_TEMPLATE, latest.answers) : [];
}
