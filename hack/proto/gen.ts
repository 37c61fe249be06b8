// npm run gen:proto: writes proto/generated from proto/everyclass/**/*.proto — protobufjs's
// static code and its types, then the service descriptors (services.ts).
import { writeFileSync } from 'node:fs';
import { renderServices, servicesPath } from './services.ts';
import { renderStatic, staticPath, writeTypes } from './static.ts';

writeFileSync(staticPath, await renderStatic());
await writeTypes();
writeFileSync(servicesPath, renderServices());
