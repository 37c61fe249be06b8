import assert from 'node:assert/strict';
import { errorText, statusMessage } from './api-errors.ts';

describe('API error messages', () => {
  it('takes the Status message from a JSON or parsed body, the start of another body, else the error', () => {
    assert.equal(statusMessage('{"kind":"Status","message":"pods is forbidden"}'), 'pods is forbidden');
    assert.equal(statusMessage({ message: 'conflict' }), 'conflict');
    assert.equal(statusMessage(`<html>${'x'.repeat(400)}`)?.length, 300);
    assert.equal(statusMessage('{"kind":"Status"}'), undefined);
    assert.equal(statusMessage(undefined), undefined);
    assert.equal(
      errorText(Object.assign(new Error('HTTP 409'), { body: '{"message":"the object changed"}' })),
      'the object changed',
    );
    assert.equal(errorText(Object.assign(new Error('HTTP 500'), { body: '{}' })), 'HTTP 500');
    assert.equal(errorText('plain'), 'plain');
  });
});
