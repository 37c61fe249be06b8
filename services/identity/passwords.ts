// Passwords: scrypt (memory-hard) with a per-user random salt, stored as one self-describing
// string so the cost can be raised later without breaking old hashes; a zxcvbn strength check
// that refuses weak passwords with a reason the web page can translate.
import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from 'node:crypto';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';

/** scrypt cost: N = 2^logN, block size r, parallelism p (N=2^15, r=8: 32 MiB per hash). */
export interface KdfParams {
  logN: number;
  r: number;
  p: number;
}

export const defaultKdf: KdfParams = { logN: 15, r: 8, p: 1 };
const KEY_LEN = 32;

function derive(password: string, salt: Buffer, k: KdfParams): Promise<Buffer> {
  const N = 2 ** k.logN;
  const opts: ScryptOptions = { N, r: k.r, p: k.p, maxmem: 256 * N * k.r };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFKC'), salt, KEY_LEN, opts, (err, key) => (err ? reject(err) : resolve(key)));
  });
}

/** `scrypt$<logN>$<r>$<p>$<salt>$<hash>` (base64url). */
export async function hashPassword(password: string, k: KdfParams = defaultKdf): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, k);
  return ['scrypt', k.logN, k.r, k.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** A valid hash of a password nobody knows: verified against when the account does not exist. */
let decoy: Promise<string> | undefined;

export async function verifyPassword(password: string, stored: string | undefined): Promise<boolean> {
  decoy ??= hashPassword(randomBytes(24).toString('base64url'));
  const encoded = stored ?? (await decoy);
  const [scheme, logN, r, p, salt, hash] = encoded.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const want = Buffer.from(hash, 'base64url');
  const got = await derive(password, Buffer.from(salt, 'base64url'), {
    logN: Number(logN),
    r: Number(r),
    p: Number(p),
  });
  return stored !== undefined && got.length === want.length && timingSafeEqual(got, want);
}

export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 128;
const MIN_SCORE = 3;

let zxcvbn: ZxcvbnFactory | undefined;

/**
 * Why a password is refused, or undefined when it is acceptable. Reasons are stable keys:
 * `too_short`, `too_long`, or zxcvbn's warning key (`topTen`, `userInputs`, `keyPattern`, ...),
 * `too_guessable` when zxcvbn has no specific warning.
 */
export function passwordProblem(password: string, userInputs: string[]): string | undefined {
  if ([...password].length < MIN_PASSWORD_LENGTH) return 'too_short';
  if (password.length > MAX_PASSWORD_LENGTH) return 'too_long';
  zxcvbn ??= new ZxcvbnFactory({ dictionary: { ...dictionary }, graphs: adjacencyGraphs });
  const result = zxcvbn.check(password, userInputs);
  if (result.score >= MIN_SCORE) return undefined;
  return result.feedback.warning ?? 'too_guessable';
}
