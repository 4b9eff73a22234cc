// Boots a worker thread on a TypeScript module (see run-in-worker.ts): registers
// tsx as bin/huaxiang.js does, imports the module, runs its `run(input)` and
// posts back `{ output }` with the buffers it names for transfer, or `{ error }`.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
try {
  const mod = await import(workerData.entry);
  const { output, transfer } = await mod.run(workerData.input);
  parentPort.postMessage({ output }, transfer ?? []);
} catch (error) {
  parentPort.postMessage({ error: error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error) });
}
