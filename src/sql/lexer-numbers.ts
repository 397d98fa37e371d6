/**
 * Scans numeric literals: decimal and hex integers, and floating point in every GoogleSQL form
 * (1.  .5  1e10  1.5E-3). Returns only the extent and kind: the text is kept as written and
 * converted later, so overflow is reported by the analyzer with the literal in hand.
 */

export interface NumberScan {
  end: number;
  kind: 'integer' | 'float';
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isHexDigit(c: number): boolean {
  return isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

function skipDigits(text: string, i: number): number {
  while (isDigit(text.charCodeAt(i))) i++;
  return i;
}

/** Length of an exponent (`e`, sign, digits) at `i`, or 0 when there is none. */
function exponentEnd(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c !== 101 && c !== 69) return i;
  let j = i + 1;
  const sign = text.charCodeAt(j);
  if (sign === 43 || sign === 45) j++;
  if (!isDigit(text.charCodeAt(j))) return i;
  return skipDigits(text, j);
}

/** Scans a number starting at `start`, which holds a digit or a `.` followed by a digit. */
export function scanNumber(text: string, start: number): NumberScan {
  const first = text.charCodeAt(start);
  const second = text.charCodeAt(start + 1);
  if (first === 48 && (second === 120 || second === 88) && isHexDigit(text.charCodeAt(start + 2))) {
    let i = start + 2;
    while (isHexDigit(text.charCodeAt(i))) i++;
    return { end: i, kind: 'integer' };
  }
  let i = skipDigits(text, start);
  let kind: 'integer' | 'float' = 'integer';
  if (text.charCodeAt(i) === 46) {
    kind = 'float';
    i = skipDigits(text, i + 1);
  }
  const e = exponentEnd(text, i);
  if (e !== i) kind = 'float';
  return { end: e, kind };
}
