// The hot path, plain node:http: every request goes to production and production's answer goes
// back unchanged (status, headers, body streamed). A sampled copy goes to the target through the
// bounded dispatcher, after the client's request has been read, and never delays or fails the
// production exchange: the copy only listens to what passes by.
import http, { type IncomingMessage } from 'node:http';
import { SHADOW_HEADER } from '../kit/app.ts';
import { signShadow } from '../kit/callers.ts';
import { headers as contractHeaders } from '../kit/contract.ts';
import type { Logger } from '../kit/log.ts';
import { compare, type Observed } from './compare.ts';
import { type MirrorPolicy, mirroringEnabled } from './config.ts';
import { type Digester, fingerprintPair, type KeptBody } from './digest.ts';
import type { Dispatcher, Reservation } from './dispatcher.ts';
import { downstreamHeaders, framingProblem, shadowHeaders, upstreamHeaders } from './headers.ts';
import type { Ledger } from './ledger.ts';
import { ReaskBudget } from './noise.ts';
import { learnFromProduction } from './reask.ts';
import { isPrivatePath, type RouteLabeler, redactPath } from './routes.ts';
import type { Sampler } from './sampler.ts';

export interface ProxyDeps {
  upstreamUrl: string;
  policy: MirrorPolicy;
  upstreamAgent: http.Agent;
  targetAgent: http.Agent;
  sampler: Sampler;
  dispatcher: Dispatcher;
  ledger: Ledger;
  routeOf: RouteLabeler;
  /** Digests of bodies for comparison (a worker pool in main). */
  digest: Digester;
  log: Logger;
  /** When production is asked twice to learn noise (default: from the policy). */
  reask?: ReaskBudget;
}

/** No second ask without production's shadow key: production would act on it as on a client's. */
export function reaskBudget(p: MirrorPolicy): ReaskBudget {
  return p.upstreamShadowKey === undefined
    ? new ReaskBudget(0, 0)
    : new ReaskBudget(p.noisePercent, p.noiseMaxPerSecond);
}

/**
 * Production's answer as compared: its status and its body as kept, fingerprinted only once there is
 * another answer to compare it with (never for a copy the target leaves unanswered), and the
 * learning of noise from a second ask when there was one.
 */
interface ProductionSide {
  status: number;
  kept: KeptBody;
  /** The course data version production's answer came from, when web told it. */
  dataVersion?: string;
  learning?: Promise<void>;
}

interface Endpoint {
  hostname: string;
  port: number;
  /** host[:port] as a Host header. */
  host: string;
  /** Path prefix of the URL ('' for none). */
  base: string;
}

function endpoint(raw: string): Endpoint {
  const u = new URL(raw);
  return {
    hostname: u.hostname.replace(/^\[(.*)\]$/, '$1'),
    port: Number(u.port || 80),
    host: u.host,
    base: u.pathname === '/' ? '' : u.pathname.replace(/\/+$/, ''),
  };
}

function requestTo(
  to: Endpoint,
  agent: http.Agent,
  method: string,
  url: string,
  headers: string[],
  signal?: AbortSignal,
): http.ClientRequest {
  return http.request({
    agent,
    hostname: to.hostname,
    port: to.port,
    method,
    path: to.base + url,
    headers,
    signal,
  });
}

const RETRYABLE = new Set(['GET', 'HEAD', 'OPTIONS']);

