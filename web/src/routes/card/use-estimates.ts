import { useEffect, useState } from 'preact/hooks';

type Estimates = typeof import('./card-estimates');
let loaded: Estimates | undefined;

/** The card's own estimates (`card-estimates`), loaded the first time `needed` is true; undefined until then. */
export function useEstimates(needed: boolean): Estimates | undefined {
  const [mod, setMod] = useState(loaded);
  useEffect(() => {
    if (!needed || mod) return;
    let alive = true;
    void import('./card-estimates').then((m) => {
      loaded = m;
      if (alive) setMod(m);
    });
    return () => {
      alive = false;
    };
  }, [needed]);
  return needed ? mod : undefined;
}
