// Outgoing mail: SMTP through nodemailer when SMTP_HOST is set; otherwise (development, the
// testing tier) messages land in the `outbox` collection, where tests and `make up` read them.
import nodemailer from 'nodemailer';
import type { IdentityStore } from './store.ts';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  readonly kind: 'smtp' | 'outbox';
  send(mail: Mail): Promise<void>;
}

export interface SmtpConfig {
  host: string;
  port: number;
  secure: boolean;
  user: string | undefined;
  password: string | undefined;
  from: string;
}

export function smtpMailer(c: SmtpConfig): Mailer {
  const transport = nodemailer.createTransport({
    host: c.host,
    port: c.port,
    secure: c.secure,
    ...(c.user !== undefined ? { auth: { user: c.user, pass: c.password ?? '' } } : {}),
  });
  return {
    kind: 'smtp',
    send: async (mail) => {
      await transport.sendMail({ from: c.from, to: mail.to, subject: mail.subject, text: mail.text });
    },
  };
}

/**
 * Mails kept in the outbox collection. They hold live links (a registration link logs its holder
 * in), so each is kept only as long as such a link lives (`keepMs`, default the 24 h of a
 * registration link) and then swept (IdentityStore.sweep).
 */
export function outboxMailer(store: IdentityStore, now: () => Date, keepMs = 24 * 3600_000): Mailer {
  return {
    kind: 'outbox',
    send: (mail) => {
      const createdAt = now();
      return store.queueMail({ ...mail, createdAt, expiresAt: new Date(createdAt.getTime() + keepMs) });
    },
  };
}
