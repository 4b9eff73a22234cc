// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { prefetch, routeDataPath, takePrefetched } from '../../../web/src/api/prefetch';

test('routeDataPath: a card path gives its JSON path, encoded as the card page encodes it; other routes give null', () => {
  expect(routeDataPath('/customers/C-000002')).toBe('/api/customers/C-000002');
  expect(routeDataPath('/customers/C-000002/')).toBe('/api/customers/C-000002');
  expect(routeDataPath('/customers/%E5%BC%A0%20%E4%BC%9F')).toBe('/api/customers/%E5%BC%A0%20%E4%BC%9F');
  expect(routeDataPath('/customers/C-1/interview')).toBeNull();
  expect(routeDataPath('/customers')).toBeNull();
  expect(routeDataPath('/')).toBeNull();
  expect(routeDataPath('/customers/%E0%A4%A')).toBeNull();
});

test('a prefetched answer is given out once, only for its path, and not after 10 s', async () => {
  prefetch('/api/customers/P-1', 1_000);
  expect(takePrefetched('/api/customers/P-2', 1_500)).toBeUndefined();
  const first = takePrefetched('/api/customers/P-1', 1_500);
  expect(first).toBeInstanceOf(Promise);
  await first!.catch(() => undefined); // no server in this test: the request itself fails
  expect(takePrefetched('/api/customers/P-1', 1_600)).toBeUndefined();

  prefetch('/api/customers/P-3', 0);
  expect(takePrefetched('/api/customers/P-3', 10_000)).toBeUndefined();
});
