/** `preview --serve` answers only to its own loopback name: a DNS-rebound page cannot read unpublished previews. */
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isOwnHost, startPreviewServer, type PreviewServer } from '../src/preview/serve.js';

let server: PreviewServer;
let port: number;
beforeAll(async () => {
  server = await startPreviewServer({
    port: 0,
    build: async () => new Map([['index.html', { type: 'text/html; charset=utf-8', body: '<html><body>Unpublished talk</body></html>' }]]),
    watch: [],
    log: () => undefined,
  });
  port = Number(new URL(server.url).port);
});
afterAll(() => server.close());

/** A GET with this Host header, as a browser sends it after resolving the name to 127.0.0.1. */
function get(host: string | null): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = host === null ? {} : { host };
    const req = http.request({ host: '127.0.0.1', port, path: '/', headers, setHost: host !== null }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('preview --serve and the Host header', () => {
  it.each(['127.0.0.1:PORT', 'localhost:PORT', 'LOCALHOST:PORT'])('%s: served', async (h) => {
    const res = await get(h.replace('PORT', String(port)));
    expect(res.status).toBe(200);
    expect(res.body).toContain('Unpublished talk');
  });
  it.each(['evil.example', `evil.example:PORT`, '127.0.0.1.evil.example:PORT', 'localhost:1', '127.0.0.1', '0.0.0.0:PORT'])(
    '%s: refused (421), nothing of the preview shown',
    async (h) => {
      const res = await get(h.replace('PORT', String(port)));
      expect(res.status).toBe(421);
      expect(res.body).not.toContain('Unpublished');
    },
  );
  it('no Host header at all: refused (Node answers 400 before we see it)', async () => {
    const res = await get(null);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.body).not.toContain('Unpublished');
  });
  it('port 80 may be left out of Host, only there', () => {
    expect(isOwnHost('localhost', 80)).toBe(true);
    expect(isOwnHost('localhost', 8080)).toBe(false);
    expect(isOwnHost(undefined, 80)).toBe(false);
  });
});
