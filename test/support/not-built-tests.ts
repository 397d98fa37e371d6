/**
 * End-to-end tests written ahead of the parts of the emulator they exercise. A test named in its
 * suite's not-built list is a todo while it fails; one extra test per scope runs the listed ones
 * and fails as soon as one of them passes (then remove its line: the list only shrinks) or makes
 * the server answer INTERNAL/UNKNOWN. Against an external emulator (E2E_EXTERNAL_*) the list is
 * ignored and every test runs. This file decides nothing about what a test checks.
 */

/** Test key (`suite › scope › test`) -> the part of the emulator it waits for. */
export type NotBuiltList = Readonly<Record<string, string>>;

type TestBody = () => Promise<void>;

interface Listed {
  key: string;
  body: TestBody;
  timeoutMs: number;
}

const DEFAULT_TIMEOUT_MS = 60_000;
/** gRPC UNKNOWN and INTERNAL: a listed test may fail, but never by crashing the server. */
const CRASH_CODES = new Set([2, 13]);
const CRASH_NAMES = /\b(INTERNAL|UNKNOWN)\b/;

export class GatedSuite {
  private readonly keys = new Set<string>();

  constructor(
    private readonly suite: string,
    private readonly notBuilt: NotBuiltList,
    private readonly external: boolean,
  ) {}

  /** Tests of one describe block; call finish() at the end of that block. */
  scope(title?: string): GatedScope {
    const prefix = title === undefined ? this.suite : `${this.suite} › ${title}`;
    return new GatedScope(prefix, this.notBuilt, this.external, (key) => this.keys.add(key));
  }

  /** Registers a test that every entry of the list naming this suite names one of its tests. */
  checkList(): void {
    if (this.external) return;
    test(`every not-built entry of ${this.suite} names one of its tests`, () => {
      const own = Object.keys(this.notBuilt).filter((key) => key.startsWith(`${this.suite} › `));
      expect(own.filter((key) => !this.keys.has(key))).toEqual([]);
    });
  }
}

export class GatedScope {
  private readonly listed: Listed[] = [];

  constructor(
    private readonly prefix: string,
    private readonly notBuilt: NotBuiltList,
    private readonly external: boolean,
    private readonly register: (key: string) => void,
  ) {}

  test(name: string, body: TestBody, timeoutMs = DEFAULT_TIMEOUT_MS): void {
    const key = `${this.prefix} › ${name}`;
    this.register(key);
    const waitsFor = this.external ? undefined : this.notBuilt[key];
    if (waitsFor === undefined) {
      test(name, body, timeoutMs);
      return;
    }
    test.todo(`${name} — not built yet: ${waitsFor}`);
    this.listed.push({ key, body, timeoutMs });
  }

  /** Registers the check of this scope's listed tests (nothing when none is listed). */
  finish(): void {
    if (this.listed.length === 0) return;
    const total = this.listed.reduce((sum, l) => sum + l.timeoutMs, 10_000);
    test(
      'the tests listed as not built yet still fail, without crashing the server',
      async () => {
        const passing: string[] = [];
        const crashed: string[] = [];
        for (const listed of this.listed) {
          const outcome = await runBounded(listed.body, listed.timeoutMs);
          if (outcome === 'passed') passing.push(listed.key);
          else if (outcome !== 'timed out' && isCrash(outcome)) crashed.push(`${listed.key}: ${messageOf(outcome)}`);
        }
        const problems = [
          ...(passing.length === 0
            ? []
            : [`These tests pass now; remove them from the not-built list:\n  ${passing.join('\n  ')}`]),
          ...(crashed.length === 0 ? [] : [`These tests crash the server:\n  ${crashed.join('\n  ')}`]),
        ];
        if (problems.length > 0) throw new Error(problems.join('\n'));
      },
      total,
    );
  }
}

/** 'passed', 'timed out', or what the body threw. */
async function runBounded(body: TestBody, timeoutMs: number): Promise<'passed' | 'timed out' | { error: unknown }> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timed out'>((resolve) => {
    timer = setTimeout(() => resolve('timed out'), timeoutMs);
  });
  const run = body().then(
    () => 'passed' as const,
    (error: unknown) => ({ error }),
  );
  try {
    return await Promise.race([run, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function isCrash(outcome: { error: unknown }): boolean {
  const code = (outcome.error as { code?: unknown } | null)?.code;
  if (typeof code === 'number') return CRASH_CODES.has(code);
  return CRASH_NAMES.test(messageOf(outcome));
}

function messageOf(outcome: { error: unknown }): string {
  const error = outcome.error;
  return error instanceof Error ? error.message : String(error);
}
