/**
 * The few Node globals the server's modules use, for a browser worker that lacks them. Imported
 * first by browser/main.ts, before any module that may call them.
 */
type Task = () => void;
const scope = globalThis as unknown as Record<string, unknown>;

if (typeof scope.setImmediate !== 'function') {
  // A message to itself runs after pending events without setTimeout's clamp of nested calls to
  // 4 ms: the engine yields between slices of a large file, and waiting 4 ms each time would add up.
  const tasks = new Map<number, Task>();
  let last = 0;
  // The DOM's MessageChannel, typed here for what this uses (the project's types are Node's).
  const channel = new MessageChannel() as unknown as {
    port1: { onmessage: ((event: { data: number }) => void) | null };
    port2: { postMessage(id: number): void };
  };
  channel.port1.onmessage = (event) => {
    const task = tasks.get(event.data);
    tasks.delete(event.data);
    task?.();
  };
  // Node's handle, whose unref() lets the process exit: a worker has nothing to keep alive.
  class Immediate {
    constructor(readonly id: number) {}
    ref(): this {
      return this;
    }
    unref(): this {
      return this;
    }
    hasRef(): boolean {
      return true;
    }
  }
  scope.setImmediate = (callback: (...args: unknown[]) => void, ...args: unknown[]): Immediate => {
    const id = ++last;
    tasks.set(id, () => callback(...args));
    channel.port2.postMessage(id);
    return new Immediate(id);
  };
  scope.clearImmediate = (handle: Immediate | undefined): void => {
    if (handle) tasks.delete(handle.id);
  };
}

if (typeof scope.process === 'undefined') {
  // Read for the platform's file-name case rules and a default folder, neither of which a worker
  // without files ever uses, and for environment switches, of which a worker has none.
  scope.process = { platform: 'browser', env: {}, argv: [], cwd: () => '/' };
}
