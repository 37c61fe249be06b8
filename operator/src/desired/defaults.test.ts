// Defaults in one place: the schema's `default:` values are what the builders read, and the
// defaulted spec's type makes every defaulted field present (checked by the type checker in lint).
import assert from 'node:assert/strict';
import {
  type DefaultedSpec,
  defaultedSpec,
  type EveryClassEnvironment,
  mirrorDefaults,
  specSchema,
} from '../api/environment.ts';
import { appConfig, resolve } from './defaults.ts';
import { resolveMirror } from './mirror.ts';

const minimal: EveryClassEnvironment = {
  apiVersion: 'everyclass.io/v1alpha1',
  kind: 'EveryClassEnvironment',
  metadata: { name: 'minimal', namespace: 'ns', uid: 'uid-minimal', generation: 1 },
  spec: { tier: 'testing', version: '1.0.0' },
};

/** The `default:` the CRD carries at a dotted path of the spec. */
function schemaDefault(path: string): unknown {
  let node: { properties?: Record<string, unknown>; default?: unknown } = specSchema;
  for (const key of path.split('.')) node = node.properties?.[key] as typeof node;
  return node.default;
}

// Compile-time: defaulted fields are not optional (a regression fails `npm run lint`).
const defaulted: DefaultedSpec = defaultedSpec(minimal.spec);
const image: string = defaulted.image;
const autoRollback: boolean = defaulted.rollout.autoRollback;

describe('defaults in one place (schema → defaulted spec → builders)', () => {
  it('resolves an environment that omits everything to the schema defaults', () => {
    const r = resolve(minimal);
    assert.equal(r.image, schemaDefault('image'));
    assert.equal(image, schemaDefault('image'));
    assert.equal(r.paused, schemaDefault('paused'));
    assert.equal(r.mongo.image, schemaDefault('mongo.image'));
    assert.equal(r.mongo.retainOnDelete, schemaDefault('mongo.retainOnDelete'));
    assert.equal(r.progressDeadlineSeconds, schemaDefault('rollout.progressDeadlineSeconds'));
    assert.equal(r.autoRollback, schemaDefault('rollout.autoRollback'));
    assert.deepEqual(
      r.services.map((s) => s.name),
      Object.keys(schemaDefault('services') as object),
    );
    assert.equal(autoRollback, schemaDefault('rollout.autoRollback'));
  });

  it('fills APP_CONFIG and the mirror plan from the schema defaults, leaving the spec as it was', () => {
    const app = appConfig(minimal);
    assert.equal(app.schoolName, schemaDefault('app.schoolName'));
    assert.equal(app.timezone, schemaDefault('app.timezone'));
    assert.deepEqual(app.lessonSlots, schemaDefault('app.lessonSlots'));
    const plan = resolveMirror(minimal, undefined, { gatewayApi: false });
    assert.equal(plan.mode, schemaDefault('mirror.mode'));
    assert.deepEqual(plan.methods, schemaDefault('mirror.methods'));
    assert.equal(mirrorDefaults.percent, schemaDefault('mirror.percent'));
    assert.deepEqual(minimal.spec, { tier: 'testing', version: '1.0.0' });
  });

  it('keeps what the spec sets over the defaults', () => {
    const env = { ...minimal, spec: { ...minimal.spec, paused: true, rollout: { autoRollback: false } } };
    const r = resolve(env);
    assert.equal(r.paused, true);
    assert.equal(r.autoRollback, false);
    assert.equal(r.progressDeadlineSeconds, schemaDefault('rollout.progressDeadlineSeconds'));
  });
});
