/**
 * FLOAT64 and FLOAT32 as GoogleSQL prints them (CAST AS STRING, FORMAT '%t', values in error
 * messages): C's `%g` with 15 significant digits when they read back as the same value, else 17
 * (FLOAT64), or 6, else 8 (FLOAT32); `inf`, `-inf`, `nan`, and `0` for both zeros. Parsing text
 * into floats is cast-number-text.ts's concern.
 */

/** C's `%.<precision>g` of a finite, non-zero number. */
export function formatG(x: number, precision: number): string {
  const [mantissa, exponentText] = x.toExponential(precision - 1).split('e');
  const exponent = Number(exponentText);
  if (exponent < -4 || exponent >= precision) {
    const digits = stripFractionZeros(mantissa);
    const sign = exponent < 0 ? '-' : '+';
    return `${digits}e${sign}${String(Math.abs(exponent)).padStart(2, '0')}`;
  }
  return stripFractionZeros(x.toFixed(precision - 1 - exponent));
}

function stripFractionZeros(text: string): string {
  return text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
}

function specialText(x: number): string | null {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return '0';
  return null;
}

export function float64Text(x: number): string {
  const special = specialText(x);
  if (special !== null) return special;
  const short = formatG(x, 15);
  return Number(short) === x ? short : formatG(x, 17);
}

export function float32Text(x: number): string {
  const special = specialText(x);
  if (special !== null) return special;
  const short = formatG(x, 6);
  // Eight digits, not nine: GoogleSQL's FLOAT text does not always read back exactly.
  return Math.fround(Number(short)) === x ? short : formatG(x, 8);
}
