/** Resource ids unique per run, so reruns against a long-lived external emulator never collide. */
export function uniqueId(prefix: string): string {
  const tag = `${Date.now().toString(36).slice(-5)}${Math.floor(Math.random() * 36 ** 3).toString(36)}`;
  return `${prefix}-${tag}`.slice(0, 30);
}
