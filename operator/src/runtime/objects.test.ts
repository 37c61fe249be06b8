import assert from 'node:assert/strict';
import type { KubernetesObject } from '@kubernetes/client-node';
import { canonicalJson, isSubset, upToDate, withHash } from './objects.ts';

const key = 'example.io/hash';
type ConfigMap = KubernetesObject & { data: Record<string, string> };
const cm = (data: Record<string, string>): ConfigMap => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name: 'c', namespace: 'n' },
  data,
});

describe('object comparison', () => {
  it('hashes independently of key order', () => {
    assert.equal(canonicalJson({ b: 1, a: { d: 2, c: 3 } }), canonicalJson({ a: { c: 3, d: 2 }, b: 1 }));
  });

  it('treats server-added fields as fine and changed values as drift', () => {
    const want = { spec: { replicas: 2, template: { containers: [{ name: 'web', image: 'x:1' }] } } };
    const have = {
      spec: {
        replicas: 2,
        paused: false,
        template: { containers: [{ name: 'web', image: 'x:1', tty: false }] },
      },
    };
    assert.equal(isSubset(want, have), true);
    assert.equal(isSubset(want, { spec: { ...have.spec, replicas: 3 } }), false);
    assert.equal(isSubset(want, { spec: { replicas: 2, template: { containers: [] } } }), false);
  });

  it('compares quantities by value', () => {
    assert.equal(isSubset({ cpu: '1000m', mem: '1Gi' }, { cpu: '1', mem: '1Gi' }), true);
    assert.equal(isSubset({ cpu: '500m' }, { cpu: '1' }), false);
    assert.equal(isSubset({ name: 'web' }, { name: 'api' }), false);
  });

  it('is up to date only when the hash matches and no owned field drifted', () => {
    const desired = withHash(cm({ a: '1' }), key);
    assert.equal(upToDate(desired, undefined, key), false, 'missing object');
    const observed: ConfigMap = {
      ...desired,
      metadata: {
        ...desired.metadata,
        uid: 'u',
        annotations: { ...desired.metadata?.annotations, other: 'x' },
      },
    };
    assert.equal(upToDate(desired, observed, key), true, 'foreign annotation is not drift');
    const edited: ConfigMap = { ...observed, data: { a: '2' } };
    assert.equal(upToDate(desired, edited, key), false, 'owned field edited');
    const shrunk = withHash(cm({}), key);
    assert.equal(
      upToDate(shrunk, { ...observed }, key),
      false,
      'a field dropped from desired changes the hash',
    );
  });
});
