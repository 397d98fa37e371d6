/**
 * DATE values (`YYYY-MM-DD`, years 0001..9999) as days since 1970-01-01 and back, for the key
 * codec. Proleptic Gregorian via Date.UTC, with years below 100 set explicitly (Date.UTC maps
 * 0..99 to 1900..1999). No validation: values reach storage already checked.
 */

const MS_PER_DAY = 86_400_000;

export function dateToDays(text: string): number {
  const [y, m, d] = text.split('-').map(Number);
  const date = new Date(Date.UTC(2000, m - 1, d));
  date.setUTCFullYear(y);
  return Math.round(date.getTime() / MS_PER_DAY);
}

export function daysToDate(days: number): string {
  const date = new Date(days * MS_PER_DAY);
  const y = String(date.getUTCFullYear()).padStart(4, '0');
  const m = String(date.getUTCMonth() + 1).padStart(2, '0');
  const d = String(date.getUTCDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}
