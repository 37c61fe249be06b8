// Exit codes of the everyclass command line, one catalogue (documented in README, "CI example").
export const Exit = {
  /** The rollout succeeded, the promotion was made (or was already in place), the listing printed. */
  Ok: 0,
  /** The rollout failed or was rolled back; the promotion was refused; a data or backup Job failed. */
  Failed: 1,
  /** Bad arguments: unknown option, bad duration, bad environment reference, unreadable kubeconfig, unknown context. */
  Usage: 2,
  /** `rollout wait` (or a data or backup Job) reached --timeout before success or failure. */
  Timeout: 3,
  /** The cluster could not answer: unreachable, forbidden, environment not found. */
  Cluster: 4,
} as const;
export type ExitCode = (typeof Exit)[keyof typeof Exit];

/** An error that ends the command with a one-line message on stderr and the given exit code. */
export class CliError extends Error {
  readonly exitCode: ExitCode;
  /** A failure worth retrying (network, HTTP 5xx or 429): `rollout wait` retries until its timeout. */
  transient = false;
  /** The API server's HTTP status, when it answered (404: not found, 403: forbidden). */
  httpStatus = 0;
  constructor(exitCode: ExitCode, message: string) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}

export const usage = (message: string): CliError => new CliError(Exit.Usage, message);
