// Error reporting to a Sentry-compatible DSN, only when SENTRY_DSN is set: with no DSN the SDK is
// never initialised and nothing leaves the process.
import * as Sentry from '@sentry/node';

export interface ErrorReporter {
  report(err: unknown, context: Record<string, string>): void;
  flush(): Promise<void>;
}

export const noReporter: ErrorReporter = { report: () => {}, flush: async () => {} };

export function createReporter(dsn: string | undefined, service: string, release?: string): ErrorReporter {
  if (dsn === undefined) return noReporter;
  Sentry.init({ dsn, serverName: service, release, defaultIntegrations: false, tracesSampleRate: 0 });
  return {
    report: (err, context) => {
      Sentry.withScope((scope) => {
        scope.setTags({ service, ...context });
        Sentry.captureException(err);
      });
    },
    flush: async () => {
      await Sentry.flush(2000);
    },
  };
}
