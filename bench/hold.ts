/**
 * The bench's server, held up for measuring by hand: `npm run bench:hold` starts it as
 * `npm run bench -- --http` does (a fresh SQLite with the demo school, the bare route
 * beside it), logs a pupil in, prints one line of JSON (the personal page's URL, the
 * session cookie, the bare route, the server's /__usage and its pid) and keeps it up
 * until Ctrl-C. Then load it with wrk, profile it (TUILES_BENCH_SERVER_FLAGS, for example
 * "--cpu-prof --cpu-prof-dir=/tmp/prof" or "--trace-gc"), or read its CPU time:
 *
 *   wrk -t1 -c20 -d5s --latency -H "Cookie: <cookie>" <personal>
 */
import { sessionCookie, startTarget, stopTarget } from './http.ts';

const { child, ready } = await startTarget();
const app = `http://127.0.0.1:${ready.app}`;
const cookie = await sessionCookie(app, ready.pupil);
console.log(
  JSON.stringify({
    personal: `${app}/api/sites/${ready.site}/pages/personal-home`,
    cookie,
    bare: `http://127.0.0.1:${ready.bare}/bare`,
    usage: `http://127.0.0.1:${ready.bare}/__usage`,
    pid: child.pid,
  }),
);
const stop = () => void stopTarget(child).then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
child.once('exit', () => process.exit(1));
