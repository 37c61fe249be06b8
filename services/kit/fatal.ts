// A fatal exit says why in one line: on stderr, and in the container's termination message file
// (/dev/termination-log, which the kubelet copies into the pod status as
// lastState.terminated.message; with terminationMessagePolicy FallbackToLogsOnError it would take
// the log tail otherwise). The kubelet mounts that file writable (mode 0666) apart from the root
// filesystem, so readOnlyRootFilesystem does not block it. Outside a pod the file does not exist
// and only stderr is written: it is opened, never created.
import { closeSync, ftruncateSync, openSync, writeSync } from 'node:fs';

/** Where the termination message goes (TERMINATION_MESSAGE_PATH; the kubelet's default path). */
export const defaultTerminationPath = '/dev/termination-log';

/** Longest line written: the kubelet keeps 4096 bytes, a status message wants far fewer. */
const maxLength = 1024;

/**
 * The text with what could be a credential masked: the user information of URLs
 * (mongodb://user:password@host → mongodb://***@host) and `password=…`-style pairs.
 */
export function redact(text: string): string {
  return text
    .replace(/([a-z][a-z0-9+.-]*:\/\/)[^/@"']*@/gi, '$1***@')
    .replace(/\b(password|passwd|secret|token|key)(["']?\s*[=:]\s*["']?)[^\s"',;&]+/gi, '$1$2***');
}

/** One line: newlines folded, credentials masked, bounded in length. */
export function oneLine(text: string): string {
  const line = redact(text.replace(/\s*[\r\n]+\s*/g, ' ').trim());
  return line.length > maxLength ? `${line.slice(0, maxLength - 1)}…` : line;
}

/** Writes the termination message when the file exists (inside a pod); false when it could not. */
export function writeTerminationMessage(line: string, path = defaultTerminationPath): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r+');
    ftruncateSync(fd, 0);
    writeSync(fd, line);
    return true;
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** `everyclass-<name>: <what>` on stderr and in the termination message, then exit code 1. */
export function exitFatal(name: string, what: string): never {
  const line = oneLine(`everyclass-${name}: ${what}`);
  process.stderr.write(`${line}\n`);
  writeTerminationMessage(line, process.env.TERMINATION_MESSAGE_PATH || defaultTerminationPath);
  process.exit(1);
}

/** The message of whatever was thrown. */
export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message || err.name;
  return String(err);
}
