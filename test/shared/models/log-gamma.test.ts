import { describe, expect, it } from 'vitest';
import { digamma, lnGamma, logBeta, logGammaRatio } from '../../../shared/models';

/** Relative difference. */
const rel = (got: number, want: number) => Math.abs(got - want) / Math.abs(want);

// Reference values: mpmath 1.3.0 at 40 digits (loggamma, log(beta), digamma), or closed forms.
describe('lnGamma and digamma', () => {
  it('match closed forms and mpmath', () => {
    // Near its zeros at 1 and 2 lnΓ is accurate in absolute terms (what a log-likelihood needs).
    expect(Math.abs(lnGamma(1))).toBeLessThan(4e-15);
    expect(Math.abs(lnGamma(2))).toBeLessThan(4e-15);
    // Below 10 the argument is shifted up, so accuracy is ~1e-15 absolute rather than relative.
    expect(Math.abs(lnGamma(0.5) - 0.5 * Math.log(Math.PI))).toBeLessThan(4e-15);
    expect(rel(lnGamma(10), Math.log(362880))).toBeLessThan(1e-15);
    expect(rel(lnGamma(0.001), 6.907178885383853682512345)).toBeLessThan(1e-15);
    expect(Math.abs(lnGamma(3.7) - 1.428072326665387921872381)).toBeLessThan(4e-15);
    expect(rel(lnGamma(1234.5), 7550.550901077894895729836)).toBeLessThan(1e-15);
    expect(lnGamma(0)).toBeNaN();
    const eulerGamma = 0.5772156649015329;
    expect(rel(digamma(1), -eulerGamma)).toBeLessThan(1e-15);
    expect(rel(digamma(0.5), -eulerGamma - 2 * Math.log(2))).toBeLessThan(1e-15);
    expect(rel(digamma(0.3), -3.502524222200132988964495)).toBeLessThan(1e-15);
    expect(rel(digamma(25.5), 3.218942472883919766545154)).toBeLessThan(1e-15);
  });
});

describe('logGammaRatio', () => {
  it('is exact for huge arguments and for the small r of a BG/NBD fit', () => {
    // lnΓ(1e8 + 2.5) − lnΓ(1e8), mpmath: 46.05170187863091355535983
    expect(rel(logGammaRatio(1e8, 2.5), 46.05170187863091355535983)).toBeLessThan(1e-15);
    // lnΓ(b + 1) − lnΓ(b) = ln b exactly
    expect(rel(logGammaRatio(1e12, 1), Math.log(1e12))).toBeLessThan(1e-15);
    expect(rel(logGammaRatio(0.2426, 7), 5.718266669957284975364532)).toBeLessThan(1e-14);
    expect(logGammaRatio(3, 0)).toBe(0);
  });
});

describe('logBeta', () => {
  it('is accurate at b = 1e8, where lnΓ(a) + lnΓ(b) − lnΓ(a+b) loses ~8 digits', () => {
    // mpmath log(beta(0.7929899, 1e8)) = −14.44853253958814709812174
    expect(Math.abs(logBeta(0.7929899, 1e8) - -14.44853253958814709812174)).toBeLessThan(1e-13);
    // Closed forms: B(1, b) = 1/b, B(2, b) = 1/(b(b+1)), B(3, b) = 2/(b(b+1)(b+2)).
    const b = 1e8;
    expect(Math.abs(logBeta(1, b) - -Math.log(b))).toBeLessThan(1e-14);
    expect(Math.abs(logBeta(2, b) - -(Math.log(b) + Math.log(b + 1)))).toBeLessThan(1e-13);
    expect(Math.abs(logBeta(b, 3) - (Math.log(2) - Math.log(b) - Math.log(b + 1) - Math.log(b + 2)))).toBeLessThan(1e-13);
    // Both large and one moderate (mpmath).
    expect(rel(logBeta(1e8, 1e8), -138629444.0568173091249838)).toBeLessThan(1e-15);
    expect(rel(logBeta(12.5, 1e8), -211.5241625062180939501667)).toBeLessThan(1e-15);
  });

  it('keeps the BG/NBD difference ln B(a, b+x) − ln B(a, b) exact when b runs away', () => {
    // mpmath: log B(a, 1e8+3) − log B(a, 1e8) = −2.378969666777808912480501e-8 (a = 0.7929899)
    const diff = logBeta(0.7929899, 1e8 + 3) - logBeta(0.7929899, 1e8);
    expect(rel(diff, -2.378969666777808912480501e-8)).toBeLessThan(1e-6);
    // Recurrence B(a, b+1) = B(a, b)·b/(a+b): the step equals −log1p(a/b) to 1e-15 absolute.
    for (const bb of [2.4259, 1e4, 1e8, 1e12]) {
      expect(Math.abs(logBeta(0.79, bb + 1) - logBeta(0.79, bb) - -Math.log1p(0.79 / bb))).toBeLessThan(4e-15);
    }
  });

  it('is NaN for non-positive arguments', () => {
    expect(logBeta(0, 1)).toBeNaN();
    expect(logBeta(1, -2)).toBeNaN();
  });
});
