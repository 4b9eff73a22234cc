/**
 * A plain answer for a template field the demo has no curated answer for
 * (a deployment's own template, or a field added later): valid for the
 * field's type and range, and only for required fields when the value would
 * be free text or a share that other fields must add up with.
 */
import type { TemplateField } from '../interview';
import { someOf, type Draw } from './draw';

/** What a rep writes for a required free-text question they did not get to ask properly. */
const NOT_ASKED = '面谈时未细问';

/**
 * By type: number → a whole number in [⌈min⌉, min(max, ⌈min⌉ + 10)] (min
 * itself when no whole number fits; 0–10 when unbounded); yesno → 50/50;
 * single → one option; multi → one or two options; percent → the minimum
 * (0 by default) when required, else unanswered; text → `面谈时未细问` when
 * required, else unanswered.
 * Example: `{ type: 'number', min: 1, max: 5 }` → 1…5.
 */
export function fallbackAnswer(draw: Draw, field: TemplateField): unknown {
  const options = (field.options ?? []).map((o) => o.value);
  switch (field.type) {
    case 'number': {
      const lo = Math.ceil(field.min ?? 0);
      const hi = Math.min(field.max ?? lo + 10, lo + 10);
      return lo > hi ? field.min : draw.int(lo, Math.floor(hi));
    }
    case 'yesno':
      return draw.chance(0.5);
    case 'single':
      return options.length > 0 ? draw.pick(options) : undefined;
    case 'multi':
      return options.length > 0 ? someOf(draw, options, 1, 2) : undefined;
    case 'percent':
      return field.required ? (field.min ?? 0) : undefined;
    case 'text':
      return field.required ? NOT_ASKED : undefined;
  }
}
