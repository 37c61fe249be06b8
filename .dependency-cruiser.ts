// Import directions (design.md, operator/README.md, services/README.md), checked by `npm run lint`.
// Every kind of import counts: static, type-only, `export … from` and dynamic `import()`.
//
// Operator (operator/src): api → nothing of ours; desired → api; runtime → nothing of ours;
// reconcilers → api, desired, runtime; cli → api, desired (the pure builders of the Jobs it
// starts). Tests inside a layer obey its layer too.
// Outside operator/src, api, desired and cli may import only the contract they share with the
// services (services/kit/contract.ts), which imports nothing at all.
// Services: each service (and the kit) uses only itself, the kit and the generated proto code;
// the kit knows no service and no proto. Tests, `bench.ts` and `harness.ts` may use more, and so
// may the tools beside the services (services/data, services/bench, services/cli.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSync } from '@swc/core';
import type { IConfiguration, IForbiddenRuleType } from 'dependency-cruiser';

const operatorLayers: Record<string, string[]> = {
  api: [],
  desired: ['api'],
  runtime: [],
  reconcilers: ['api', 'desired', 'runtime'],
  cli: ['api', 'desired'],
};
/** The APP_CONFIG document, the operator's env variables, ports and paths: one module for both sides. */
const contract = 'services/kit/contract.ts';
const usesContract = new Set(['api', 'desired', 'cli']);
const services = ['calendar', 'entity', 'identity', 'mirror', 'web'];

// A rule about a folder that is gone passes for nothing: every folder named here must hold code.
const named = [
  contract,
  ...Object.keys(operatorLayers).map((layer) => `operator/src/${layer}`),
  ...['kit', ...services].map((name) => `services/${name}`),
  'proto/generated',
];
const holdsCode = (dir: string): boolean => {
  try {
    if (/\.[jt]s$/.test(dir)) return readFileSync(dir, 'utf8').length > 0;
    return readdirSync(dir, { recursive: true, encoding: 'utf8' }).some((f) => /\.[jt]s$/.test(f));
  } catch {
    return false;
  }
};
const missing = named.filter((dir) => !holdsCode(join(import.meta.dirname, dir)));
if (missing.length > 0) {
  throw new Error(`.dependency-cruiser.ts names folders without code: ${missing.join(', ')}`);
}
// dependency-cruiser quietly falls back to a JavaScript-only parser when swc cannot load, and
// would then see none of our TypeScript imports: fail instead.
parseSync('import type { A } from "./a.ts"; const a: A = 1;', { syntax: 'typescript' });

/** Anything of ours: not a Node built-in, not an npm package. */
const notOurs = ['^node:', '^node_modules/'];

const operatorRules: IForbiddenRuleType[] = Object.entries(operatorLayers).map(([layer, may]) => ({
  name: `operator-${layer}`,
  comment: `operator/src/${layer} imports ${may.length ? `only ${may.join(', ')} and itself` : 'nothing of ours but itself'}`,
  severity: 'error',
  from: { path: `^operator/src/${layer}/` },
  to: {
    dependencyTypesNot: ['core'],
    pathNot: [
      ...notOurs,
      ...[layer, ...may].map((l) => `^operator/src/${l}/`),
      ...(usesContract.has(layer) ? [`^${contract.replaceAll('.', '\\.')}$`] : []),
    ],
  },
}));

const tooling = '(\\.test\\.ts|(^|/)bench\\.ts|(^|/)harness\\.ts)$';

const serviceRules: IForbiddenRuleType[] = [
  {
    name: 'services-kit-contract',
    comment: `${contract} imports nothing: the operator imports it too`,
    severity: 'error',
    from: { path: `^${contract.replaceAll('.', '\\.')}$` },
    to: { dependencyTypesNot: ['core'] },
  },
  {
    name: 'services-kit',
    comment: 'services/kit imports only itself: it knows no service',
    severity: 'error',
    from: { path: '^services/kit/', pathNot: tooling },
    to: { dependencyTypesNot: ['core'], pathNot: [...notOurs, '^services/kit/'] },
  },
  {
    name: 'services-one-way',
    comment: 'a service imports only itself, the kit and the generated proto code, never another service',
    severity: 'error',
    from: { path: `^services/(${services.join('|')})/`, pathNot: tooling },
    to: {
      dependencyTypesNot: ['core'],
      pathNot: [...notOurs, '^services/$1/', '^services/kit/', '^proto/generated/'],
    },
  },
];

const config: IConfiguration = {
  forbidden: [...operatorRules, ...serviceRules],
  options: {
    // TypeScript 7 has no JavaScript API for dependency-cruiser to parse with; swc parses TypeScript.
    parser: 'swc',
    doNotFollow: { path: 'node_modules' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'], conditionNames: ['import', 'node', 'default'] },
    moduleSystems: ['es6', 'cjs'],
  },
};

export default config;
