// Texts about the site itself: the maintenance page, the footer, the tier banner and the
// about/guide page, in zh-CN and English (the locales include them as `info`).

export const siteInfoZhCN = {
  maintenanceTitle: '系统维护中',
  maintenance: '每课正在维护，暂时无法访问，请稍后再来。已订阅的日历照常同步。',
  retryAfter: (minutes: number) => `建议 ${minutes} 分钟后再试。`,
  dataUpdated: (date: string) => `数据更新于 ${date}`,
  version: (v: string) => `版本 ${v}`,
  about: '关于与帮助',
  feedback: '意见反馈',
  banner: {
    staging: '这是预发布（staging）环境，不是正式站点：数据和账户可能随时重置。',
    testing: '这是测试（testing）环境，不是正式站点：数据和账户可能随时重置。',
  } as Record<string, string>,
  aboutTitle: '关于每课',
  aboutIntro: (school: string) =>
    `每课帮你查${school}学生、老师和教室的课表，看看谁和你一起上课，并把课表订阅到手机日历。`,
  guideTitle: '把课表订阅到日历',
  guideIntro: '在自己的课表页点“订阅到手机日历”，得到一个订阅地址；日历会定期自动同步，课程变动也会更新。',
  privacyTitle: '隐私级别是什么意思',
  privacyIntro: '登录后可以在“设置”里选择谁能看到你的课表：',
  privacyLevels: [
    '任何人都能查看你的课表。',
    '只有登录的同学能查看；未登录的访客看不到。',
    '只有你自己能查看；同学名单里只显示人数，不显示你的名字。',
  ],
  privacyNote: '无论哪个级别，你都能在“设置”里看到谁看过你的课表。',
  feedbackIntro: '发现问题或有建议？',
};

export type SiteInfoMessages = typeof siteInfoZhCN;

export const siteInfoEn: SiteInfoMessages = {
  maintenanceTitle: 'Down for maintenance',
  maintenance:
    'EveryClass is under maintenance and cannot be used right now; please come back later. Calendar subscriptions keep syncing.',
  retryAfter: (minutes: number) => `Try again in about ${minutes} minutes.`,
  dataUpdated: (date: string) => `Data updated ${date}`,
  version: (v: string) => `version ${v}`,
  about: 'About & help',
  feedback: 'Feedback',
  banner: {
    staging: 'This is the staging site, not the real one: data and accounts may be reset at any time.',
    testing: 'This is a testing site, not the real one: data and accounts may be reset at any time.',
  },
  aboutTitle: 'About EveryClass',
  aboutIntro: (school: string) =>
    `EveryClass shows the timetables of ${school}'s students, teachers and rooms, who attends a class with you, and puts your timetable into your phone's calendar.`,
  guideTitle: 'Subscribe to a timetable in your calendar',
  guideIntro:
    'On your timetable page press “Subscribe in my phone calendar” to get a subscription address; your calendar then syncs it by itself, changes included.',
  privacyTitle: 'What the privacy levels mean',
  privacyIntro: 'Once logged in, choose in Settings who can see your timetable:',
  privacyLevels: [
    'Anybody can see your timetable.',
    'Only students who are logged in can see it; anonymous visitors cannot.',
    'Only you can see it; class lists count you without showing your name.',
  ],
  privacyNote: 'Whatever the level, Settings shows you who viewed your timetable.',
  feedbackIntro: 'Found a problem or have an idea?',
};
