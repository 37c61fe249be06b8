// Stand-ins for entity and identity for the web app's in-process tests (light-my-request).

import { randomBytes } from 'node:crypto';
import { everyclass } from '../../proto/generated/everyclass.js';
import type { KitApp } from '../kit/app.ts';
import { defaultAppConfig } from '../kit/config.ts';
import { silentLogger } from '../kit/log.ts';
import { createMetrics } from '../kit/metrics.ts';
import { TwirpError } from '../kit/twirp/client.ts';
import { createApp, type WebDeps } from './app.ts';
import type { EntityApi, IdentityApi } from './backend.ts';

const E = everyclass.entity.v1;
const I = everyclass.identity.v1;

export function stand<T extends object>(impl: Partial<T>): T {
  return new Proxy(impl, {
    get: (target, name) =>
      (target as Record<string | symbol, unknown>)[name] ??
      (async () => {
        throw new TwirpError('unimplemented', String(name));
      }),
  }) as T;
}

export const XSS = '<script>alert(1)</script>';
export const semester = E.Semester.create({ name: '2026-2027-1', start: '2026-09-07', weeks: 18 });
export const students: Record<string, everyclass.entity.v1.Student> = {
  alice: E.Student.create({
    id: 'alice',
    code: '1001',
    name: '王小明',
    klass: '软件1601',
    semesters: ['2026-2027-1'],
  }),
  bob: E.Student.create({
    id: 'bob',
    code: '1002',
    name: XSS,
    klass: '软件1601',
    semesters: ['2026-2027-1'],
  }),
};
export const privacy: Record<string, number> = { alice: 0, bob: 0 };
export const card = E.Card.create({
  id: 'card1',
  courseName: '数据结构',
  courseCode: 'CS201',
  semester: '2026-2027-1',
  weekday: 2,
  firstPeriod: 3,
  lastPeriod: 4,
  weeks: [1, 2, 3],
  weekText: '1-3周',
  room: { kind: E.Kind.ROOM, id: 'room1', name: 'A-101' },
  teachers: [{ kind: E.Kind.TEACHER, id: 't1', name: '李老师' }],
});

export const entity = stand<EntityApi>({
  ListSemesters: async () => E.ListSemestersResponse.create({ semesters: [semester] }),
  GetStudent: async ({ id }) => {
    const s = students[id ?? ''];
    if (!s) throw new TwirpError('not_found', 'no such student');
    return s;
  },
  GetTimetable: async () => E.Timetable.create({ cards: [card] }),
  Search: async ({ query }) =>
    E.SearchResponse.create({
      groups: [
        {
          kind: E.Kind.STUDENT,
          total: 2, // two results: a list (one would go straight to its page)
          items: [
            { kind: E.Kind.STUDENT, id: 'bob', code: '1002', name: XSS, detail: `${query}` },
            { kind: E.Kind.STUDENT, id: 'alice', code: '1001', name: '王小明', detail: '软件1601' },
          ],
        },
      ],
    }),
  GetCard: async () => card,
  ListClassmates: async () =>
    E.ListClassmatesResponse.create({
      total: 2,
      students: Object.values(students).map((s) => ({
        kind: E.Kind.STUDENT,
        id: s.id,
        name: s.name,
        detail: s.klass,
      })),
    }),
});

export const identity = stand<IdentityApi>({
  GetPrivacy: async ({ studentIds }) =>
    I.GetPrivacyResponse.create({
      levels: Object.fromEntries((studentIds ?? []).map((id) => [id, privacy[id] ?? 0])),
    }),
  ViewTimetable: async ({ studentId, session }) =>
    I.ViewTimetableResponse.create({
      privacy: privacy[studentId ?? ''] ?? 0,
      viewer: session === 'tok' ? { studentId: 'alice', name: '王小明', studentCode: '1001' } : null,
    }),
  Login: async ({ password }) => {
    if (password !== 'right') throw new TwirpError('unauthenticated', 'wrong');
    return I.Session.create({
      token: 'tok',
      account: { studentId: 'alice', name: '王小明', studentCode: '1001' },
      expiresAt: new Date(Date.now() + 3600_000).toISOString(),
    });
  },
  GetSession: async ({ session }) => {
    if (session !== 'tok') throw new TwirpError('unauthenticated', 'no');
    return I.Session.create({ account: { studentId: 'alice', name: '王小明', studentCode: '1001' } });
  },
});

/** The web app on these stand-ins (or others given), with a fresh key and silent logs. */
export function standinApp(extra: Partial<WebDeps> = {}): KitApp {
  return createApp({
    backend: { entity, identity },
    app: defaultAppConfig,
    sessionKey: randomBytes(32),
    logger: silentLogger(),
    metrics: createMetrics('web', { defaults: false }),
    ...extra,
  });
}
