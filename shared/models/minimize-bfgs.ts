/** Objective for {@link minimizeBfgs}: returns f(θ) and writes ∇f(θ) into `grad`. */
export type Objective = (theta: Float64Array, grad: Float64Array) => number;

export interface BfgsOptions {
  /** Stop when max |∂f/∂θᵢ| falls below this. Default 1e-10. */
  gradientTolerance?: number;
  /** Default 1000. */
  maxIterations?: number;
  /** Box |θᵢ| ≤ bound: points outside count as +∞ so the line search stays inside. Default 40. */
  bound?: number;
  /** Starting inverse Hessian (n×n, row-major), e.g. from a run on a subsample. Default identity. */
  inverseHessian?: Float64Array;
}

export interface BfgsResult {
  theta: Float64Array;
  value: number;
  iterations: number;
  converged: boolean;
  /** Final inverse Hessian approximation (n×n, row-major). */
  inverseHessian: Float64Array;
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

function maxAbs(a: Float64Array): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]!));
  return m;
}

/**
 * Quasi-Newton minimisation (BFGS on the inverse Hessian, Nocedal & Wright alg. 6.1) with an
 * analytic gradient and a backtracking Armijo line search (c₁ = 1e-4, step halved, at most 60
 * times). The inverse Hessian starts as the identity, is rescaled by yᵀs/yᵀy after the first
 * step (unless a starting inverse Hessian is given), skips updates with yᵀs ≤ 1e-12·|s||y|, and resets when the direction is not downhill.
 * Converged when max|∇f| < gradientTolerance, or when a step changes f by less than 1e-15
 * relative and moves θ by less than 1e-11. Deterministic; no allocation inside the loop.
 */
export function minimizeBfgs(objective: Objective, start: ArrayLike<number>, options: BfgsOptions = {}): BfgsResult {
  const gtol = options.gradientTolerance ?? 1e-10;
  const maxIterations = options.maxIterations ?? 1000;
  const bound = options.bound ?? 40;
  const n = start.length;
  const theta = Float64Array.from(start);
  const grad = new Float64Array(n);
  const trial = new Float64Array(n);
  const trialGrad = new Float64Array(n);
  const direction = new Float64Array(n);
  const s = new Float64Array(n);
  const y = new Float64Array(n);
  const hy = new Float64Array(n);
  const H = new Float64Array(n * n);
  const resetH = (scale: number) => {
    H.fill(0);
    for (let i = 0; i < n; i++) H[i * n + i] = scale;
  };
  let first = true;
  if (options.inverseHessian && options.inverseHessian.length === n * n) {
    H.set(options.inverseHessian);
    first = false;
  } else resetH(1);
  const inside = (v: Float64Array) => maxAbs(v) <= bound;

  let value = objective(theta, grad);
  if (!Number.isFinite(value)) return { theta, value, iterations: 0, converged: false, inverseHessian: H };
  let iterations = 0;
  while (iterations < maxIterations) {
    if (maxAbs(grad) < gtol) return { theta, value, iterations, converged: true, inverseHessian: H };
    iterations++;
    for (let i = 0; i < n; i++) {
      let v = 0;
      for (let j = 0; j < n; j++) v -= H[i * n + j]! * grad[j]!;
      direction[i] = v;
    }
    let slope = dot(grad, direction);
    if (!(slope < 0)) {
      resetH(1);
      for (let i = 0; i < n; i++) direction[i] = -grad[i]!;
      slope = dot(grad, direction);
    }
    let step = first ? Math.min(1, 1 / Math.max(maxAbs(grad), 1e-300)) : 1;
    let trialValue = Number.POSITIVE_INFINITY;
    let accepted = false;
    for (let k = 0; k < 60; k++) {
      for (let i = 0; i < n; i++) trial[i] = theta[i]! + step * direction[i]!;
      trialValue = inside(trial) ? objective(trial, trialGrad) : Number.POSITIVE_INFINITY;
      if (Number.isFinite(trialValue) && trialValue <= value + 1e-4 * step * slope) {
        accepted = true;
        break;
      }
      step *= 0.5;
    }
    if (!accepted) return { theta, value, iterations, converged: maxAbs(grad) < Math.sqrt(gtol), inverseHessian: H };
    for (let i = 0; i < n; i++) {
      s[i] = trial[i]! - theta[i]!;
      y[i] = trialGrad[i]! - grad[i]!;
    }
    const change = value - trialValue;
    theta.set(trial);
    grad.set(trialGrad);
    const previous = value;
    value = trialValue;
    const ys = dot(y, s);
    if (ys > 1e-12 * Math.sqrt(dot(s, s) * dot(y, y))) {
      if (first) resetH(ys / dot(y, y));
      for (let i = 0; i < n; i++) {
        let v = 0;
        for (let j = 0; j < n; j++) v += H[i * n + j]! * y[j]!;
        hy[i] = v;
      }
      const yhy = dot(y, hy);
      const rho = 1 / ys;
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) {
          H[i * n + j] = H[i * n + j]! + rho * ((1 + rho * yhy) * s[i]! * s[j]! - hy[i]! * s[j]! - s[i]! * hy[j]!);
        }
      }
      first = false;
    }
    if (change <= 1e-15 * Math.max(1, Math.abs(previous)) && maxAbs(s) < 1e-11) {
      return { theta, value, iterations, converged: true, inverseHessian: H };
    }
  }
  return { theta, value, iterations, converged: maxAbs(grad) < gtol, inverseHessian: H };
}
