import { useEffect, useState } from 'preact/hooks';

/**
 * How many of `stages` parts of a long page to show: all at once when
 * `staged` is false; otherwise the first at once and one more per idle
 * period (`requestIdleCallback`, at most `maxWaitMs` later; `setTimeout`
 * where there is none). Each part is then its own short task with its own
 * layout, instead of one long task that blocks input while the whole page
 * is built. `key` restarts the count (another customer).
 */
export function useStagedReveal(stages: number, staged: boolean, key: string, maxWaitMs = 150): number {
  const [shown, setShown] = useState(staged ? 1 : stages);
  useEffect(() => {
    setShown(staged ? 1 : stages);
  }, [key, staged, stages]);
  useEffect(() => {
    if (shown >= stages) return;
    const next = () => setShown((n) => Math.min(n + 1, stages));
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(next, { timeout: maxWaitMs });
      return () => cancelIdleCallback(id);
    }
    const id = setTimeout(next, 1);
    return () => clearTimeout(id);
  }, [shown, stages]);
  return shown;
}
