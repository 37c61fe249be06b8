// One entry point for the image: `node services/cli.ts <service>` runs that service's main.
const services: Record<string, () => Promise<{ main(): Promise<void> }>> = {
  entity: () => import('./entity/main.ts'),
  calendar: () => import('./calendar/main.ts'),
  identity: () => import('./identity/main.ts'),
  web: () => import('./web/main.ts'),
};

const name = process.argv[2] ?? '';
const load = services[name];
if (!load) {
  process.stderr.write(`usage: node services/cli.ts <${Object.keys(services).join('|')}>\n`);
  process.exit(2);
}
await (await load()).main();
