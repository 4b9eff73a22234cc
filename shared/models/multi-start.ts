import { minimizeBfgs, type BfgsResult, type Objective } from './minimize-bfgs';

/**
 * Runs {@link minimizeBfgs} from every start and returns the finite results, best (lowest)
 * first. With a `screen` objective (the same model on a subsample) the starts run there first
 * (gradient tolerance 1e-7, ≤ 300 iterations) and only the best is polished on `full`, warm
 * started with the subsample's inverse Hessian; the runner-up is polished too when its
 * screened value is within 1e-3 relative of the best and it sits > 5 % away in some parameter
 * (so a second optimum is not lost to subsample noise).
 */
export function minimizeFromStarts(
  full: Objective,
  screen: Objective | null,
  starts: number[][],
  bound: number,
): BfgsResult[] {
  const finite = (results: BfgsResult[]) => results.filter((r) => Number.isFinite(r.value)).sort((p, q) => p.value - q.value);
  if (!screen) return finite(starts.map((s) => minimizeBfgs(full, s, { bound })));
  const screened = finite(
    starts.map((s) => minimizeBfgs(screen, s, { bound, gradientTolerance: 1e-7, maxIterations: 300 })),
  );
  const chosen = screened.slice(0, 1);
  const [best, second] = screened;
  if (best && second && second.value - best.value <= 1e-3 * Math.abs(best.value)) {
    if (second.theta.some((v, i) => Math.abs(v - best.theta[i]!) > Math.log(1.05))) chosen.push(second);
  }
  return finite(chosen.map((s) => minimizeBfgs(full, s.theta, { bound, inverseHessian: s.inverseHessian })));
}
