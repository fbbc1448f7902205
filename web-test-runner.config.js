// Element tests in headless Chromium (the system's /usr/bin/chromium; no browser download).
// `npm run test:components`; exits non-zero when a test fails.
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';

export default {
  files: ['tests/components/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time: headless Chromium gives background pages no animation
  // frames, and fixtures wait for one. The whole suite still runs in seconds.
  concurrency: 1,
  testFramework: { config: { timeout: 5000 } },
  // Lit's dev build (used in tests for its warnings) announces itself in every file.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json' })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        headless: true,
        // Dates are asserted in the school's time zone, whatever the machine's.
        env: { ...process.env, TZ: 'Europe/Paris' },
        args: [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          // Test data points at https://ent.example; fail those requests at once.
          '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
        ],
      },
    }),
  ],
};
