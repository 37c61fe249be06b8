import assert from 'node:assert/strict';
import { volumeDirectory } from './volumes.ts';

describe('real node volume keeper', () => {
  const pv = (path?: string) => ({ spec: path ? { local: { path } } : { hostPath: { path: '/x' } } });
  it('makes directories only for local volumes under the cluster volumes root', () => {
    assert.equal(volumeDirectory(pv('/c/volumes/pvc-1'), '/c/volumes'), '/c/volumes/pvc-1');
    assert.equal(volumeDirectory(pv('/etc/passwd'), '/c/volumes'), undefined);
    assert.equal(volumeDirectory(pv('/c/volumes/../../etc'), '/c/volumes'), undefined);
    assert.equal(volumeDirectory(pv('/c/volumes'), '/c/volumes'), undefined);
    assert.equal(volumeDirectory(pv(), '/c/volumes'), undefined);
  });
});
