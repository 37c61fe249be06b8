// The API server's door for pods: kube-apiserver listens on loopback only, which no pod can reach,
// so this relay listens on the bridge address (nodeNetwork.nodeIp:apiDoorPort) and passes every
// TCP connection through to it unchanged — TLS end to end, the API server still authenticates.
// The `kubernetes` Service's EndpointSlice (rbac.ts) points at the door, so pods use in-cluster
// config (KUBERNETES_SERVICE_HOST=10.96.0.1, the ServiceAccount token) like on any cluster.
//   node hack/localenv/node/api-door.ts <listenHost> <listenPort> <apiServerPort>
import { connect, createServer, type Server } from 'node:net';

export function openApiDoor(listenHost: string, listenPort: number, apiPort: number): Server {
  const server = createServer((pod) => {
    const api = connect(apiPort, '127.0.0.1');
    pod.pipe(api).pipe(pod);
    const close = () => {
      pod.destroy();
      api.destroy();
    };
    pod.on('error', close).on('close', close);
    api.on('error', close).on('close', close);
  });
  server.listen(listenPort, listenHost);
  return server;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [host, port, api] = process.argv.slice(2);
  if (!host || !Number(port) || !Number(api)) {
    console.error('usage: api-door.ts <listenHost> <listenPort> <apiServerPort>');
    process.exit(2);
  }
  openApiDoor(host, Number(port), Number(api)).on('error', (e) => {
    console.error(`api door: ${e.message}`);
    process.exit(1);
  });
  console.log(`api door ${host}:${port} → 127.0.0.1:${api}`);
}
