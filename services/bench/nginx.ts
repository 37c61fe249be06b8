// nginx as the anchor of bench:mirror (Debian's nginx-light: hack/ensure-bench-packages.sh), started
// by the benchmark on 127.0.0.1 with a temporary configuration and stopped after. One worker process,
// like our proxy's one event loop. Each server block is one scenario:
//   off:        proxy_pass to production over kept-alive upstream connections (= mirroring off)
//   mirror10:   nginx's `mirror` of 10 % of requests (split_clients) to staging
//   mirror100:  nginx's `mirror` of every request to staging
//   hang10:     as mirror10, to a target that accepts and never answers
// The mirror's deadline is our proxy's MIRROR_TIMEOUT_MS (proxy_read_timeout), so both give up at once.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, type Started, startProcess, stopPid, waitFor } from '../../hack/localenv/processes.ts';

export type NginxScenario = 'off' | 'mirror10' | 'mirror100' | 'hang10';

export interface Nginx {
  urls: Record<NginxScenario, string>;
  proc: Started;
  stop(): Promise<void>;
}

const hostPort = (url: string) => new URL(url).host;

function config(
  dir: string,
  ports: Record<NginxScenario, number>,
  up: { production: string; staging: string; hanging: string },
  timeoutMs: number,
): string {
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((t) => `  ${t}_temp_path ${join(dir, t)};`)
    .join('\n');
  const upstream = (name: string, url: string) =>
    `  upstream ${name} { server ${hostPort(url)}; keepalive 64; }`;
  const mirrored = (name: NginxScenario, variable: string) => `
  server {
    listen 127.0.0.1:${ports[name]};
    location / { mirror /_mirror; proxy_pass http://production; }
    location = /_mirror {
      internal;
      if (${variable} = "") { return 204; }
      proxy_pass http://${variable}$request_uri;
      proxy_connect_timeout ${timeoutMs}ms;
      proxy_send_timeout ${timeoutMs}ms;
      proxy_read_timeout ${timeoutMs}ms;
    }
  }`;
  return `worker_processes 1;
daemon off;
master_process on;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')} warn;
events { worker_connections 4096; }
http {
  access_log off;
${temp}
  proxy_http_version 1.1;
  proxy_set_header Connection "";
${upstream('production', up.production)}
${upstream('staging', up.staging)}
${upstream('hanging', up.hanging)}
  split_clients "$request_id" $mirror10 { 10% staging; * ""; }
  split_clients "$request_id" $hang10 { 10% hanging; * ""; }
  map $uri $mirror100 { default staging; }
  server {
    listen 127.0.0.1:${ports.off};
    location / { proxy_pass http://production; }
  }
${mirrored('mirror10', '$mirror10')}
${mirrored('mirror100', '$mirror100')}
${mirrored('hang10', '$hang10')}
}
`;
}

export function nginxVersion(): string {
  const r = spawnSync('nginx', ['-v'], { encoding: 'utf8' });
  if (r.error) throw new Error('nginx is not installed: run hack/ensure-bench-packages.sh');
  return `${r.stdout}${r.stderr}`.trim().replace(/^nginx version: /, ''); // nginx -v writes to stderr
}

export async function startNginx(
  dir: string,
  upstreams: { production: string; staging: string; hanging: string },
  timeoutMs: number,
): Promise<Nginx> {
  mkdirSync(dir, { recursive: true });
  const ports = {
    off: await freePort(),
    mirror10: await freePort(),
    mirror100: await freePort(),
    hang10: await freePort(),
  };
  const conf = join(dir, 'nginx.conf');
  writeFileSync(conf, config(dir, ports, upstreams, timeoutMs));
  const proc = startProcess('nginx', 'nginx', ['-p', dir, '-c', conf], dir);
  const urls = Object.fromEntries(
    Object.entries(ports).map(([k, p]) => [k, `http://127.0.0.1:${p}`]),
  ) as Record<NginxScenario, string>;
  const stop = () => stopPid(proc.pid);
  try {
    await waitFor(
      'nginx to listen',
      async () => ((await fetch(`${urls.off}/healthz`)).ok ? true : undefined),
      10_000,
    );
  } catch (err) {
    await stop();
    throw err;
  }
  return { urls, proc, stop };
}
