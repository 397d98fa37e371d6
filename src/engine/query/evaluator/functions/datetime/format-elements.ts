/**
 * FORMAT_DATE and FORMAT_TIMESTAMP: GoogleSQL's strftime-like format elements (`%Y`, `%E3S`,
 * `%Ez`, `%c`...) over a civil time. Unknown elements are copied verbatim, as GoogleSQL does;
 * FORMAT_DATE copies time-of-day and zone elements verbatim too. Parsing is parse-elements.ts's.
 */

import { formatElementNotSupported } from '../../../../../errors/datetime-evaluation-errors';
import { civilFromDays, dayOfYear, isoWeekOfDay, isoYearOfDay, pad, weekdayOfDay, weekOfYear } from './civil-time';
import { offsetText, offsetZoneName } from './time-zones';

/** The civil time to format; DATE values have midnight, offset 0. */
export interface FormatFields {
  readonly days: number;
  readonly secondOfDay: number;
  readonly subNanos: number;
  readonly offset: number;
  readonly epochSeconds: bigint;
}

export const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const PLAIN = new Set('ABCDFGHIMPQRSTUVWXYZabcdeghjklmnprstuwxyz%');
const WITH_E = new Set('CPRTXYZcnprstuxyz');
const WITH_O = new Set('BCGHIMPRSTUVWZbdeghklmnprstuwyz');
/** Elements FORMAT_DATE leaves as written: they need a time of day or a zone. */
const TIME_OF_DAY = new Set('HIMSklpPrRTXcszZ');

type Element =
  | { readonly kind: 'letter'; readonly letter: string; readonly modifier: '' | 'E' | 'O' | ':' }
  | { readonly kind: 'fraction'; readonly digits: number | '*' }
  | { readonly kind: 'year4' };

/** Reads the element after a `%` at `i`: the element and its length, or null when unknown. */
function readElement(format: string, i: number): { element: Element; length: number } | null {
  const c = format[i];
  if (c === 'E' || c === 'O') {
    const fraction = /^E(\*|\d+)S/.exec(format.slice(i));
    if (fraction !== null)
      return {
        element: { kind: 'fraction', digits: fraction[1] === '*' ? '*' : Number(fraction[1]) },
        length: fraction[0].length,
      };
    if (format.startsWith('E4Y', i)) return { element: { kind: 'year4' }, length: 3 };
    const letter = format[i + 1];
    if (letter !== undefined && (c === 'E' ? WITH_E : WITH_O).has(letter))
      return { element: { kind: 'letter', letter, modifier: c }, length: 2 };
    return null;
  }
  if (c === ':' && format[i + 1] === 'z') return { element: { kind: 'letter', letter: 'z', modifier: ':' }, length: 2 };
  if (c !== undefined && PLAIN.has(c)) return { element: { kind: 'letter', letter: c, modifier: '' }, length: 1 };
  return null;
}

/** Formats `t` by `format`; `forDate` leaves time-of-day elements unformatted. */
export function formatDateTime(format: string, t: FormatFields, forDate: boolean): string {
  const out: string[] = [];
  let i = 0;
  while (i < format.length) {
    const c = format[i];
    if (c !== '%') {
      out.push(c);
      i++;
      continue;
    }
    if (format[i + 1] === 'J') throw formatElementNotSupported('%J');
    const read = readElement(format, i + 1);
    if (read === null) {
      // Unknown: GoogleSQL copies the `%` and the modifier, then reads on.
      const skip = format[i + 1] === 'E' || format[i + 1] === 'O' ? 2 : 1;
      out.push(format.slice(i, i + skip + (i + skip < format.length ? 1 : 0)));
      i += skip + 1;
      continue;
    }
    const raw = format.slice(i, i + 1 + read.length);
    out.push(forDate && isTimeElement(read.element) ? raw : renderElement(read.element, t));
    i += 1 + read.length;
  }
  return out.join('');
}

/** FORMAT_DATE's verbatim elements; `%E10S` and wider, and `%:z`, it formats (as GoogleSQL). */
function isTimeElement(e: Element): boolean {
  if (e.kind === 'fraction') return e.digits === '*' || e.digits <= 9;
  return e.kind === 'letter' && e.modifier !== ':' && TIME_OF_DAY.has(e.letter);
}

