import assert from 'node:assert/strict';
import { Catalog } from './catalog.ts';
import { searchKeys } from './search-keys.ts';
import type { CardDoc, RoomDoc, StudentDoc } from './store.ts';

const student = (code: string, name: string): StudentDoc => ({
  _id: code,
  name,
  klass: 'k',
  major: 'm',
  department: 'd',
  year: 2016,
  py: searchKeys(name),
});
const room = (code: string, building: string, aliases: string[] = []): RoomDoc => ({
  _id: code,
  name: code,
  building,
  campus: 'c',
  capacity: 50,
  aliases,
  py: [code, ...aliases].map(searchKeys).join(' '),
});
const card = (id: string, semester: string, over: Partial<CardDoc> = {}): CardDoc => ({
  _id: `${semester}/${id}`,
  code: id,
  semester,
  courseCode: `C${id}`,
  courseName: '数据结构',
  lesson: '10102',
  weekday: 1,
  firstPeriod: 1,
  lastPeriod: 2,
  weeks: [1, 2, 3],
  weekText: '1-3周',
  room: 'A-1',
  teachers: ['T1'],
  py: searchKeys('数据结构'),
  ...over,
});

describe('catalog (the in-memory read model)', () => {
  const c = new Catalog({
    version: { version: 'v', updatedAt: new Date(0) },
    semesters: [],
    students: [student('3901', '王小明'), student('3902', '李雷'), student('4001', '王芳')],
    teachers: [{ _id: 'T1', name: '张三', title: '教授', department: 'd', py: searchKeys('张三') }],
    rooms: [room('A-1', 'A座', ['民主楼101', 'A101']), room('A-2', 'A座'), room('B-1', 'B座')],
    cards: [card('1', 's1'), card('2', 's1', { room: 'A-2', weeks: [2], weekday: 3 }), card('3', 's2')],
    rosters: [
      { _id: 's1/1', semester: 's1', students: ['3902', '3901'] },
      { _id: 's2/3', semester: 's2', students: ['3901'] },
    ],
  });

  it('finds by code prefix, Chinese substring, full pinyin and initials', () => {
    assert.deepEqual(
      c.search('student', '39', 0, 10).items.map((s) => (s as StudentDoc)._id),
      ['3901', '3902'],
    );
    assert.equal(c.search('student', '王', 0, 10).total, 2);
    assert.equal(c.search('student', 'wangxiao', 0, 10).total, 1);
    assert.equal(c.search('student', 'wxm', 0, 10).total, 1);
    assert.equal(
      c.search('student', 'xiaoming', 0, 10).total,
      0,
      'pinyin matches from the start of the name',
    );
    assert.equal(c.search('card', 'sjjg', 0, 10, 's1').total, 2);
    assert.equal(c.search('student', '39', 1, 1).items.length, 1);
  });

  it('gives timetables per semester and rosters in code order', () => {
    assert.deepEqual(
      c.studentCards('3901', 's1').map((x) => x.code),
      ['1'],
    );
    assert.deepEqual(c.studentSemesters('3901'), ['s1', 's2']);
    assert.deepEqual(
      c
        .teacherCards('T1', 's1')
        .map((x) => x.code)
        .sort(),
      ['1', '2'],
    );
    assert.deepEqual(
      c.roomCards('A-2', 's1').map((x) => x.code),
      ['2'],
    );
    assert.deepEqual(
      c.classmates('s1/1', 0, 10).items.map((s) => s._id),
      ['3901', '3902'],
    );
    assert.equal(c.studentCount('s1/1'), 2);
  });

  it('finds rooms by their aliases (Chinese, pinyin, short form)', () => {
    const ids = (q: string) => c.search('room', q, 0, 10).items.map((r) => (r as RoomDoc)._id);
    assert.deepEqual(ids('民主楼'), ['A-1']);
    assert.deepEqual(ids('minzhulou'), ['A-1']);
    assert.deepEqual(ids('mzl'), ['A-1']);
    assert.deepEqual(ids('a101'), ['A-1']);
  });

  it('tells exact matches by code, name or alias, apart from prefixes and substrings', () => {
    const exact = (kind: 'room' | 'student' | 'card', q: string) =>
      c.exactMatches(kind, q, 2).map((d) => (d as { _id: string })._id);
    assert.deepEqual(exact('room', '民主楼101'), ['A-1']);
    assert.deepEqual(exact('room', '民主楼'), [], 'a substring is not exact');
    assert.deepEqual(exact('room', 'a-2'), ['A-2']);
    assert.deepEqual(exact('student', '3901'), ['3901']);
    assert.deepEqual(exact('student', '39'), [], 'a prefix is not exact');
    assert.deepEqual(exact('student', '王小明'), ['3901']);
    assert.equal(exact('card', '数据结构').length, 2, 'the same course in several cards: at most the limit');
  });

  it('lists free rooms by week, weekday, period and building', () => {
    assert.deepEqual(
      c.freeRooms('s1', [{ week: 1, weekday: 1 }], 1).map((r) => r._id),
      ['A-2', 'B-1'],
    );
    assert.deepEqual(
      c.freeRooms('s1', [{ week: 2, weekday: 3 }], 2, { building: 'A座' }).map((r) => r._id),
      ['A-1'],
    );
    assert.deepEqual(
      c.freeRooms('s1', [{ week: 4, weekday: 1 }], 1).map((r) => r._id),
      ['A-1', 'A-2', 'B-1'],
    );
    assert.deepEqual(
      c.freeRooms('s1', [], 1).map((r) => r._id),
      ['A-1', 'A-2', 'B-1'],
      'a holiday: every room',
    );
    assert.deepEqual(
      c
        .freeRooms(
          's1',
          [
            { week: 4, weekday: 1 },
            { week: 1, weekday: 1 },
          ],
          1,
        )
        .map((r) => r._id),
      ['A-2', 'B-1'],
      'a makeup day holds the moved classes too',
    );
  });
});
