// The upstream of `npm run bench:twirp`: a bare node:http server that answers every POST with
// one fixed protobuf body (an entity Room), so the benchmark measures the callers, not a service.
import { createServer } from 'node:http';
import { everyclass } from '../../proto/generated/everyclass.js';

const body = Buffer.from(
  everyclass.entity.v1.Room.encode({ id: 'r1', code: 'A-101', name: '世纪楼 A-101', capacity: 120 }).finish(),
);
createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    res.writeHead(200, { 'content-type': 'application/protobuf', 'content-length': body.length });
    res.end(body);
  });
}).listen(Number(process.env.PORT ?? 8080), '127.0.0.1');
