/**
 * Instants as Spanner's messages print them (absl's default format): `2020-01-01T00:00:00.5+00:00`,
 * UTC, the fraction only as long as it needs to be. Shared by the topic files of this folder.
 */
export function timeText(micros: number): string {
  const seconds = Math.floor(micros / 1_000_000);
  const fraction = micros - seconds * 1_000_000;
  const iso = new Date(seconds * 1000).toISOString().slice(0, 19);
  const digits = fraction === 0 ? '' : `.${String(fraction).padStart(6, '0').replace(/0+$/, '')}`;
  return `${iso}${digits}+00:00`;
}
