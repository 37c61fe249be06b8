// spec.app: the application configuration every service reads (APP_CONFIG).
// Part of the spec schema (api/environment.ts), hence of the CRD.

import {
  appConfigDefaults,
  defaultLessonSlots,
  feedbackUrlShape,
  timeZonePattern,
} from '../../../services/kit/contract.ts';
import { dnsName } from './patterns.ts';
import { list, obj, str } from './schema.ts';

const semesterSchema = obj(
  'One semester of the timetable.',
  {
    name: str('Semester name: first year, second year, term (1 or 2), e.g. 2026-2027-1.', {
      pattern: '^[0-9]{4}-[0-9]{4}-[12]$',
      maxLength: 11,
    }),
    start: str('Monday of week 1 (ISO date, e.g. 2026-09-07).', { format: 'date', maxLength: 10 }),
  },
  {
    required: ['name', 'start'],
    'x-kubernetes-validations': [
      {
        rule: 'int(self.name.substring(5, 9)) == int(self.name.substring(0, 4)) + 1',
        message: 'the two years of a semester name must be consecutive (e.g. 2026-2027-1)',
        fieldPath: '.name',
      },
    ],
  },
);

const slotSchema = obj(
  'One daily lesson slot, local time of app.timezone.',
  {
    start: str('Start time, HH:MM.', { pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$', maxLength: 5 }),
    end: str('End time, HH:MM; after start.', { pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$', maxLength: 5 }),
  },
  {
    required: ['start', 'end'],
    'x-kubernetes-validations': [
      { rule: 'self.start < self.end', message: 'a lesson slot must end after it starts' },
    ],
  },
);

export const appSchema = obj(
  'Application configuration, mounted into every service as a JSON file (APP_CONFIG).',
  {
    schoolName: str('Name of the university shown on pages.', {
      default: appConfigDefaults.schoolName,
      minLength: 1,
      maxLength: 128,
    }),
    emailDomain: str(
      'E-mail domain students register with (<student code>@<emailDomain>), e.g. csu.edu.cn. Required ' +
        `for tier production and staging; tier testing defaults to ${appConfigDefaults.emailDomain} ` +
        '(reserved for examples: its addresses reach no one).',
      {
        pattern: dnsName,
        maxLength: 253,
      },
    ),
    timezone: str('IANA time zone of the timetable, of the pages\u2019 today and of the calendar feeds.', {
      default: appConfigDefaults.timezone,
      pattern: timeZonePattern,
      maxLength: 64,
    }),
    semesters: list('Semesters known to the timetable; names unique.', semesterSchema, {
      maxItems: 16,
      'x-kubernetes-validations': [
        {
          rule: 'self.all(a, self.exists_one(b, b.name == a.name))',
          message: 'semester names must be unique',
        },
      ],
    }),
    feedbackUrl: str(
      'Where students send feedback, linked from every page\u2019s footer and the about page: an https:, ' +
        'http: or mailto: URL (e.g. https://github.com/everyclass/everyclass/issues). Absent: no feedback link.',
      { pattern: feedbackUrlShape, maxLength: 2048 },
    ),
    lessonSlots: list('Daily lesson slots in order (period pairs 01-02, 03-04, \u2026).', slotSchema, {
      minItems: 1,
      maxItems: 12,
      default: [...defaultLessonSlots],
    }),
  },
  { default: {} },
);
