/**
 * Sets of code points for translating RE2 character classes: sorted, merged [lo, hi] ranges that
 * can be joined, negated, case-folded (RE2 folds before negating) and written as a JavaScript
 * class. Named sets: Perl (\d \s \w), POSIX ([:alpha:]) and Unicode (\pL, \p{Greek}), with RE2's
 * ASCII-only meaning for the Perl and POSIX ones. Unicode sets are computed once from the
 * JavaScript engine's own Unicode data and cached.
 */

export type CodeSet = readonly (readonly [number, number])[];

export const MAX_CODE_POINT = 0x10ffff;

export function normalizeSet(ranges: readonly (readonly [number, number])[]): CodeSet {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [lo, hi] of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
    else out.push([lo, hi]);
  }
  return out;
}

export function negateSet(set: CodeSet, max: number): CodeSet {
  const out: [number, number][] = [];
  let next = 0;
  for (const [lo, hi] of set) {
    if (lo > next) out.push([next, Math.min(lo - 1, max)]);
    next = hi + 1;
  }
  if (next <= max) out.push([next, max]);
  return out.filter(([lo, hi]) => lo <= hi);
}

export function setHas(set: CodeSet, point: number): boolean {
  let low = 0;
  let high = set.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (point < set[mid][0]) high = mid - 1;
    else if (point > set[mid][1]) low = mid + 1;
    else return true;
  }
  return false;
}

let foldOrbits: Map<number, number[]> | null = null;

/** Code points that are case variants of one another (simple case mappings), by member. */
function caseOrbits(): Map<number, number[]> {
  if (foldOrbits !== null) return foldOrbits;
  const orbits = new Map<number, Set<number>>();
  const link = (a: number, b: number): void => {
    const merged = new Set([...(orbits.get(a) ?? [a]), ...(orbits.get(b) ?? [b])]);
    for (const member of merged) orbits.set(member, merged);
  };
  for (let point = 0; point < 0x20000; point++) {
    const ch = String.fromCodePoint(point);
    for (const mapped of [ch.toLowerCase(), ch.toUpperCase()]) {
      const other = mapped.codePointAt(0) as number;
      if (other !== point && String.fromCodePoint(other) === mapped) link(point, other);
    }
  }
  foldOrbits = new Map([...orbits].map(([point, members]) => [point, [...members]]));
  return foldOrbits;
}

/** The set with every case variant of its members added. */
export function foldSet(set: CodeSet): CodeSet {
  const extra: [number, number][] = [];
  for (const [point, members] of caseOrbits()) {
    if (setHas(set, point)) for (const m of members) extra.push([m, m]);
  }
  return extra.length === 0 ? set : normalizeSet([...set, ...extra]);
}

const ascii = (...pairs: string[]): CodeSet =>
  normalizeSet(pairs.map((p) => [p.charCodeAt(0), p.charCodeAt(p.length - 1)] as const));

export const PERL_SETS: Readonly<Record<string, CodeSet>> = {
  d: ascii('09'),
  s: ascii('\t\n', '\f\r', ' '),
  w: ascii('09', 'AZ', 'az', '_'),
};

export const POSIX_SETS: Readonly<Record<string, CodeSet>> = {
  alnum: ascii('09', 'AZ', 'az'),
  alpha: ascii('AZ', 'az'),
  ascii: [[0, 0x7f]],
  blank: ascii('\t', ' '),
  cntrl: [
    [0, 0x1f],
    [0x7f, 0x7f],
  ],
  digit: ascii('09'),
  graph: [[0x21, 0x7e]],
  lower: ascii('az'),
  print: [[0x20, 0x7e]],
  punct: ascii('!/', ':@', '[`', '{~'),
  space: ascii('\t\r', ' '),
  upper: ascii('AZ'),
  word: ascii('09', 'AZ', 'az', '_'),
  xdigit: ascii('09', 'AF', 'af'),
};

const CATEGORIES = new Set(
  'C Cc Cf Co Cs L Ll Lm Lo Lt Lu M Mc Me Mn N Nd Nl No P Pc Pd Pe Pf Pi Po Ps S Sc Sk Sm So Z Zl Zp Zs'.split(' '),
);
const unicodeSets = new Map<string, CodeSet>();

/** The JavaScript property escape for an RE2 Unicode group name, or null if RE2 has no such group. */
function propertyPattern(name: string): string | null {
  if (name === 'C') return '[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cs}]';
  if (CATEGORIES.has(name)) return `\\p{${name}}`;
  if (!/^[A-Z][A-Za-z_]*$/.test(name)) return null;
  try {
    new RegExp(`\\p{Script=${name}}`, 'u');
    return `\\p{Script=${name}}`;
  } catch {
    return null;
  }
}

/** An RE2 Unicode group (`L`, `Greek`, `Any`) as a set, or null when unknown. */
export function unicodeGroupSet(name: string): CodeSet | null {
  if (name === 'Any') return [[0, MAX_CODE_POINT]];
  const cached = unicodeSets.get(name);
  if (cached !== undefined) return cached;
  const pattern = propertyPattern(name);
  if (pattern === null) return null;
  const test = new RegExp(`^${pattern}$`, 'u');
  const ranges: [number, number][] = [];
  for (let point = 0; point <= MAX_CODE_POINT; point++) {
    if (point === 0xd800) point = 0xe000;
    if (!test.test(String.fromCodePoint(point))) continue;
    const last = ranges[ranges.length - 1];
    if (last !== undefined && last[1] === point - 1) last[1] = point;
    else ranges.push([point, point]);
  }
  unicodeSets.set(name, ranges);
  return ranges;
}

function escapePoint(point: number, bytes: boolean): string {
  if (bytes || point <= 0xff) return `\\x${point.toString(16).padStart(2, '0')}`;
  return `\\u{${point.toString(16)}}`;
}

/** The set as a JavaScript class; BYTES patterns keep the Latin-1 part only. */
export function setToClass(set: CodeSet, bytes: boolean): string {
  let body = '';
  for (const [lo, hiRaw] of set) {
    const hi = bytes ? Math.min(hiRaw, 0xff) : hiRaw;
    if (lo > hi) continue;
    body += lo === hi ? escapePoint(lo, bytes) : `${escapePoint(lo, bytes)}-${escapePoint(hi, bytes)}`;
  }
  return `[${body}]`;
}
