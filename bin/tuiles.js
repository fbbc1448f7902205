#!/usr/bin/env node
// Runs the TypeScript sources directly through tsx: no build step for the server.
import { spawn } from 'node:child_process';
import { register } from 'tsx/esm/api';

register();
const { SERVING_NODE_FLAGS } = await import('../server/runtime.ts');
const missing = SERVING_NODE_FLAGS.filter((flag) => !process.execArgv.includes(flag));

if (process.argv[2] === 'serve' && missing.length > 0) {
  // V8 takes these flags at start only (server/runtime.ts says why they are set): start
  // again with them, and stand for that process (its output, its signals, its exit).
  const child = spawn(process.execPath, [...process.execArgv, ...missing, ...process.argv.slice(1)], { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => {
    if (signal) {
      process.removeAllListeners(signal);
      process.kill(process.pid, signal);
    } else process.exit(code ?? 1);
  });
} else {
  const { main } = await import('../server/cli.ts');
  const code = await main(process.argv.slice(2));
  if (code >= 0) process.exitCode = code;
}
