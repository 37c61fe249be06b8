// Names of every object an environment owns: one place, so builders, pruning and tests agree.
import type { ServiceName } from '../api/environment.ts';

export const names = {
  /** Deployment, Service and PodDisruptionBudget of one business service. */
  service: (env: string, service: ServiceName) => `${env}-${service}`,
  configMap: (env: string) => `${env}-config`,
  /** Resource-id encryption key and session key. */
  keysSecret: (env: string) => `${env}-keys`,
  mongoSecret: (env: string) => `${env}-mongo-credentials`,
  /** The MongoDB StatefulSet and its headless Service. */
  mongo: (env: string) => `${env}-mongo`,
  /** The PVC the StatefulSet's volumeClaimTemplate creates for its only pod. */
  mongoClaim: (env: string) => `data-${env}-mongo-0`,
  ingress: (env: string) => env,
};

/** Path, inside every service container, of the app config JSON (APP_CONFIG). */
export const appConfigPath = '/etc/everyclass/app.json';
export const httpPort = 8080;
export const mongoPort = 27017;
