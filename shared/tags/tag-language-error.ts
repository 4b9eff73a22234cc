import type { Text } from '../api/types';

/**
 * The only error the tag language throws: where (0-based UTF-16 offset into
 * the expression), what was expected there, and the problem in zh and en.
 * `message` is the English text, so logs stay readable.
 * Example: parsing `recency_days >` → position 14, expected ['number', 'string', 'field', 'function call'].
 */
export class TagLanguageError extends Error {
  constructor(
    readonly position: number,
    readonly expected: readonly string[],
    readonly text: Text,
  ) {
    super(`${text.en} (at ${position})`);
    this.name = 'TagLanguageError';
  }

  /** The shape sent to clients as `error.details`. */
  toDetails(): { position: number; expected: string[]; message: Text } {
    return { position: this.position, expected: [...this.expected], message: this.text };
  }
}

/** Shorthand used by the lexer, parser and checker. */
export function languageError(position: number, expected: readonly string[], zh: string, en: string): TagLanguageError {
  return new TagLanguageError(position, expected, { zh, en });
}
