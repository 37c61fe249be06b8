// node prof-web.ts  (NODE_OPTIONS=--cpu-prof…): the timetable page under wrk, anonymous then logged in
import { wrk } from './services/bench/loadgen.ts';
import { startStack, WebClient } from './test/integration/web-stack.ts';
import { mochaGlobalTeardown } from './test/support/localenv.ts';
const stack = await startStack({ scale: 0.05, seed: 5 });
try {
  const sem = stack.data[0]!;
  const [owner] = sem.students!;
  const web = new WebClient(stack.web.url);
  const search = await web.get(`/search?q=${owner!.code}`);
  const id = /href="\/student\/([\w-]+)"/.exec(search.body)?.[1];
  const path = `/student/${id}?semester=${sem.semester!.name}&week=1`;
  console.log('pids web', stack.web.pid, 'entity', stack.entity.pid, 'identity', stack.identity.pid);
  await wrk(stack.web.url + path, { connections: 50, seconds: 2 });
  const r = await wrk(stack.web.url + path, { connections: 50, seconds: 10 });
  console.log(`anon rps ${r.rps.toFixed(0)} p99 ${r.p99}`);
} finally {
  await stack.stop();
  await mochaGlobalTeardown();
}
