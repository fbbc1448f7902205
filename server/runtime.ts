/**
 * The Node flags of a serving process. `tuiles serve` starts itself again with them when
 * it was started without (bin/tuiles.js), and the bench starts its server with them
 * (bench/http.ts): what is measured is what runs. V8 reads them at start only
 * (`v8.setFlagsFromString` later leaves the memory reducer running: checked with
 * `--trace-gc`).
 *
 * `--no-memory-reducer`. When the allocation rate drops (the end of a burst of logins, a
 * lull between lessons), V8's memory reducer runs full collections to give memory back
 * and shrinks the young generation to its minimum. On the bench's server (`--trace-gc`):
 * a 125 MB heap collected down to 65 MB in a 13.6 ms pause plus 34 ms of marking steps,
 * then scavenges every few milliseconds until the young generation grew back; the
 * requests after the lull waited through both. The pupil's page at 20 connections, in the
 * first round after such a lull, side by side: p99 8.9–11 ms with the reducer (the bare
 * route beside it 9–22 ms), 5.9–8.0 ms without (bare route 1.4–1.9 ms). Without it the
 * heap stays nearer its peak after a burst (~60 MB more here) until V8's ordinary
 * collections bound it: a school's server has that memory to spare, and latency after a
 * lull is what its users feel.
 */
export const SERVING_NODE_FLAGS: readonly string[] = ['--no-memory-reducer'];
