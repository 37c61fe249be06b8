import assert from 'node:assert/strict';
import { createRouteLabeler, redactPath } from './routes.ts';

describe('routes', () => {
  it('labels by the first path segment, bounded', () => {
    const label = createRouteLabeler(2);
    assert.equal(label('/'), '/');
    assert.equal(label('/?q=1'), '/');
    assert.equal(label('/student/abc?x=1'), '/student');
    assert.equal(label('/Student'), 'other');
    assert.equal(label('/%E6%AF%8F'), 'other');
    assert.equal(label('/teacher/1'), '/teacher');
    assert.equal(label('/room/1'), 'other');
    assert.equal(label('/student'), '/student');
  });

  it('only answers that were not errors claim a free label', () => {
    const label = createRouteLabeler(1);
    assert.equal(label('/junk', false), 'other');
    assert.equal(label('/student/1'), '/student');
    assert.equal(label('/student/2', false), '/student');
  });

  it('redacts anything identifying from sample paths and drops the query string', () => {
    assert.equal(redactPath('/student/9f8Kd0aZqW/timetable?week=3&name=x'), '/student/:id/timetable');
    assert.equal(redactPath('/calendar/ics/Abc123tokenXYZ.ics'), '/calendar/ics/:id');
    assert.equal(redactPath('/room/A101'), '/room/:id');
    assert.equal(redactPath('/search'), '/search');
    assert.equal(redactPath('/query/%E5%BC%A0%E4%B8%89'), '/query/:id');
    assert.equal(redactPath('/static/app.css#x'), '/static/app.css');
    assert.equal(redactPath('/'), '/');
  });
});
