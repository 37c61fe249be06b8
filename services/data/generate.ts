// A realistic, deterministic university: departments with majors and administrative classes,
// students, teachers, rooms in buildings on campuses, cards (one teaching session of a course
// in a semester: lesson code, week list, room, teachers) and enrollments, for two semesters.
// Pure: seed and scale in, import requests out (the ImportSemester message, camelCase).
// Scale 1 is about 30,000 students, 2,000 teachers, 400 rooms, 5,000 cards, 300,000 enrollments.
import type { everyclass } from '../../proto/generated/everyclass.js';
import { seeded } from './random.ts';

export type ImportRequest = everyclass.entity.v1.IImportSemesterRequest;
type Student = everyclass.entity.v1.IStudentRecord;
type Teacher = everyclass.entity.v1.ITeacherRecord;
type Room = everyclass.entity.v1.IRoomRecord;
type Card = everyclass.entity.v1.ICardRecord;
type Enrollment = everyclass.entity.v1.IEnrollmentRecord;

export interface GenerateOptions {
  seed?: number;
  /** 1 = full size; 0.02 = a small set for tests. */
  scale?: number;
}

const departments: Array<[string, string[]]> = [
  ['计算机学院', ['计算机科学与技术', '物联网工程', '智能科学与技术']],
  ['软件学院', ['软件工程', '数字媒体技术']],
  ['数学与统计学院', ['数学与应用数学', '统计学', '信息与计算科学']],
  ['物理与电子学院', ['应用物理学', '电子信息科学与技术']],
  ['化学化工学院', ['化学', '化学工程与工艺', '应用化学']],
  ['机电工程学院', ['机械设计制造及其自动化', '车辆工程', '测控技术与仪器']],
  ['自动化学院', ['自动化', '电气工程及其自动化']],
  ['土木工程学院', ['土木工程', '工程管理', '建筑环境与能源应用工程']],
  ['交通运输工程学院', ['交通运输', '交通工程', '物流工程']],
  ['资源与安全工程学院', ['采矿工程', '安全工程']],
  ['地球科学与信息物理学院', ['地质工程', '测绘工程', '遥感科学与技术']],
  ['冶金与环境学院', ['冶金工程', '环境工程']],
  ['材料科学与工程学院', ['材料科学与工程', '无机非金属材料工程']],
  ['商学院', ['会计学', '金融学', '工商管理', '经济学']],
  ['文学与新闻传播学院', ['汉语言文学', '新闻学', '广播电视学']],
  ['外国语学院', ['英语', '日语', '翻译']],
  ['法学院', ['法学']],
  ['公共管理学院', ['行政管理', '社会学']],
  ['湘雅医学院', ['临床医学', '口腔医学', '护理学']],
  ['建筑与艺术学院', ['建筑学', '城乡规划', '视觉传达设计']],
];

