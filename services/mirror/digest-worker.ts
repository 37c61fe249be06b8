// A digest worker (see digest.ts): decodes and normalises bodies, answers their fingerprints.
import { parentPort, workerData } from 'node:worker_threads';
import { createStripper, type Fingerprint, fingerprintBody } from './compare.ts';
import type { DigestReply, DigestRequest, WorkerSetup } from './digest.ts';
import { kindOf } from './structure.ts';

const setup = workerData as WorkerSetup;
const strip = createStripper(setup.rules.map((r) => new RegExp(r.source, r.flags)));

parentPort?.on('message', (req: DigestRequest) => {
  let digest: Fingerprint | undefined;
  try {
    digest = fingerprintBody(
      strip,
      Buffer.from(req.body.buffer, req.body.byteOffset, req.body.byteLength),
      req.encoding,
      kindOf(req.contentType),
      setup,
      req.split,
    );
  } catch {
    digest = undefined;
  }
  const reply: DigestReply = { id: req.id, digest };
  parentPort?.postMessage(reply);
});
