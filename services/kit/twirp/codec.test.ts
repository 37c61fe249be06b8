// The JSON mode's names, field by field from the generated descriptors.
import assert from 'node:assert/strict';
import { IdentityService } from '../../../proto/generated/services.ts';
import { decodeResponse, encodeReply, encodeRequest, fromProtoNames, toProtoNames } from './codec.ts';

const text = (x: Uint8Array | string) => (typeof x === 'string' ? x : Buffer.from(x).toString('utf8'));

describe('Twirp codec (JSON names from the descriptor)', () => {
  it('keeps the keys of a map<string, …> as they are, both ways', () => {
    const json = text(encodeReply(IdentityService, 'GetPrivacy', { levels: { aB3xQ: 1, k_z: 2 } }, 'json'));
    assert.deepEqual(JSON.parse(json), { levels: { aB3xQ: 'LOGGED_IN', k_z: 'PRIVATE' } });
    const back = decodeResponse(IdentityService, 'GetPrivacy', Buffer.from(json), 'json');
    assert.deepEqual({ ...back.levels }, { aB3xQ: 1, k_z: 2 });
  });

  it('writes proto names inside lists of messages and reads both spellings', () => {
    const reply = {
      visitors: [{ studentId: 'S1', name: 'n', lastSeenAt: 'now', count: 2 }],
      anonymousCount: 3,
    };
    const json = JSON.parse(text(encodeReply(IdentityService, 'ListVisitors', reply, 'json')));
    assert.deepEqual(json, {
      visitors: [{ student_id: 'S1', name: 'n', last_seen_at: 'now', count: 2 }],
      anonymous_count: 3,
    });
    const back = decodeResponse(IdentityService, 'ListVisitors', Buffer.from(JSON.stringify(json)), 'json');
    assert.equal(back.visitors[0]!.lastSeenAt, 'now');
    assert.equal(back.anonymousCount, 3);
    const doc = { student_ids: ['a_b'], studentIds: ['ignored: the proto name wins'] };
    assert.deepEqual(fromProtoNames(IdentityService, 'everyclass.identity.v1.GetPrivacyRequest', doc), {
      studentIds: ['a_b'],
    });
    const camel = { studentIds: ['c'] };
    assert.deepEqual(
      fromProtoNames(IdentityService, 'everyclass.identity.v1.GetPrivacyRequest', camel),
      camel,
    );
  });

  it('names the fields of a nested message by their proto names and leaves unknown fields out', () => {
    const view = { viewer: { studentId: 'S1', studentCode: 'c', name: 'n', privacy: 0 }, privacy: 1 };
    const json = JSON.parse(text(encodeReply(IdentityService, 'ViewTimetable', view, 'json')));
    assert.deepEqual(json.viewer, { student_id: 'S1', student_code: 'c', name: 'n', privacy: 'PUBLIC' });
    const obj = { session: 't', studentId: 'S_1', extra: 1 };
    assert.deepEqual(toProtoNames(IdentityService, 'everyclass.identity.v1.ViewTimetableRequest', obj), {
      session: 't',
      student_id: 'S_1',
    });
    const req = JSON.parse(
      text(encodeRequest(IdentityService, 'SetPrivacy', { session: 's', privacy: 2 }, 'json')),
    );
    assert.deepEqual(req, { session: 's', privacy: 'PRIVATE' });
  });
});