const surnames: Array<[string, number]> = [
  ['王', 72],
  ['李', 71],
  ['张', 69],
  ['刘', 55],
  ['陈', 45],
  ['杨', 31],
  ['黄', 24],
  ['赵', 22],
  ['吴', 21],
  ['周', 21],
  ['徐', 17],
  ['孙', 16],
  ['马', 15],
  ['朱', 14],
  ['胡', 13],
  ['郭', 12],
  ['何', 12],
  ['林', 11],
  ['罗', 11],
  ['高', 11],
  ['郑', 10],
  ['梁', 9],
  ['谢', 8],
  ['宋', 8],
  ['唐', 8],
  ['许', 7],
  ['韩', 7],
  ['冯', 7],
  ['邓', 7],
  ['曹', 7],
  ['彭', 6],
  ['曾', 6],
  ['肖', 6],
  ['田', 5],
  ['董', 5],
  ['袁', 5],
  ['潘', 5],
  ['于', 5],
  ['蒋', 5],
  ['蔡', 5],
  ['余', 5],
  ['杜', 4],
  ['叶', 4],
  ['程', 4],
  ['苏', 4],
  ['魏', 4],
  ['吕', 4],
  ['丁', 4],
  ['任', 4],
  ['沈', 4],
  ['欧阳', 1],
  ['司马', 1],
  ['诸葛', 1],
];
const given = [
  ...'伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂英华玉萍红娥玲芬燕彩春菊凤洁梅琳素云莲真环雪荣爱妹霞香月莺媛瑞凡佳嘉琼勤珍贞莉桂娣叶璧璐娅琦晶妍茜秋珊莎锦黛青倩婷姣婉娴瑾颖露瑶怡婵雁蓓纨仪荷丹蓉眉君琴蕊薇菁梦岚苑婕馨瑗琰韵融园艺咏卿聪澜纯毓悦昭冰爽琬茗羽希宁欣飘育滢馥筠柔竹霭凝晓欢霄枫芸菲寒伊亚宜可姬舒影荔枝思丽浩宇轩然子涵博文睿哲俊豪志远鹏飞宏伟建国晨阳',
];
const titles: Array<[string, number]> = [
  ['教授', 2],
  ['副教授', 4],
  ['讲师', 5],
  ['助教', 1],
];
const courseWords = [
  '高等数学',
  '线性代数',
  '概率论与数理统计',
  '大学英语',
  '大学物理',
  '程序设计基础',
  '数据结构',
  '操作系统',
  '计算机网络',
  '数据库原理',
  '编译原理',
  '软件工程',
  '离散数学',
  '电路原理',
  '模拟电子技术',
  '数字电子技术',
  '信号与系统',
  '自动控制原理',
  '工程制图',
  '理论力学',
  '材料力学',
  '流体力学',
  '有机化学',
  '无机化学',
  '分析化学',
  '会计学原理',
  '微观经济学',
  '宏观经济学',
  '管理学',
  '市场营销',
  '中国近现代史纲要',
  '马克思主义基本原理',
  '思想道德与法治',
  '形势与政策',
  '体育',
  '大学语文',
  '法理学',
  '民法学',
  '刑法学',
  '解剖学',
  '生理学',
  '病理学',
  '建筑设计',
  '城市规划原理',
  '人工智能导论',
  '机器学习',
  '计算机图形学',
  '嵌入式系统',
  '测量学',
  '地质学基础',
];
const suffixes = ['', '', '', 'A', 'B', '（上）', '（下）', '实验', '课程设计', 'Ⅰ', 'Ⅱ'];
const weekPatterns: Array<[string, number]> = [
  ['1-16周', 40],
  ['1-8周', 12],
  ['9-16周', 12],
  ['1-15单周', 8],
  ['2-16双周', 8],
  ['1-8,10-16周', 6],
  ['3-18周', 6],
  ['1-12周', 8],
];
// Building, campus, and the building's old name students still use (rooms get it as an alias).
const buildings: Array<[string, string, string]> = [
  ['A', '校本部', '民主楼'],
  ['B', '校本部', '科技楼'],
  ['C', '校本部', ''],
  ['D', '南校区', '世纪楼'],
  ['E', '南校区', ''],
  ['F', '南校区', '文渊楼'],
  ['G', '新校区', ''],
  ['H', '新校区', '升华楼'],
  ['J', '新校区', ''],
  ['K', '铁道校区', '老图书馆'],
];

export const semesters = [
  {
    name: '2026-2027-1',
    start: '2026-09-07',
    weeks: 18,
    holidays: [
      ...['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06'].map((date) => ({
        date,
        name: '国庆节',
        makeupDate: '',
      })),
      { date: '2026-10-07', name: '国庆节', makeupDate: '2026-10-10' },
    ],
  },
  {
    name: '2026-2027-2',
    start: '2027-03-01',
    weeks: 18,
    holidays: [
      { date: '2027-04-05', name: '清明节', makeupDate: '' },
      { date: '2027-05-03', name: '劳动节', makeupDate: '2027-05-08' },
      { date: '2027-05-04', name: '劳动节', makeupDate: '' },
    ],
  },
];

