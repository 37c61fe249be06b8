// A digest worker (see digest.ts): decodes and normalises bodies, answers their digests.
import { parentPort, workerData } from 'node:worker_threads';
import { createNormaliser, digestBody } from './compare.ts';
import type { DigestReply, DigestRequest, WorkerSetup } from './digest.ts';

const setup = workerData as WorkerSetup;
const normalise = createNormaliser(setup.rules.map((r) => new RegExp(r.source, r.flags)));

parentPort?.on('message', (req: DigestRequest) => {
  let digest: string | undefined;
  try {
    digest = digestBody(
      normalise,
      Buffer.from(req.body.buffer, req.body.byteOffset, req.body.byteLength),
      req.encoding,
      setup.maxBodyBytes,
    );
  } catch {
    digest = undefined;
  }
  const reply: DigestReply = { id: req.id, digest };
  parentPort?.postMessage(reply);
});
