import { describe, expect, it } from 'vitest';
import { hyp2f1 } from '../../../shared/models';

const rel = (got: number, want: number) => Math.abs(got - want) / Math.abs(want);

describe('hyp2f1', () => {
  it('matches closed forms (Abramowitz & Stegun 15.1.3, 15.1.4, 15.1.8, 15.1.15)', () => {
    // 15.1.3: F(1, 1; 2; z) = −ln(1 − z)/z, including z near 1 (c − a − b = 0, integer) and z < 0 (Pfaff)
    for (const z of [0.3, 0.75, 0.9, 0.99, -0.5, -5, -100]) {
      expect(rel(hyp2f1(1, 1, 2, z), -Math.log1p(-z) / z)).toBeLessThan(1e-13);
    }
    // 15.1.8: F(a, b; b; z) = (1 − z)^(−a)
    for (const z of [0.2, 0.8, 0.95, -3]) expect(rel(hyp2f1(0.37, 2.2, 2.2, z), Math.pow(1 - z, -0.37))).toBeLessThan(1e-13);
    // 15.1.4: F(½, 1; 3/2; −z²) = arctan(z)/z ; F(½, ½; 3/2; z²) = arcsin(z)/z (c − a − b = ½)
    for (const z of [0.5, 0.9, 0.99]) expect(rel(hyp2f1(0.5, 0.5, 1.5, z * z), Math.asin(z) / z)).toBeLessThan(1e-13);
    for (const z of [0.5, 3]) expect(rel(hyp2f1(0.5, 1, 1.5, -z * z), Math.atan(z) / z)).toBeLessThan(1e-13);
    // 15.1.15: F(a, 1 − a; 3/2; sin²x) = sin((2a − 1)x)/((2a − 1) sin x)
    for (const x of [0.4, 1.2, 1.5]) {
      const a = 0.8;
      expect(rel(hyp2f1(a, 1 - a, 1.5, Math.sin(x) ** 2), Math.sin((2 * a - 1) * x) / ((2 * a - 1) * Math.sin(x)))).toBeLessThan(1e-12);
    }
  });

  it('matches mpmath 1.3.0 on BG/NBD-like and transformed arguments', () => {
    expect(rel(hyp2f1(2.2426, 4.4259, 5.2188, 0.47), 3.252335079088090013929977)).toBeLessThan(1e-14);
    expect(rel(hyp2f1(0.5, 3.5, 1.25, 0.9), 154.8071286249055127999186)).toBeLessThan(1e-12);
    expect(rel(hyp2f1(1.5, -2.5, 3.3, 0.97), 0.3083879955723413263641815)).toBeLessThan(1e-12);
    expect(rel(hyp2f1(0.2426, 2.4259, 2.2188, -3), 0.7003548080298409576756683)).toBeLessThan(1e-13);
  });

  it('terminates for a non-positive integer parameter and is 1 at z = 0', () => {
    // F(−2, b; c; z) = 1 − 2bz/c + b(b+1)z²/(c(c+1))
    const b = 1.5;
    const c = 2.5;
    const z = 0.9;
    expect(rel(hyp2f1(-2, b, c, z), 1 - (2 * b * z) / c + (b * (b + 1) * z * z) / (c * (c + 1)))).toBeLessThan(1e-15);
    expect(hyp2f1(3, 4, 5, 0)).toBe(1);
    expect(hyp2f1(1, 1, 2, 1)).toBeNaN();
  });
});
