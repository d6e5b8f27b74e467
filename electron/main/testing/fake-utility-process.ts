// Electron's utilityProcess for tests: a Node child process with the same surface (spawn/message/exit events,
// postMessage, kill) and the same structured-clone messages (serialization 'advanced'); a .ts entry runs
// through tsx. The child sees process.send instead of process.parentPort (core-process.ts accepts both).
import { fork, type ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

export class FakeUtilityChild extends EventEmitter {
  readonly child: ChildProcess;

  constructor(
    readonly modulePath: string,
    args: string[],
    readonly options: { serviceName?: string; env?: NodeJS.ProcessEnv },
  ) {
    super();
    this.child = fork(modulePath, args, {
      execArgv: modulePath.endsWith('.ts') ? ['--import', 'tsx'] : [],
      serialization: 'advanced',
      stdio: 'inherit',
      env: options.env ?? process.env,
    });
    this.child.on('spawn', () => this.emit('spawn'));
    this.child.on('message', (message) => this.emit('message', message));
    this.child.on('exit', (code, signal) => this.emit('exit', code ?? (signal ? 1 : 0)));
  }

  get pid() {
    return this.child.pid;
  }

  postMessage(message: unknown) {
    if (this.child.connected) this.child.send(message as object);
  }

  kill() {
    return this.child.kill();
  }
}

export class FakeUtilityProcess {
  children: FakeUtilityChild[] = [];
  fork = vi.fn((modulePath: string, args: string[] = [], options: { serviceName?: string } = {}) => {
    const child = new FakeUtilityChild(modulePath, args, options);
    this.children.push(child);
    return child;
  });

  /** Between tests: no child outlives the test that started it. */
  reset() {
    this.children.forEach((child) => child.child.exitCode === null && child.kill());
    this.children = [];
    this.fork.mockClear();
  }
}
