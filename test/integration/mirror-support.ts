// Loopback HTTP helpers shared by the mirror's integration tests.
import http from 'node:http';

export interface Answer {
  status: number;
  rawHeaders: string[];
  body: Buffer;
}

/** Keep-alive connections of the tests' client (closeClient ends them). */
const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });

export function closeClient(): void {
  agent.destroy();
}

export function request(
  url: string,
  opts: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: opts.method ?? 'GET', headers: opts.headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', reject);
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, rawHeaders: res.rawHeaders, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}
