// The texts of the mails identity sends (Chinese, as the school's students read them).

export function registrationMail(o: { schoolName: string; name: string; link: string; hours: number }) {
  return {
    subject: `${o.schoolName} 每课：设置你的密码`,
    text: [
      `${o.name} 同学你好：`,
      '',
      `请在 ${o.hours} 小时内打开下面的链接，为你的每课账号设置密码：`,
      o.link,
      '',
      '如果这不是你本人的操作，请忽略这封邮件，你的账号不会有任何变化。',
      '',
      '每课 EveryClass',
    ].join('\n'),
  };
}
