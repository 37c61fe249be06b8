// Registration (and password reset) by school e-mail: a mailed one-time link, exchanged for a
// short-lived form token, which sets the password and logs the student in.
import { clientBucket } from '../kit/clients.ts';
import { AppError } from '../kit/errors.ts';
import type { IdentityContext, IdentityHandlers } from './context.ts';
import { registrationMail } from './mail-text.ts';
import { hashPassword, passwordProblem } from './passwords.ts';
import { randomToken, tokenHash } from './secrets.ts';

type RegistrationMethods =
  | 'StartRegistration'
  | 'ExchangeRegistration'
  | 'CheckRegistration'
  | 'CompleteRegistration';

export function registrationHandlers(c: IdentityContext): IdentityHandlers<RegistrationMethods> {
  const { store, limits, now, deps } = c;
  return {
    StartRegistration: async (req, call) => {
      const student = await deps.directory.student(req.studentId, call);
      if (!student) throw new AppError('not_found', 'no such student');
      const t = now();
      // Counted before the mail goes (atomic), per student and per client.
      const perStudent = await store.limits.claim(
        `rs:${student.id}`,
        t,
        3600_000,
        limits.registrationsPerHour,
      );
      if (!perStudent.ok) throw c.rateLimited(perStudent.retryAt);
      if (req.clientAddress) {
        const key = `r:${clientBucket(req.clientAddress)}`;
        const sent = await store.limits.claim(key, t, 3600_000, limits.registrationsPerAddressHour);
        if (!sent.ok) throw c.rateLimited(sent.retryAt);
      }
      const token = randomToken();
      await store.createRegistration({
        _id: tokenHash(token),
        studentId: student.id,
        code: student.code,
        name: student.name,
        createdAt: t,
        expiresAt: new Date(t.getTime() + limits.registrationTtlMs),
      });
      const email = `${student.code}@${deps.emailDomain}`;
      const link = `${deps.publicUrl}/register/verify?token=${encodeURIComponent(token)}`;
      const hours = Math.round(limits.registrationTtlMs / 3600_000);
      await deps.mailer.send({
        to: email,
        ...registrationMail({ schoolName: deps.schoolName, name: student.name, link, hours }),
      });
      call.log.info({ mailer: deps.mailer.kind }, 'registration mail sent');
      return { email };
    },

    ExchangeRegistration: async (req) => {
      const t = now();
      const r = req.token ? await store.takeRegistration(tokenHash(req.token), t) : undefined;
      if (!r) throw new AppError('not_found', 'the link is unknown, used or expired');
      const formToken = randomToken();
      const expiresAt = new Date(Math.min(r.expiresAt.getTime(), t.getTime() + limits.registrationFormTtlMs));
      await store.createRegistration({
        ...r,
        _id: tokenHash(formToken),
        createdAt: t,
        expiresAt,
        form: true,
      });
      return {
        formToken,
        account: { studentId: r.studentId, studentCode: r.code, name: r.name },
        expiresAt: expiresAt.toISOString(),
      };
    },

    CheckRegistration: async (req) => {
      const r = req.token ? await store.registration(tokenHash(req.token), now(), true) : undefined;
      if (!r) throw new AppError('not_found', 'the form is unknown, used or expired');
      return { account: { studentId: r.studentId, studentCode: r.code, name: r.name } };
    },

    CompleteRegistration: async (req) => {
      const r = req.token ? await store.registration(tokenHash(req.token), now(), true) : undefined;
      if (!r) throw new AppError('not_found', 'the form is unknown, used or expired');
      const problem = passwordProblem(req.password, [r.code, r.name, deps.emailDomain]);
      if (problem) throw new AppError('invalid_argument', 'the password is too weak', { reason: problem });
      const passwordHash = await hashPassword(req.password, deps.kdf);
      await store.setPassword({ studentId: r.studentId, code: r.code, name: r.name, passwordHash }, now());
      await store.deleteRegistrationsOf(r.studentId);
      await store.deleteSessionsOf(r.studentId); // a password reset logs every other device out
      const a = await store.account(r.studentId);
      if (!a) throw new AppError('internal');
      return c.newSession(a);
    },
  };
}