export function createProxy(given: ProxyDeps): http.RequestListener {
  const deps: ProxyDeps = {
    ...given,
    reask: given.reask ?? reaskBudget(given.policy),
  };
  const { policy, ledger } = deps;
  const upstream = endpoint(deps.upstreamUrl);
  const target = policy.targetUrl === undefined ? undefined : endpoint(policy.targetUrl);
  const mirroring = mirroringEnabled(policy);

  return (req, res) => {
    const method = req.method ?? 'GET';
    const url = req.url ?? '/';
    const peer = req.socket.remoteAddress;
    const problem = framingProblem(method, req.rawHeaders);
    if (problem !== undefined) {
      // Answered here, and the connection closed: whatever the client sent next is not read.
      res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8', Connection: 'close' });
      res.end(`Bad Request: ${problem}\n`);
      ledger.proxied(400);
      return;
    }
    const hasBody =
      req.headers['transfer-encoding'] !== undefined || (req.headers['content-length'] ?? '0') !== '0';
    const sampled =
      mirroring &&
      target !== undefined &&
      policy.methods.has(method) &&
      // Login, registration, settings: one-time tokens and passwords stay in production.
      !isPrivatePath(url) &&
      // Never a copy of a copy (a shadow flag is also never passed to production; see headers.ts).
      req.headers[SHADOW_HEADER] === undefined &&
      deps.sampler({
        cookie: req.headers.cookie,
        forwardedFor: header(req, 'x-forwarded-for'),
        remoteAddress: peer,
      });
    let copy: Copy | undefined;
    if (sampled && target) {
      // A place is reserved before anything is read or kept for the copy; none: dropped now.
      const place = deps.dispatcher.reserve();
      if (place) copy = startCopy(deps, target, req, method, url, peer, place);
      else {
        ledger.sampled();
        deps.dispatcher.drop('queue_full');
      }
    }
    const headers = upstreamHeaders(req.rawHeaders, peer);

    const send = (retry: boolean) => {
      const upReq = requestTo(upstream, deps.upstreamAgent, method, url, headers);
      upReq.on('response', (up) => {
        const status = up.statusCode ?? 502;
        res.writeHead(status, up.statusMessage, downstreamHeaders(up.rawHeaders));
        copy?.production(up);
        // pipe, not stream.pipeline: pipeline costs an AbortController (and a DOMException) per call.
        up.pipe(res);
        up.on('error', () => {}); // handled on 'close'; an unlistened 'error' would end the process
        up.once('close', () => {
          if (!up.complete) {
            // Cut short (production failed, or the client left and we let production go).
            copy?.productionFailed();
            res.destroy();
          }
          ledger.proxied(status);
        });
      });
      upReq.on('error', (err: NodeJS.ErrnoException) => {
        if (res.headersSent || res.destroyed) {
          copy?.productionFailed(); // the client went away: nothing to compare with
          return;
        }
        // A kept-alive connection production closed as we reused it: safe to try once more.
        if (retry && upReq.reusedSocket && !hasBody && RETRYABLE.has(method)) return send(false);
        copy?.productionFailed();
        deps.log.warn(
          { err: err.code ?? err.message, method, route: deps.routeOf(url, false) },
          'production unreachable',
        );
        res.writeHead(502, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
        res.end('Bad Gateway: the production service could not be reached\n');
        ledger.proxied(502, true);
      });
      res.once('close', () => {
        if (!res.writableFinished) upReq.destroy();
      });
      if (hasBody) {
        req.pipe(upReq);
        req.once('error', () => upReq.destroy());
      } else upReq.end();
    };
    if (!hasBody) req.resume();
    send(true);
  };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v.join(', ') : v;
}

/** Collects a stream's chunks up to `max` bytes; past that it keeps nothing and says so. */
class Bounded {
  private readonly max: number;
  private chunks: Buffer[] = [];
  private size = 0;
  overflow = false;
  constructor(max: number) {
    this.max = max;
  }
  push(chunk: Buffer): void {
    if (this.overflow) return;
    this.size += chunk.length;
    if (this.size > this.max) {
      this.overflow = true;
      this.chunks = [];
    } else this.chunks.push(chunk);
  }
  release(): void {
    this.overflow = true;
    this.chunks = [];
  }
  buffer(): Buffer | undefined {
    return this.overflow ? undefined : Buffer.concat(this.chunks, this.size);
  }
}

interface Copy {
  /** Production's answer is starting to stream back to the client. */
  production(up: IncomingMessage): void;
  productionFailed(): void;
}

/** Starts the copy of one sampled request: reads its body as it passes, then hands it to the dispatcher. */
function startCopy(
  deps: ProxyDeps,
  target: Endpoint,
  req: IncomingMessage,
  method: string,
  url: string,
  peer: string | undefined,
  place: Reservation,
): Copy {
  const { policy, ledger } = deps;
  const max = policy.maxBodyBytes;
  ledger.sampled();
  const body = new Bounded(max);
  req.on('data', (c: Buffer) => body.push(c));

  // Production's side of the comparison, collected only in compare mode and only while it matters.
  let resolveProduction: (o: ProductionSide | undefined) => void = () => {};
  const production = new Promise<ProductionSide | undefined>((r) => {
    resolveProduction = r;
  });
  let productionBody: Bounded | undefined;
  let abandoned = !policy.compare;
  const abandon = () => {
    abandoned = true;
    productionBody?.release();
    resolveProduction(undefined);
  };

  const job = (signal: AbortSignal, timeLeftMs: number) =>
    new Promise<void>((resolve, reject) => {
      const shadow = shadowHeaders(req.rawHeaders, {
        targetHost: target.host,
        keepCredentials: policy.keepCredentials,
        peer,
        timeoutMs: timeLeftMs,
        shadowSignature: policy.shadowKey && signShadow(policy.shadowKey, method, target.base + url),
      });
      const payload = body.buffer() ?? Buffer.alloc(0);
      const headers = payload.length > 0 ? [...shadow, 'Content-Length', String(payload.length)] : shadow;
      const r = requestTo(target, deps.targetAgent, method, url, headers, signal);
      r.on('error', reject);
      r.on('response', (tr) => {
        const answer = abandoned ? undefined : new Bounded(max);
        tr.on('data', (c: Buffer) => answer?.push(c));
        tr.on('error', reject);
        tr.on('end', () => {
          resolve();
          if (answer === undefined) return;
          const status = tr.statusCode ?? 0;
          const ended = deps.ledger.comparing();
          decide(deps, method, url, production, status, tr.headers, answer.buffer())
            .catch((err: unknown) => deps.log.warn({ err: String(err) }, 'comparison failed'))
            .finally(ended);
        });
      });
      r.end(payload);
    }).catch((err: unknown) => {
      abandon();
      throw err;
    });

  req.once('end', () => {
    if (body.overflow) {
      place.release();
      abandon();
      deps.dispatcher.drop('body_too_large');
    } else if (!place.submit(job)) abandon();
  });
  // A client that leaves before its body ends gives the place back.
  req.once('close', () => {
    if (!req.complete) {
      place.release();
      body.release();
      abandon();
    }
  });

  return {
    production(up) {
      if (abandoned) return;
      const collected = new Bounded(max);
      productionBody = collected;
      up.on('data', (c: Buffer) => collected.push(c));
      up.once('end', () => {
        const status = up.statusCode ?? 0;
        const kept: KeptBody = {
          body: collected.buffer(),
          encoding: up.headers['content-encoding'],
          contentType: up.headers['content-type'],
        };
        resolveProduction(
          observeProduction(deps, req, peer, method, url, { status, kept, ...dataVersionOf(up.headers) }),
        );
      });
    },
    productionFailed: abandon,
  };
}

/** The course data version an answer came from, when web told it (contract.ts headers). */
function dataVersionOf(h: http.IncomingHttpHeaders): { dataVersion?: string } {
  const v = h[contractHeaders.dataVersion];
  return typeof v === 'string' && v ? { dataVersion: v } : {};
}

/** Production's answer as compared; for a few, production asked again to learn the route's noise. */
function observeProduction(
  deps: ProxyDeps,
  req: IncomingMessage,
  peer: string | undefined,
  method: string,
  url: string,
  observed: ProductionSide,
): ProductionSide {
  const { ledger } = deps;
  const route = deps.routeOf(url, observed.status < 400);
  if (deps.reask?.take(method, ledger.noise.rounds(route))) {
    const again = upstreamHeaders(req.rawHeaders, peer);
    const learn = {
      ...deps.policy,
      shadowKey: deps.policy.upstreamShadowKey,
      upstreamUrl: deps.upstreamUrl,
      ledger,
      digest: deps.digest,
    };
    const learning = learnFromProduction(learn, route, method, url, again, observed).catch((err: unknown) =>
      deps.log.warn({ err: String(err) }, 'noise learning failed'),
    );
    observed.learning = learning;
    ledger.noise.track(route, learning);
  }
  return observed;
}

async function decide(
  deps: ProxyDeps,
  method: string,
  url: string,
  production: Promise<ProductionSide | undefined>,
  status: number,
  headers: http.IncomingHttpHeaders,
  raw: Buffer | undefined,
): Promise<void> {
  const found = await production;
  if (found === undefined) return;
  const shadowKept = {
    body: raw,
    encoding: headers['content-encoding'],
    contentType: headers['content-type'],
  };
  const [prodBody, shadowBody] = await fingerprintPair(
    (...a) => deps.digest(...a).catch(() => undefined),
    found.kept,
    shadowKept,
  );
  const shadow: Observed = { status, body: shadowBody, ...dataVersionOf(headers) };
  const prod: Observed = { status: found.status, body: prodBody, dataVersion: found.dataVersion };
  // This request's own second ask, if any, is learned from first (bounded by its deadline).
  await found.learning;
  const route = deps.routeOf(url, prod.status < 400);
  // A route's first round of learning under way (another request's): wait for it too.
  await deps.ledger.noise.untilLearned(route);
  deps.ledger.compared(route, compare(prod, shadow, deps.ledger.noise.isNoise(route)), {
    at: new Date().toISOString(),
    method,
    path: redactPath(url),
    productionStatus: prod.status,
    shadowStatus: shadow.status,
  });
}
