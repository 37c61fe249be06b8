// English texts of the pages about other people's timetables (same shape as people.zh-CN.ts).
import type { PeopleMessages } from './people.zh-CN.ts';

export const peopleEn: PeopleMessages = {
  feeds: {
    subscribe: 'Subscribe in my calendar',
    title: (name: string) => `Subscribe to the timetable of ${name}`,
    intro: 'Keep this timetable in your phone calendar; changes follow automatically.',
    privacy:
      'Every refresh checks the owner’s privacy setting again: once the timetable is no longer shared (or your access is withdrawn), its classes disappear from your calendar, leaving one note.',
    anonymous:
      'You are not logged in: this link shows classes only while the timetable is public. Log in first to subscribe to timetables shown to logged-in students.',
  },
  access: {
    ask: 'Ask to see this timetable',
    askNote: 'The student sees your request in their settings; once accepted you see it until they revoke.',
    pending: 'Asked; waiting for an answer.',
    declined: 'Your request was declined; you may ask again.',
    sent: 'Request sent.',
    tooMany: 'You have sent as many requests as allowed today; try again tomorrow.',
    title: 'Requests to see my timetable',
    none: 'No requests.',
    accept: 'Accept',
    decline: 'Decline',
    revoke: 'Revoke',
    pendingLabel: 'pending',
    acceptedLabel: 'accepted',
  },
  together: {
    nav: 'Group schedule',
    title: 'Group schedule',
    intro: 'Pick a few students or teachers and see when all of them are free in a week.',
    search: 'Search students or teachers',
    add: 'Add',
    remove: 'Remove',
    people: 'Chosen',
    nobody: 'Nobody chosen yet: search and add people first.',
    allFree: 'All free',
    busy: 'Busy: ',
    unknown: 'Unknown: ',
    unknownNote: 'People whose timetable you may not see count as “unknown”; their classes are never shown.',
    share: 'Share this schedule',
    tooManyPeople: (n: number) => `At most ${n} people.`,
  },
};
