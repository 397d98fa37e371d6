/**
 * Lets concurrent transactions all reach one point (e.g. each has read its row) before any goes on
 * to commit, so they really overlap. Only the first arrival of each party counts; retries pass
 * straight through. It never waits longer than a bound: an emulator that serialises transactions
 * (Google's aborts all but one) must make a test fail on its assertions, not hang it. No test
 * asserts anything about time.
 */
export class Barrier {
  private readonly arrived = new Set<number>();
  private release: () => void = () => {};
  private readonly opened: Promise<void>;

  constructor(
    private readonly parties: number,
    private readonly maxWaitMs = 5_000,
  ) {
    this.opened = new Promise((resolve) => (this.release = resolve));
  }

  async arrive(party: number): Promise<void> {
    this.arrived.add(party);
    if (this.arrived.size >= this.parties) this.release();
    let timer: NodeJS.Timeout | undefined;
    const bound = new Promise<void>((resolve) => (timer = setTimeout(resolve, this.maxWaitMs)));
    await Promise.race([this.opened, bound]);
    clearTimeout(timer);
  }
}
