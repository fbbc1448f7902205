// The Mocha globals web-test-runner provides in the browser (no @types/mocha needed).
type Done = (error?: unknown) => void;
type TestFn = (this: unknown, done: Done) => void | Promise<unknown>;

declare global {
  function describe(name: string, body: () => void): void;
  function it(name: string, body: TestFn): void;
  function before(body: TestFn): void;
  function after(body: TestFn): void;
  function beforeEach(body: TestFn): void;
  function afterEach(body: TestFn): void;
}

export {};
