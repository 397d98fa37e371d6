import { Clock, CommitTimestamps, parseDurationMicros } from '../../src/common/clock';
import { emptyCatalog } from '../../src/engine/schema/catalog/catalog';
import { SchemaHistory } from '../../src/engine/database/schema-history';

class FakeClock implements Clock {
  constructor(public now: number) {}
  nowMicros(): number {
    return this.now;
  }
}

describe('commit timestamps', () => {
  test('follow the clock and strictly increase when it stalls or steps back', () => {
    const clock = new FakeClock(1_000);
    const ts = new CommitTimestamps(clock, 0);
    expect(ts.next()).toBe(1_000);
    expect(ts.next()).toBe(1_001);
    clock.now = 500;
    expect(ts.next()).toBe(1_002);
    clock.now = 5_000;
    expect(ts.next()).toBe(5_000);
  });

  test('resume after the last persisted timestamp even when the clock is behind it', () => {
    const ts = new CommitTimestamps(new FakeClock(10), 2_000_000);
    expect(ts.next()).toBe(2_000_001);
    expect(ts.lastIssued).toBe(2_000_001);
  });
});

test.each([
  ['1h', 3_600_000_000],
  ['7d', 7 * 86_400_000_000],
  ['90m', 5_400_000_000],
  ['3600s', 3_600_000_000],
  ['1w', null],
  ['', null],
])('duration %j', (text, micros) => {
  expect(parseDurationMicros(text)).toBe(micros);
});

describe('schema history', () => {
  const v0 = emptyCatalog('v0');
  const v1 = emptyCatalog('v1');
  const v2 = emptyCatalog('v2');

  test('answers the version in force at a timestamp', () => {
    const h = new SchemaHistory(100, v0);
    h.add(200, v1);
    h.add(300, v2);
    expect(h.at(99)).toBeNull();
    expect(h.at(100)).toBe(v0);
    expect(h.at(199)).toBe(v0);
    expect(h.at(200)).toBe(v1);
    expect(h.at(10_000)).toBe(v2);
    expect(h.latest).toBe(v2);
  });

  test('a version at the latest timestamp replaces it; an older one is refused', () => {
    const h = new SchemaHistory(100, v0);
    h.add(100, v1);
    expect(h.at(100)).toBe(v1);
    expect(h.size).toBe(1);
    expect(() => h.add(50, v2)).toThrow();
  });

  test('pruning keeps the version in force at the cutoff and everything after', () => {
    const h = new SchemaHistory(100, v0);
    h.add(200, v1);
    h.add(300, v2);
    h.prune(250);
    expect(h.size).toBe(2);
    expect(h.earliest).toBe(200);
    expect(h.at(250)).toBe(v1);
    expect(h.at(150)).toBeNull();
  });
});
