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
const room = (code: string, building: string): RoomDoc => ({
  _id: code,
  name: code,
  building,
  campus: 'c',
  capacity: 50,
  py: '',
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
    rooms: [room('A-1', 'A座'), room('A-2', 'A座'), room('B-1', 'B座')],
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
