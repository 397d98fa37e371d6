/**
 * Instants as Spanner's messages print them (absl's default format): `2020-01-01T00:00:00.5+00:00`,
 * UTC, the fraction only as long as it needs to be, the year unpadded and signed as absl writes it
 * (`0-01-01T00:00:00+00:00`, `-7974-09-22T02:18:22+00:00`). Shared by the topic files of this folder.
 */
export function timeText(micros: number): string {
  const seconds = Math.floor(micros / 1_000_000);
  const fraction = micros - seconds * 1_000_000;
  const date = new Date(seconds * 1000);
  // toISOString pads the year to 4 digits, or to a signed 6 outside 0..9999; the rest is fixed width.
  const monthToSecond = date
    .toISOString()
    .replace(/^[+-]?\d+/, '')
    .slice(0, 15);
  const digits = fraction === 0 ? '' : `.${String(fraction).padStart(6, '0').replace(/0+$/, '')}`;
  return `${date.getUTCFullYear()}${monthToSecond}${digits}+00:00`;
}
