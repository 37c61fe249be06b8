// Patterns and schema pieces several parts of the spec share.
// Part of the spec schema (api/environment.ts), hence of the CRD.

import { str } from './schema.ts';

export const tagPattern = '^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$';
const quantityPattern = '^[0-9]+(\\.[0-9]+)?(m|k|M|G|T|Ki|Mi|Gi|Ti)?$';
/** An environment as namespace/name. */
export const envRef = '^[a-z0-9]([-a-z0-9]*[a-z0-9])?/[a-z0-9]([-a-z0-9]*[a-z0-9])?$';
export const dnsName = '^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$';

export const quantity = (what: string) => str(what, { pattern: quantityPattern, maxLength: 32 });
