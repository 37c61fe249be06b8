// The fair baseline of bench:services and bench:web: a bare koa app (no kit, no middleware) that
// answers with the very bytes and headers the page or feed it stands for answered, captured by
// `capture()` from the real service in the same run. Like any koa app with an ETag it answers a
// matching If-None-Match with 304 (koa's ctx.fresh), so the feed's 304 has a fair baseline too.
//
//   node services/bench/bare.ts     PORT=… HOST=127.0.0.1 BARE_RESPONSE=<file written by capture()>
import { readFileSync } from 'node:fs';
import Koa from 'koa';
import type { Captured } from './capture.ts';

const captured = JSON.parse(readFileSync(process.env.BARE_RESPONSE ?? '', 'utf8')) as Captured;
const body = Buffer.from(captured.body, 'base64');
const app = new Koa();
app.use((ctx) => {
  ctx.status = captured.status;
  for (const [k, v] of captured.headers) ctx.append(k, v); // repeated ones (Set-Cookie) kept
  if (ctx.fresh) {
    ctx.status = 304;
    return;
  }
  ctx.body = body;
});
app.listen(Number(process.env.PORT ?? 8080), process.env.HOST ?? '127.0.0.1');
