// Writes proto/generated/services.ts (npm run gen:proto runs it after pbjs/pbts).
import { writeFileSync } from 'node:fs';
import { renderServices, servicesPath } from './services.ts';

writeFileSync(servicesPath, renderServices());
