/**
 * The benches read wrk's report (bench/load.ts): a figure read wrong would print a
 * target as met or missed for nothing. Reports as wrk 4.1 prints them with --latency.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readWrk } from '../../../bench/load.ts';

const report = (extra: string) => `Running 2s test @ http://127.0.0.1:43593/api/sites/college-jean-moulin/pages/personal-home
  1 threads and 20 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     5.80ms    1.52ms  46.62ms   92.50%
    Req/Sec     3.48k   171.81     3.77k    67.50%
  Latency Distribution
     50%  412.00us
     75%    5.97ms
     90%    6.92ms
     99%    1.15s
  6962 requests in 2.00s, 126.26MB read
${extra}Requests/sec:   3461.96
Transfer/sec:     63.05MB
`;

describe("reading wrk's report", () => {
  it('reads req/s, the requests counted and the p50/p99 latencies in milliseconds, whatever their unit', () => {
    const r = readWrk(report(''));
    assert.equal(r.requestsPerSecond, 3461.96);
    assert.equal(r.total, 6962);
    assert.equal(r.p50Ms, 0.412);
    assert.equal(r.p99Ms, 1150);
    assert.equal(r.bad, 0);
  });

  it('counts socket errors, timeouts and non-2xx/3xx answers as bad', () => {
    const r = readWrk(report('  Socket errors: connect 0, read 2, write 1, timeout 3\n  Non-2xx or 3xx responses: 40\n'));
    assert.equal(r.bad, 46);
  });

  it('refuses a report it cannot read rather than printing a made-up figure', () => {
    assert.throws(() => readWrk('unable to connect to 127.0.0.1:1 Connection refused\n'), /wrk/);
  });
});
