import assert from 'node:assert/strict';
import type { KubernetesObject, ObjectCache } from '@kubernetes/client-node';
import type { Watched } from './informer.ts';
import { combineWatched, namespaceName, parseNamespaces } from './namespaces.ts';

function fake(namespace: string, names: string[]): Watched<KubernetesObject> & { started: boolean } {
  const objs = names.map((name) => ({ metadata: { name, namespace } }));
  const cache: ObjectCache<KubernetesObject> = {
    get: (name, ns) => objs.find((o) => o.metadata.name === name && o.metadata.namespace === ns),
    list: (ns) => objs.filter((o) => !ns || o.metadata.namespace === ns),
  };
  const w = {
    ref: { apiVersion: 'v1', kind: 'Secret', plural: 'secrets' },
    cache,
    started: false,
    synced: () => w.started,
    start: async () => {
      w.started = true;
    },
    stop: async () => {},
  };
  return w;
}

describe('namespaced watches', () => {
  it('parses the namespace list, refusing what is no namespace name', () => {
    assert.deepEqual(parseNamespaces(undefined), []);
    assert.deepEqual(parseNamespaces('a, b,a,,c'), ['a', 'b', 'c']);
    assert.throws(() => parseNamespaces('a,B_b'), /not a namespace name/);
  });

  it('takes one namespace name for a flag, naming the flag when it is none', () => {
    assert.equal(namespaceName('--metrics-namespace', ' monitoring '), 'monitoring');
    assert.throws(
      () => namespaceName('--metrics-namespace', 'monitoring,other'),
      /^Error: --metrics-namespace: "monitoring,other" is not a namespace name$/,
    );
    assert.throws(() => namespaceName('--metrics-namespace', 'x'.repeat(64)), /--metrics-namespace/);
  });

  it('sees one cache over the namespaces it watches, and nothing else', async () => {
    const a = fake('a', ['x', 'y']);
    const b = fake('b', ['x']);
    const w = combineWatched(
      new Map([
        ['a', a],
        ['b', b],
      ]),
    );
    assert.equal(w.cache.get('x', 'b')?.metadata?.namespace, 'b');
    assert.equal(w.cache.get('y', 'b'), undefined);
    assert.equal(w.cache.get('x', 'c'), undefined, 'an unwatched namespace has nothing');
    assert.equal(w.cache.list().length, 3);
    assert.deepEqual(
      w.cache.list('a').map((o) => o.metadata?.name),
      ['x', 'y'],
    );
    assert.deepEqual(w.cache.list('c'), []);
    assert.equal(w.synced(), false);
    await w.start();
    assert.equal(w.synced(), true, 'synced once every namespace is');
  });
});
