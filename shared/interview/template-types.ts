/**
 * Interview templates (客户深访, SPEC §6) are plain, versioned, JSON-serialisable
 * data: the PWA form and the bot conversation are both generated from them, so
 * nothing here knows what the template is about (vehicles or anything else).
 */

/** User-facing text: Simplified Chinese first, with an English variant. */
export interface Text { zh: string; en: string }

/**
 * Value types of a field and the typed value an answer holds:
 * text → string, number → number, single → option value, multi → option
 * values (array), yesno → boolean, percent → fraction in [0, 1] (60 % = 0.6,
 * matching the tag language, e.g. `interview.vehicle_use.cargo_share >= 0.5`).
 */
export type FieldType = 'text' | 'number' | 'single' | 'multi' | 'yesno' | 'percent';

/** A choice of a single/multi field; `value` is stable snake_case ASCII, stored in answers. */
export interface FieldOption { value: string; label: Text }

/**
 * When a field is shown, from an earlier answer `field` (`'section.key'`):
 * `equals` (for a multi field: the selection includes it), `in` (any of; for
 * multi: any overlap) or `gt` (a number or percent strictly greater). A field
 * whose controlling field is hidden is hidden too.
 */
export interface ShowIf {
  field: string;
  equals?: string | number | boolean;
  in?: (string | number)[];
  gt?: number;
}

/**
 * A condition on the field's own answer, for tag rules. All given parts must
 * hold; an unanswered field never matches. `includes` is for multi fields.
 */
export interface AnswerCondition {
  equals?: string | number | boolean;
  in?: (string | number)[];
  includes?: string;
  gte?: number;
  lte?: number;
}

/** Answer → tag: a customer whose answer meets `when` gets `tag` (kind `manual`, SPEC §5). */
export interface TagRule { when: AnswerCondition; tag: Text; category: Text; group: Text }

/**
 * Where an answer goes in the customer profile: a profile column
 * (`gender`, `birth_year`, `region`, `city`) or a free attribute
 * (`attributes.education`). `via: 'age_to_birth_year'` turns an age in years
 * into a birth year using the interview date.
 */
export interface ProfileMapping { target: string; via?: 'age_to_birth_year' }

export interface TemplateField {
  key: string;
  label: Text;
  /** Shorter label for the portrait card highlights; defaults to `label`. */
  short?: Text;
  type: FieldType;
  unit?: Text;
  options?: FieldOption[];
  /** number/percent: value range (percent as a fraction); text: length in characters. */
  min?: number;
  max?: number;
  /** number: whole numbers only (counts, ratings). */
  integer?: boolean;
  /** Must be answered whenever the field is visible. */
  required?: boolean;
  showIf?: ShowIf;
  profileField?: ProfileMapping;
  tagRules?: TagRule[];
}

/** Fields of one section whose sum may not exceed `max` (e.g. passenger + cargo share ≤ 100 %). */
export interface SumConstraint { fields: string[]; max: number }

export interface TemplateSection {
  key: string;
  title: Text;
  fields: TemplateField[];
  sumAtMost?: SumConstraint[];
}

/** One line of the portrait card's interview highlights: a label and the answers it shows. */
export interface HighlightSpec { label: Text; fields: string[] }

export interface InterviewTemplate {
  id: string;
  version: number;
  title: Text;
  sections: TemplateSection[];
  highlights?: HighlightSpec[];
}

/** A typed answer value (see FieldType). */
export type AnswerValue = string | number | boolean | string[];

/** Answers of one interview: `{ [section]: { [field]: value } }`. */
export type Answers = Record<string, Record<string, unknown>>;

/** A field together with the section it belongs to, in template order. */
export interface FieldRef { section: string; field: TemplateField }
