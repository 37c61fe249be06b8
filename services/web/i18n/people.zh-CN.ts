// Texts of the pages about other people's timetables (issue 15): subscribing to any timetable,
// access requests, the multi-person schedule. Kept apart from zh-CN.ts so the features merge
// without touching every line of it; `people` in zh-CN.ts points here.

export const peopleZhCN = {
  feeds: {
    subscribe: '订阅到日历',
    title: (name: string) => `订阅${name}的课表`,
    intro: '把这个课表同步到手机日历，课程有变化时自动更新。',
    privacy:
      '每次日历刷新都会重新检查课表主人的隐私设置：课表不再公开（或你的查看权限被撤销）后，日历里的课程会消失，只留一条说明。',
    anonymous: '你没有登录：这个链接只在课表公开时显示课程。登录后订阅，对仅登录可见的课表也有效。',
  },
  access: {
    ask: '申请查看课表',
    askNote: '对方会在设置页看到你的申请，同意后你就能查看，直到对方撤销。',
    pending: '已申请，等待对方同意。',
    declined: '对方没有同意你的申请，你可以再次申请。',
    sent: '申请已发送。',
    tooMany: '今天的申请次数已用完，请明天再试。',
    title: '查看课表的申请',
    none: '没有待处理的申请。',
    accept: '同意',
    decline: '拒绝',
    revoke: '撤销',
    pendingLabel: '等待处理',
    acceptedLabel: '已同意',
  },
  together: {
    nav: '多人日程',
    title: '多人日程',
    intro: '选几位同学或老师，看看某一周里大家什么时候都有空。',
    search: '搜索同学或老师',
    add: '添加',
    remove: '移除',
    people: '已选',
    nobody: '还没有选人：先搜索并添加。',
    allFree: '都有空',
    busy: '有课：',
    unknown: '未知：',
    unknownNote: '课表不公开的人记为“未知”，不会显示他们的课程。',
    share: '分享这个日程',
    tooManyPeople: (n: number) => `最多 ${n} 人。`,
  },
};

export type PeopleMessages = typeof peopleZhCN;
