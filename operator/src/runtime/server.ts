// /healthz, /readyz and /metrics on one small HTTP server.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Registry } from 'prom-client';

export interface ProbeServer {
  server: Server;
  port: number;
  close(): Promise<void>;
}

export async function startProbeServer(opts: {
  host: string;
  port: number;
  registry: Registry;
  ready: () => boolean;
}): Promise<ProbeServer> {
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const text = (code: number, body: string, type = 'text/plain; charset=utf-8') => {
      res.writeHead(code, { 'content-type': type });
      res.end(body);
    };
    if (path === '/healthz') return text(200, 'ok');
    if (path === '/readyz') return opts.ready() ? text(200, 'ok') : text(503, 'informers not synced');
    if (path === '/metrics') {
      opts.registry.metrics().then(
        (m) => text(200, m, opts.registry.contentType),
        (err: unknown) => text(500, String(err)),
      );
      return;
    }
    text(404, 'not found');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => resolve());
  });
  return {
    server,
    port: (server.address() as AddressInfo).port,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