function renderElement(e: Element, t: FormatFields): string {
  switch (e.kind) {
    case 'fraction':
      return secondsWithFraction(t, e.digits);
    case 'year4':
      return pad(civilFromDays(t.days).year, 4);
    case 'letter':
      if (e.letter === 'z') return offsetText(t.offset, e.modifier === 'E' || e.modifier === ':');
      if (e.letter === 'T' && e.modifier === 'E') return 'T';
      return renderLetter(e.letter, t);
  }
}

function secondsWithFraction(t: FormatFields, digits: number | '*'): string {
  const seconds = pad(t.secondOfDay % 60, 2);
  const nine = pad(t.subNanos, 9);
  if (digits === '*') {
    const trimmed = nine.replace(/0+$/, '');
    return trimmed === '' ? seconds : `${seconds}.${trimmed}`;
  }
  if (digits === 0) return seconds;
  return `${seconds}.${nine.padEnd(digits, '0').slice(0, digits)}`;
}

function hour12(t: FormatFields): number {
  const h = Math.floor(t.secondOfDay / 3600) % 12;
  return h === 0 ? 12 : h;
}

function renderLetter(letter: string, t: FormatFields): string {
  const date = civilFromDays(t.days);
  const hour = Math.floor(t.secondOfDay / 3600);
  const minute = Math.floor((t.secondOfDay % 3600) / 60);
  const weekday = weekdayOfDay(t.days);
  switch (letter) {
    case 'Y':
      return String(date.year);
    case 'C':
      return String(Math.floor(date.year / 100));
    case 'y':
      return pad(((date.year % 100) + 100) % 100, 2);
    case 'G':
      return String(isoYearOfDay(t.days));
    case 'g':
      return pad(((isoYearOfDay(t.days) % 100) + 100) % 100, 2);
    case 'm':
      return pad(date.month, 2);
    case 'd':
      return pad(date.day, 2);
    case 'e':
      return String(date.day).padStart(2, ' ');
    case 'j':
      return pad(dayOfYear(t.days), 3);
    case 'Q':
      return String(Math.floor((date.month - 1) / 3) + 1);
    case 'U':
      return pad(weekOfYear(t.days, 0), 2);
    case 'W':
      return pad(weekOfYear(t.days, 1), 2);
    case 'V':
      return pad(isoWeekOfDay(t.days), 2);
    case 'u':
      return String(weekday === 0 ? 7 : weekday);
    case 'w':
      return String(weekday);
    case 'a':
      return DAY_NAMES[weekday].slice(0, 3);
    case 'A':
      return DAY_NAMES[weekday];
    case 'b':
    case 'h':
      return MONTH_NAMES[date.month - 1].slice(0, 3);
    case 'B':
      return MONTH_NAMES[date.month - 1];
    case 'H':
      return pad(hour, 2);
    case 'k':
      return String(hour).padStart(2, ' ');
    case 'I':
      return pad(hour12(t), 2);
    case 'l':
      return String(hour12(t)).padStart(2, ' ');
    case 'M':
      return pad(minute, 2);
    case 'S':
      return pad(t.secondOfDay % 60, 2);
    case 'p':
      return hour < 12 ? 'AM' : 'PM';
    case 'P':
      return hour < 12 ? 'am' : 'pm';
    case 's':
      return String(t.epochSeconds);
    case 'Z':
      return offsetZoneName(t.offset);
    case 'n':
      return '\n';
    case 't':
      return '\t';
    case '%':
      return '%';
    default:
      return renderComposite(letter, t);
  }
}

/** Elements that stand for several others. */
function renderComposite(letter: string, t: FormatFields): string {
  const f = (format: string): string => formatDateTime(format, t, false);
  switch (letter) {
    case 'F':
      return f('%Y-%m-%d');
    case 'D':
    case 'x':
      return f('%m/%d/%y');
    case 'T':
    case 'X':
      return f('%H:%M:%S');
    case 'R':
      return f('%H:%M');
    case 'r':
      return f('%I:%M:%S %p');
    case 'c':
      return f('%a %b %e %H:%M:%S %Y');
    default:
      throw new Error(`format element %${letter} has no rendering`);
  }
}
