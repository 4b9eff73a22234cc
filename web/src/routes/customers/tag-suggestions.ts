import type { Text } from '../../../../shared/api/types';
import { tx, type Lang } from '../../i18n/i18n';

/** What the tag filter needs of `GET /api/tags?counts=0` (no member counts): the taxonomy category (大类) → group (中类) → tags. */
export interface TagTaxonomy {
  categories: { name: Text; groups: { name: Text; tags: { id: string; name: Text }[] }[] }[];
}

export interface TagSuggestion { value: string; label: string }

/**
 * The tag filter's suggestions from the taxonomy: each tag's name in the UI
 * language (`?tag=` takes an id, the zh or the en name) labelled with its
 * group, in taxonomy order, each name once.
 */
export function tagSuggestions(taxonomy: TagTaxonomy | null | undefined, lang: Lang): TagSuggestion[] {
  const out: TagSuggestion[] = [];
  const seen = new Set<string>();
  for (const category of taxonomy?.categories ?? []) {
    for (const group of category.groups) {
      for (const tag of group.tags) {
        const value = tx(tag.name, lang);
        if (seen.has(value)) continue;
        seen.add(value);
        out.push({ value, label: `${tx(category.name, lang)} · ${tx(group.name, lang)}` });
      }
    }
  }
  return out;
}
