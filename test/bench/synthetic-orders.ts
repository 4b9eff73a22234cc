import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

/**
 * Writes a synthetic orders CSV: `rows` order lines for `customers` customers
 * over two years, ~1.3 lines per order, deterministic (LCG seed). Used by the
 * benchmarks only.
 */
export async function writeSyntheticOrders(path: string, rows: number, customers: number, seed = 7) {
  let s = seed >>> 0;
  const rnd = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296);
  const out = createWriteStream(path);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  await write('customer_id,order_id,ordered_at,amount,product\n');
  let order = 0;
  let chunk = '';
  for (let i = 0; i < rows; ) {
    order++;
    const customer = `C${String(Math.floor(rnd() * customers)).padStart(7, '0')}`;
    const day = new Date(Date.UTC(2024, 0, 1) + Math.floor(rnd() * 730) * 86_400_000).toISOString().slice(0, 10);
    const time = `${String(8 + Math.floor(rnd() * 10)).padStart(2, '0')}:${String(Math.floor(rnd() * 60)).padStart(2, '0')}:00`;
    const lines = rnd() < 0.25 ? 2 : 1;
    for (let l = 0; l < lines && i < rows; l++, i++) {
      chunk += `${customer},SO${order},${day} ${time},${(50 + rnd() * 5000).toFixed(2)},P${Math.floor(rnd() * 400)}\n`;
    }
    if (chunk.length > 1 << 16) {
      await write(chunk);
      chunk = '';
    }
  }
  await write(chunk);
  out.end();
  await once(out, 'finish');
  return { rows, orders: order };
}
