// The entity service as a real process against the FerretDB store: import a generated
// university over Twirp, then every RPC method in protobuf and in JSON, checked against the data.
import assert from 'node:assert/strict';
import { everyclass } from '../../../proto/generated/everyclass.js';
import { EntityService } from '../../../proto/generated/services.ts';
import { generateUniversity, type ImportRequest } from '../../../services/data/generate.ts';
import { importSemester } from '../../../services/data/import.ts';
import { paths } from '../../../services/kit/contract.ts';
import { TwirpClient, TwirpError } from '../../../services/kit/twirp/client.ts';
import { useStore } from '../../support/localenv.ts';
import { post, type RunningService, startService, waitForDataVersion } from './support.ts';

const pb = everyclass.entity.v1;
const SERVICE = EntityService.name;

describe('entity service (real process, FerretDB)', function () {
  this.timeout(300_000);
  let svc: RunningService;
  let proto: TwirpClient<typeof EntityService>;
  let json: TwirpClient<typeof EntityService>;
  let data: ImportRequest[];
  before(async () => {
    const store = await useStore();
    svc = await startService('entity', { MONGO_URL: `${store.url}/entity_it_${process.pid}` });
    proto = new TwirpClient(svc.url, EntityService);
    json = new TwirpClient(svc.url, EntityService, { format: 'json' });
    data = generateUniversity({ seed: 7, scale: 0.02 });
    let version = '';
    for (const sem of data) version = (await importSemester(proto, sem, { chunk: 1000 })).dataVersion;
    await waitForDataVersion(svc.url, version);
  });
  after(async () => svc?.stop());

  const sem0 = () => data[0]!;
  /** The (student, card) pairs of the first semester. */
  const enrollments = () =>
    sem0().enrollments!.map((e) => ({ studentCode: e.studentCode!, cardCode: e.cardCode! }));
  const semName = () => sem0().semester!.name!;

  /** The public id of a student found by exact number. */
  async function studentId(code: string, client = proto): Promise<string> {
    const res = await client.call('Search', { query: code, kinds: [pb.Kind.STUDENT] });
    const group = res.groups[0]!;
    assert.equal(group.total, 1, `exactly one student ${code}`);
    return group.items![0]!.id!;
  }

  it('imported every record and lists both semesters', async () => {
    const res = await proto.call('ListSemesters', {});
    assert.deepEqual(
      res.semesters.map((s) => s.name),
      data.map((d) => d.semester!.name),
    );
    const first = res.semesters[0]!;
    assert.equal(first.start, sem0().semester!.start);
    assert.equal(first.holidays!.length, sem0().semester!.holidays!.length);
  });

  it('GET /dataversion answers the version its catalog serves, unsigned, the same as GetDataVersion', async () => {
    const rpc = await proto.call('GetDataVersion', {});
    const res = await fetch(`${svc.url}${paths.dataVersion}`);
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), { version: rpc.version, updatedAt: rpc.updatedAt });
    const post = await fetch(`${svc.url}${paths.dataVersion}`, { method: 'POST' });
    assert.ok(post.status >= 400 && post.status < 500, `a POST is refused with a 4xx (${post.status})`);
    assert.ok(((await post.json()) as { msg?: string }).msg, 'with a reason');
  });

  it('re-importing the same data changes nothing (idempotent upsert)', async () => {
    const before = await proto.call('GetDataVersion', {});
    const res = await importSemester(proto, sem0(), { chunk: 1000 });
    assert.equal(res.enrollments, enrollments().length);
    assert.equal(res.rosters, new Set(enrollments().map((e) => e.cardCode)).size);
    const after = await proto.call('GetDataVersion', {});
    assert.equal(after.version, before.version);
  });

  it('adds with enrollments and replaces with rosters', async () => {
    const sem = sem0().semester!;
    const card = sem0().cards![0]!;
    const enrolled = new Set(
      enrollments()
        .filter((e) => e.cardCode === card.code)
        .map((e) => e.studentCode),
    );
    const [a, b] = sem0()
      .students!.map((x) => x.code!)
      .filter((c) => !enrolled.has(c))
      .slice(-2);
    const members = async () => {
      const sid = await studentId(a!);
      const tt = await proto.call('GetTimetable', { id: sid, semester: sem.name! });
      const c = tt.cards.find((x) => x.code === card.code);
      if (!c) return [];
      const list = await proto.call('ListClassmates', { cardId: c.id, pageSize: 500 });
      return list.students!.map((x) => x.code!);
    };
    const original = [...enrolled].sort();
    const added = await proto.call('ImportSemester', {
      semester: sem,
      enrollments: [a!, b!].map((studentCode) => ({ studentCode, cardCode: card.code! })),
    });
    await waitForDataVersion(svc.url, added.dataVersion);
    const now = await members();
    assert.deepEqual(now, [...new Set([...original, a!, b!])].sort());
    const replaced = await proto.call('ImportSemester', {
      semester: sem,
      rosters: [{ cardCode: card.code!, studentCodes: original }],
    });
    await waitForDataVersion(svc.url, replaced.dataVersion);
    assert.deepEqual(await members(), [], 'a is no longer enrolled, so the card left its timetable');
  });

  for (const format of ['protobuf', 'json'] as const) {
    describe(`over Twirp ${format}`, () => {
      const client = () => (format === 'json' ? json : proto);

      it('Search finds a student by number, Chinese name and pinyin initials', async () => {
        const s = sem0().students![5]!;
        const byCode = await client().call('Search', { query: s.code! });
        const students = byCode.groups.find((g) => g.kind === pb.Kind.STUDENT)!;
        assert.equal(students.items![0]!.name, s.name);
        assert.equal(byCode.groups.length, 4, 'grouped by students, teachers, rooms, classes');

        const byName = await client().call('Search', {
          query: s.name!,
          kinds: [pb.Kind.STUDENT],
          pageSize: 100,
        });
        assert.ok(
          byName.groups[0]!.items!.some((x) => x.code === s.code),
          'found by name',
        );
        const sameName = sem0().students!.filter((x) => x.name!.includes(s.name!)).length;
        assert.equal(byName.groups[0]!.total!, sameName);

        const initials = (await import('../../../services/entity/search-keys.ts'))
          .searchKeys(s.name!)
          .split(' ')[1]!;
        const byPinyin = await client().call('Search', {
          query: initials.toUpperCase(),
          kinds: [pb.Kind.STUDENT],
          pageSize: 100,
        });
        assert.ok(byPinyin.groups[0]!.total! >= 1);
        assert.ok(byPinyin.groups[0]!.items!.length <= 100);
      });

      it('Search pages through a group', async () => {
        const all = await client().call('Search', {
          query: '2023',
          kinds: [pb.Kind.STUDENT],
          pageSize: 100,
        });
        const total = sem0().students!.filter((x) => x.code!.startsWith('2023')).length;
        assert.equal(all.groups[0]!.total!, total);
        const p2 = await client().call('Search', {
          query: '2023',
          kinds: [pb.Kind.STUDENT],
          page: 2,
          pageSize: 10,
        });
        assert.deepEqual(
          p2.groups[0]!.items!.map((x) => x.code),
          all.groups[0]!.items!.slice(10, 20).map((x) => x.code),
        );
      });

      it('GetStudent and GetTimetable (student) match the data', async () => {
        const s = sem0().students![11]!;
        const id = await studentId(s.code!, client());
        const student = await client().call('GetStudent', { id });
        assert.equal(student.name, s.name);
        assert.equal(student.klass, s.klass);
        assert.deepEqual(
          student.semesters,
          data.map((d) => d.semester!.name),
        );
        const tt = await client().call('GetTimetable', { id, semester: semName() });
        const expected = sem0()
          .enrollments!.filter((e) => e.studentCode === s.code)
          .map((e) => e.cardCode)
          .sort();
        assert.deepEqual(tt.cards.map((c) => c.code).sort(), expected);
        assert.equal(tt.owner!.name, s.name);
        assert.equal(tt.semester!.start, sem0().semester!.start);
        for (const c of tt.cards) {
          const src = sem0().cards!.find((x) => x.code === c.code)!;
          assert.equal(c.lesson, src.lesson);
          assert.equal(c.weekText, src.weeks);
          assert.equal(c.room!.code, src.roomCode);
          assert.deepEqual(
            c.teachers!.map((t) => t.code),
            src.teacherCodes,
          );
          assert.equal(c.studentCount, enrollments().filter((e) => e.cardCode === c.code).length);
          assert.equal(c.weekday, Number(src.lesson![0]));
        }
      });

      it('GetTeacher, GetRoom, GetCard and their timetables match the data', async () => {
        const card = sem0().cards![3]!;
        const found = await client().call('Search', {
          query: card.teacherCodes![0]!,
          kinds: [pb.Kind.TEACHER],
        });
        const teacherId = found.groups[0]!.items![0]!.id!;
        const teacher = await client().call('GetTeacher', { id: teacherId });
        assert.equal(teacher.code, card.teacherCodes![0]);
        const ttT = await client().call('GetTimetable', {
          id: teacherId,
          semester: semName(),
        });
        const expectedT = sem0()
          .cards!.filter((c) => c.teacherCodes!.includes(teacher.code))
          .map((c) => c.code)
          .sort();
        assert.deepEqual(ttT.cards.map((c) => c.code).sort(), expectedT);

        const roomRef = ttT.cards.find((c) => c.code === card.code)!.room!;
        const room = await client().call('GetRoom', { id: roomRef.id });
        assert.equal(room.code, card.roomCode);
        const ttR = await client().call('GetTimetable', {
          id: roomRef.id,
          semester: semName(),
        });
        assert.deepEqual(
          ttR.cards.map((c) => c.code).sort(),
          sem0()
            .cards!.filter((c) => c.roomCode === card.roomCode)
            .map((c) => c.code)
            .sort(),
        );

        const cardId = ttT.cards.find((c) => c.code === card.code)!.id;
        const got = await client().call('GetCard', { id: cardId });
        assert.equal(got.courseName, card.courseName);
        assert.deepEqual(got.weeks.length > 0, true);
      });

      it('ListClassmates pages through the students of a card', async () => {
        const card = sem0().cards!.find(
          (c) => enrollments().filter((e) => e.cardCode === c.code).length > 12,
        )!;
        const expected = sem0()
          .enrollments!.filter((e) => e.cardCode === card.code)
          .map((e) => e.studentCode)
          .sort();
        const sid = await studentId(expected[0]!, client());
        const tt = await client().call('GetTimetable', { id: sid, semester: semName() });
        const cardId = tt.cards.find((c) => c.code === card.code)!.id;
        const p1 = await client().call('ListClassmates', { cardId, pageSize: 10 });
        const p2 = await client().call('ListClassmates', { cardId, page: 2, pageSize: 10 });
        assert.equal(p1.total, expected.length);
        assert.deepEqual(
          [...p1.students, ...p2.students].map((s) => s.code),
          expected.slice(0, 20),
        );
      });

      it('FreeRooms leaves out exactly the rooms in use', async () => {
        const week = 3;
        const weekday = 2;
        const period = 3;
        const res = await client().call('FreeRooms', {
          semester: semName(),
          week,
          weekday,
          period,
        });
        const { parseWeeks } = await import('../../../services/entity/weeks.ts');
        const busy = new Set(
          sem0()
            .cards!.filter((c) => {
              const l = c.lesson!;
              return (
                Number(l[0]) === weekday &&
                Number(l.slice(1, 3)) <= period &&
                Number(l.slice(3)) >= period &&
                parseWeeks(c.weeks!).includes(week)
              );
            })
            .map((c) => c.roomCode),
        );
        assert.ok(busy.size > 0, 'the sample has a busy room at that time');
        assert.deepEqual(
          res.rooms.map((r) => r.code).sort(),
          sem0()
            .rooms!.map((r) => r.code!)
            .filter((c) => !busy.has(c))
            .sort(),
        );
      });
    });
  }

  describe('errors', () => {
    const route = (method: string) => `${svc.url}/twirp/${SERVICE}/${method}`;
    const PROTO = { 'content-type': 'application/protobuf' };
    const JSON_H = { 'content-type': 'application/json' };

    it('a body that is not protobuf is malformed (400), not a crash', async () => {
      const res = await post(
        route('GetStudent'),
        new Uint8Array([0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f]),
        PROTO,
      );
      assert.equal(res.status, 400);
      assert.equal(res.json().code, 'malformed');
      assert.equal((await fetch(`${svc.url}/healthz`)).status, 200);
    });

    it('a body that is not JSON, or JSON of the wrong shape, is malformed', async () => {
      const a = await post(route('Search'), '{"query": ', JSON_H);
      assert.equal(a.status, 400);
      assert.equal(a.json().code, 'malformed');
      const b = await post(route('Search'), '{"kinds": "nope"}', JSON_H);
      assert.equal(b.status, 400);
      assert.equal(b.json().code, 'malformed');
      assert.equal(typeof b.json().msg, 'string');
    });

    it('an oversized body is refused with a clear 4xx', async () => {
      const res = await post(route('Search'), JSON.stringify({ query: 'x'.repeat(2 << 20) }), JSON_H);
      assert.equal(res.status, 400);
      assert.equal(res.json().code, 'invalid_argument');
      assert.deepEqual((res.json().meta as Record<string, string>).everyclass_code, 'body_too_large');
    });

    it('unknown methods, wrong HTTP methods and content types are bad_route (404)', async () => {
      const a = await post(route('DropDatabase'), '{}', JSON_H);
      assert.equal(a.status, 404);
      assert.equal(a.json().code, 'bad_route');
      const b = await fetch(route('Search'));
      assert.equal(b.status, 404);
      assert.equal(((await b.json()) as { code: string }).code, 'bad_route');
      const c = await post(route('Search'), 'query=x', {
        'content-type': 'application/x-www-form-urlencoded',
      });
      assert.equal(c.status, 404);
      assert.equal(c.json().code, 'bad_route');
    });

    it('a tampered, foreign or wrong-kind id is not_found (404)', async () => {
      const id = await studentId(sem0().students![0]!.code!);
      const tampered = id.slice(0, 10) + (id[10] === 'A' ? 'B' : 'A') + id.slice(11);
      for (const bad of [tampered, 'MTIzNDU2Nzg5MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTI', '3901160407']) {
        await assert.rejects(proto.call('GetStudent', { id: bad }), (err: unknown) => {
          assert.ok(err instanceof TwirpError);
          assert.equal(err.code, 'not_found');
          assert.equal(err.status, 404);
          return true;
        });
      }
      await assert.rejects(
        proto.call('GetRoom', { id }),
        (err: unknown) => err instanceof TwirpError && err.code === 'not_found',
      );
    });

    it('bad input is invalid_argument naming the field', async () => {
      await assert.rejects(
        proto.call('ImportSemester', {
          semester: { name: '2026-2027-1' },
          cards: [
            { code: 'x', courseCode: 'c', courseName: 'n', lesson: '90102', weeks: '1-16周', roomCode: 'r' },
          ],
        }),
        (err: unknown) =>
          err instanceof TwirpError && err.code === 'invalid_argument' && err.meta.field === 'cards[0]',
      );
      await assert.rejects(
        proto.call('FreeRooms', { semester: semName(), week: 1, weekday: 9, period: 1 }),
        (err: unknown) => err instanceof TwirpError && err.code === 'invalid_argument',
      );
      await assert.rejects(
        proto.call('Search', { query: '  ' }),
        (err: unknown) => err instanceof TwirpError && err.code === 'invalid_argument',
      );
    });

    it('shadow requests never write, and are labelled apart in metrics', async () => {
      const before = await proto.call('GetDataVersion', {});
      const body = pb.ImportSemesterRequest.encode({
        semester: sem0().semester,
        rooms: [{ code: 'Z-999', name: 'shadow room' }],
      }).finish();
      const res = await post(route('ImportSemester'), body, { ...PROTO, 'x-everyclass-shadow': '1' });
      assert.equal(res.status, 412);
      assert.equal(res.json().code, 'failed_precondition');
      const after = await proto.call('GetDataVersion', {});
      assert.equal(after.version, before.version);
      const found = await proto.call('Search', { query: 'Z-999', kinds: [pb.Kind.ROOM] });
      assert.equal(found.groups[0]!.total!, 0);
      const read = await post(route('ListSemesters'), '{}', { ...JSON_H, 'x-everyclass-shadow': '1' });
      assert.equal(read.status, 200);
      const metrics = await (await fetch(`${svc.url}/metrics`)).text();
      assert.match(
        metrics,
        /http_requests_total\{[^}]*route="\/twirp\/everyclass\.entity\.v1\.Entity\/ListSemesters"[^}]*shadow="true"/,
      );
      assert.match(metrics, /http_requests_total\{[^}]*shadow="false"/);
    });
  });
});
