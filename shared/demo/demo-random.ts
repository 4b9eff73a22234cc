import { uniformSource } from '../random/prng';

/** The demo's uniform source: the project's seeded PRNG, so a seed always gives the same demo. */
export function demoUniformSource(seed: number): () => number {
  return uniformSource(seed);
}