export function generateUniversity(opts: GenerateOptions = {}): ImportRequest[] {
  const scale = opts.scale ?? 1;
  const r = seeded(opts.seed ?? 2026);
  const n = (full: number, min: number) => Math.max(min, Math.round(full * scale));
  const nameOf = () => r.weighted(surnames) + r.pick(given) + (r.next() < 0.7 ? r.pick(given) : '');

  // Departments → majors → administrative classes (one per major and year, ~30 students each).
  const years = [2023, 2024, 2025, 2026];
  const studentCount = n(30_000, 60);
  const majors = departments.flatMap(([dept, ms], d) => ms.map((m, i) => ({ dept, d, major: m, i })));
  const perClass = 30;
  const classCount = Math.ceil(studentCount / perClass);
  const klasses = Array.from({ length: classCount }, (_, k) => {
    const m = majors[k % majors.length]!;
    const year = years[Math.floor(k / majors.length) % years.length]!;
    const seq = Math.floor(k / (majors.length * years.length)) + 1;
    return { ...m, year, name: `${m.major}${String(year).slice(2)}${String(seq).padStart(2, '0')}`, k };
  });
  const students: Student[] = [];
  const studentKlass: number[] = [];
  for (let i = 0; i < studentCount; i++) {
    const k = klasses[i % classCount]!;
    students.push({
      code: `${k.year}${String(k.d + 1).padStart(2, '0')}${String(k.k).padStart(3, '0')}${String(Math.floor(i / classCount) + 1).padStart(2, '0')}`,
      name: nameOf(),
      klass: k.name,
      major: k.major,
      department: k.dept,
      year: k.year,
    });
    studentKlass.push(k.k);
  }

  const teachers: Teacher[] = Array.from({ length: n(2_000, 20) }, (_, i) => ({
    code: `T${String(100001 + i)}`,
    name: nameOf(),
    title: r.weighted(titles),
    department: departments[i % departments.length]![0],
  }));

  const rooms: Room[] = Array.from({ length: n(400, 12) }, (_, i) => {
    const [b, campus, oldName] = buildings[i % buildings.length]!;
    const floor = 1 + (Math.floor(i / buildings.length) % 6);
    const num = 1 + Math.floor(i / (buildings.length * 6));
    const at = `${floor}${String(num).padStart(2, '0')}`;
    const code = `${b}-${at}`;
    return {
      code,
      name: `${b}座${at}`,
      building: `${b}座`,
      campus,
      capacity: r.pick([40, 60, 80, 120, 150, 200]),
      // The short form on the door (A101) and the building's old name (民主楼101).
      aliases: [`${b}${at}`, ...(oldName ? [`${oldName}${at}`] : [])],
    };
  });

  const courses = Array.from({ length: n(1_200, 30) }, (_, i) => ({
    code: `${String(100000 + i * 7)}`,
    name:
      courseWords[i % courseWords.length]! +
      (i < courseWords.length ? '' : r.pick(suffixes) || `（${Math.floor(i / courseWords.length)}）`),
  }));

  return semesters.map((sem, si) => {
    const cardCount = n(2_500, 24);
    const roomBusy = new Set<string>();
    const cards: Array<Card & { slot: string }> = [];
    for (let c = 0; c < cardCount; c++) {
      const course = courses[(c * 3 + si) % courses.length]!;
      let weekday = 0;
      let slot = 0;
      let room = rooms[0]!;
      for (let attempt = 0; attempt < 20; attempt++) {
        weekday = r.next() < 0.95 ? r.int(1, 5) : r.int(6, 7);
        slot = r.weighted([
          [1, 5],
          [2, 5],
          [3, 4],
          [4, 4],
          [5, 2],
          [6, 1],
        ]);
        room = r.pick(rooms);
        if (!roomBusy.has(`${room.code}/${weekday}/${slot}`)) break;
      }
      roomBusy.add(`${room.code}/${weekday}/${slot}`);
      const first = 2 * slot - 1;
      cards.push({
        code: `${sem.name.replace(/-/g, '')}${String(c + 1).padStart(5, '0')}`,
        courseCode: course.code,
        courseName: course.name,
        lesson: `${weekday}${String(first).padStart(2, '0')}${String(first + 1).padStart(2, '0')}`,
        weeks: r.weighted(weekPatterns),
        roomCode: room.code,
        teacherCodes: r.sample(teachers, r.next() < 0.85 ? 1 : 2).map((t) => t.code!),
        slot: `${weekday}/${slot}`,
      });
    }

    // Each class shares three core cards; every student adds two electives, never two at one time.
    const enrollments: Enrollment[] = [];
    const core = klasses.map(() => {
      const picked: typeof cards = [];
      const slots = new Set<string>();
      for (let t = 0; t < 30 && picked.length < 3; t++) {
        const card = r.pick(cards);
        if (slots.has(card.slot)) continue;
        slots.add(card.slot);
        picked.push(card);
      }
      return picked;
    });
    students.forEach((s, i) => {
      const mine = core[studentKlass[i]!]!;
      const slots = new Set(mine.map((c) => c.slot));
      const taken = new Set(mine.map((c) => c.code));
      for (let t = 0; t < 30 && taken.size < mine.length + 2; t++) {
        const card = r.pick(cards);
        if (slots.has(card.slot) || taken.has(card.code)) continue;
        slots.add(card.slot);
        taken.add(card.code);
      }
      for (const code of taken) enrollments.push({ studentCode: s.code, cardCode: code });
    });

    return {
      semester: sem,
      students,
      teachers,
      rooms,
      cards: cards.map(({ slot: _slot, ...card }) => card),
      enrollments,
    };
  });
}
