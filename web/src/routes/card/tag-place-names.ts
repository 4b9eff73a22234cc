import type { Text } from '../../../../shared/api/types';
import { TAG_PLACES } from '../../../../shared/interview/default-template/builders';
import { CATEGORIES, GROUPS } from '../../../../shared/tags/taxonomy-places';

/**
 * The card's tags name their category (大类) and group (中类) in Chinese
 * only, as the taxonomy stores them; these are the zh/en names of the default
 * taxonomy's places (the same sources `taxonomyNames()` reads, imported
 * directly so the card does not load the whole interview template). A
 * custom category or group has no English name and shows as written.
 */
const PLACE_NAMES: ReadonlyMap<string, Text> = new Map(
  [...Object.values(CATEGORIES), ...Object.values(GROUPS), ...Object.values(TAG_PLACES).flatMap((p) => [p.category, p.group])].map((t) => [t.zh, t]),
);

/** `{zh, en}` for a category or group name as the card gives it (zh). */
export function placeName(zh: string): Text {
  return PLACE_NAMES.get(zh) ?? { zh, en: zh };
}

/** For tests: every name known here. */
export const KNOWN_PLACE_NAMES = PLACE_NAMES;
