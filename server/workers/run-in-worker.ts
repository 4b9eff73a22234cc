import { Worker } from 'node:worker_threads';

/** What a worker module exports: a pure function of a structured-cloneable input. */
export type WorkerRun<I, O> = (input: I) => { output: O; transfer?: ArrayBuffer[] } | Promise<{ output: O; transfer?: ArrayBuffer[] }>;

/**
 * Runs `run(input)` of the TypeScript module at `entry` on a worker thread
 * and resolves with its output. `transfer` moves buffers of `input` to the
 * worker instead of copying them (the caller must not use them again). The
 * worker ends after one call; an exception there rejects here with its
 * message and stack. Start-up (tsx and the module's imports) costs a few
 * hundred milliseconds, so it pays only for work of seconds.
 */
export function runInWorker<I, O>(entry: URL, input: I, transfer: ArrayBuffer[] = []): Promise<O> {
  return new Promise<O>((resolve, reject) => {
    const worker = new Worker(new URL('./tsx-worker-boot.js', import.meta.url), { workerData: { entry: entry.href, input }, transferList: transfer });
    let settled = false;
    worker.once('message', (m: { output?: O; error?: string }) => {
      settled = true;
      if (m.error !== undefined) reject(new Error(`worker ${entry.pathname.split('/').pop()}: ${m.error}`));
      else resolve(m.output as O);
      void worker.terminate();
    });
    worker.once('error', (err) => {
      settled = true;
      reject(err);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`worker ${entry.pathname.split('/').pop()} exited with code ${code} before answering`));
    });
  });
}
