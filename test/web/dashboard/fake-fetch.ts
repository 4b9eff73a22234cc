/** A reply of the fake server: status and JSON body. */
export interface Reply { status: number; body: unknown }
type Route = Reply | ((req: { url: string; body: string | undefined }) => Reply | Promise<Reply>);

export interface Call { url: string; method: string; body: string | undefined; headers: Record<string, string> }

/**
 * A fetch stand-in for `vi.stubGlobal('fetch', …)`: answers by `"METHOD /path"`
 * or `"/path"` (query string ignored for matching), 404 `{error:{…}}` otherwise,
 * and records every call.
 */
export function fakeFetch(routes: Record<string, Route>) {
  const calls: Call[] = [];
  const fn = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = String(input);
    const method = init.method ?? 'GET';
    const body = typeof init.body === 'string' ? init.body : undefined;
    calls.push({ url, method, body, headers: (init.headers ?? {}) as Record<string, string> });
    if (init.signal?.aborted) throw new DOMException('aborted', 'AbortError');
    const path = url.split('?')[0];
    const route = routes[`${method} ${path}`] ?? routes[path];
    const reply = typeof route === 'function' ? await route({ url, body }) : route ?? { status: 404, body: { error: { code: 'not_found', message: 'Not Found' } } };
    return new Response(reply.body === undefined ? '' : JSON.stringify(reply.body), {
      status: reply.status,
      headers: { 'content-type': 'application/json' },
    });
  };
  return { fn, calls };
}
