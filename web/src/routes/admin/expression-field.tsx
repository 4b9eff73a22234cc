import { useRef } from 'preact/hooks';
import { tx, useLang } from '../../i18n/i18n';
import { A, fill } from './admin-text';
import type { TagPreview } from './use-tag-preview';

/**
 * Tag-language textarea with the live check below it: the count it would tag,
 * or the parser's message with the expression echoed and the character at the
 * error position marked (position is a 0-based offset into the expression; at
 * the end of the text a marked space stands for "something missing here").
 */
export function ExpressionField({ value, onInput, preview }: { value: string; onInput: (v: string) => void; preview: TagPreview }) {
  const lang = useLang();
  const area = useRef<HTMLTextAreaElement>(null);
  const invalid = preview.status === 'invalid';
  const gotoError = (pos: number) => {
    area.current?.focus();
    area.current?.setSelectionRange(pos, Math.min(pos + 1, value.length));
  };
  return (
    <div class="adm-field">
      <label for="adm-expr">{tx(A.expression, lang)}</label>
      <textarea id="adm-expr" ref={area} rows={3} value={value} spellcheck={false} autocapitalize="off"
        aria-invalid={invalid} aria-describedby="adm-expr-help adm-expr-check"
        onInput={(e) => onInput((e.currentTarget as HTMLTextAreaElement).value)} />
      <p id="adm-expr-help" class="adm-note">{tx(A.expressionHelp, lang)}</p>
      <div id="adm-expr-check" role="status" aria-live="polite" class="adm-check-result">
        {preview.status === 'checking' && <span class="adm-note">{tx(A.checking, lang)}</span>}
        {preview.status === 'ok' && (
          <p class="adm-ok">
            {fill(tx(A.previewCount, lang), { n: preview.count })}
            {preview.sample.length > 0 && <span class="adm-note"> · {tx(A.sample, lang)}{preview.sample.join('、')}</span>}
          </p>
        )}
        {preview.status === 'failed' && <p class="adm-bad">{tx(A.failed, lang)}: {preview.message}</p>}
        {invalid && (
          <div class="adm-bad">
            <p>{preview.position !== null && fill(tx(A.errorAt, lang), { pos: preview.position + 1 })}{preview.message}</p>
            {preview.position !== null && (
              <>
                <pre class="adm-expr-echo" data-testid="expr-echo">{value.slice(0, preview.position)}<mark>{value.slice(preview.position, preview.position + 1) || ' '}</mark>{value.slice(preview.position + 1)}</pre>
                <button type="button" class="adm-link" onClick={() => gotoError(preview.position!)}>{tx(A.gotoError, lang)}</button>
              </>
            )}
          </div>
        )}
      </div>
    </div>
  );
}
