// The baseline of the benchmark: a bare koa app answering a constant (no kit, no middleware).
import Koa from 'koa';

const app = new Koa();
app.use((ctx) => {
  ctx.body = 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n';
});
app.listen(Number(process.env.PORT ?? 8080), process.env.HOST ?? '127.0.0.1');
