// A failed Kubernetes API call as one line, for the operator's failures and events and for the
// command line's messages: the Status object's message when the API server sent one. In api/ because
// it is the one layer both the reconcilers and the command line may import.

/** The `message` of a Status body (JSON text or already parsed), or the start of a body that is not JSON. */
export function statusMessage(body: unknown): string | undefined {
  if (typeof body === 'string') {
    try {
      const m = (JSON.parse(body) as { message?: unknown }).message;
      return typeof m === 'string' && m !== '' ? m : undefined;
    } catch {
      return body.slice(0, 300) || undefined;
    }
  }
  if (body && typeof body === 'object' && 'message' in body) return String(body.message);
  return undefined;
}

/** The Status message of a failed call when there is one, else the error's own message. */
export function errorText(err: unknown): string {
  const fromBody = err && typeof err === 'object' && 'body' in err ? statusMessage(err.body) : undefined;
  return fromBody ?? (err instanceof Error ? err.message : String(err));
}
