/**
 * IP addresses between text and bytes for the NET.* functions: IPv4 dotted quads (no leading
 * zeros), IPv6 with `::` and an optional trailing dotted quad; output as GoogleSQL writes it
 * (the longest run of two or more zero groups becomes `::`, IPv4-compatible and IPv4-mapped
 * addresses end in a dotted quad).
 */

const IPV4_PART = /^(0|[1-9][0-9]{0,2})$/;

export function parseIpv4(text: string): Uint8Array | null {
  const parts = text.split('.');
  if (parts.length !== 4 || !parts.every((p) => IPV4_PART.test(p) && Number(p) <= 255)) return null;
  return Uint8Array.from(parts, Number);
}

/** The 16 bytes of an IPv6 address, or null. */
export function parseIpv6(text: string): Uint8Array | null {
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const head = groupsOf(halves[0], halves.length === 1);
  const tail = halves.length === 2 ? groupsOf(halves[1], true) : [];
  if (head === null || tail === null) return null;
  const total = head.length + tail.length;
  if (halves.length === 1 ? total !== 8 : total > 7) return null;
  const words = [...head, ...new Array<number>(8 - total).fill(0), ...tail];
  const out = new Uint8Array(16);
  words.forEach((w, i) => {
    out[2 * i] = w >> 8;
    out[2 * i + 1] = w & 0xff;
  });
  return out;
}

/** 16-bit groups of one side of `::`; a dotted quad may end the last side. */
function groupsOf(text: string, mayEndInIpv4: boolean): number[] | null {
  if (text === '') return [];
  const parts = text.split(':');
  const words: number[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (i === parts.length - 1 && mayEndInIpv4 && part.includes('.')) {
      const v4 = parseIpv4(part);
      if (v4 === null) return null;
      words.push((v4[0] << 8) | v4[1], (v4[2] << 8) | v4[3]);
    } else if (/^[0-9A-Fa-f]{1,4}$/.test(part)) words.push(parseInt(part, 16));
    else return null;
  }
  return words;
}

export function parseIpAddress(text: string): Uint8Array | null {
  return text.includes(':') ? parseIpv6(text) : parseIpv4(text);
}

export function ipv4Text(bytes: Uint8Array, from = 0): string {
  return Array.from(bytes.subarray(from, from + 4)).join('.');
}

export function ipv6Text(bytes: Uint8Array): string {
  const words = Array.from({ length: 8 }, (_, i) => (bytes[2 * i] << 8) | bytes[2 * i + 1]);
  let best = { start: -1, length: 0 };
  for (let i = 0; i < 8;) {
    let j = i;
    while (j < 8 && words[j] === 0) j++;
    if (j - i > best.length) best = { start: i, length: j - i };
    i = j === i ? i + 1 : j;
  }
  if (best.length < 2) best = { start: -1, length: 0 };
  const embedsIpv4 = best.start === 0 && (best.length === 6 || (best.length === 5 && words[5] === 0xffff));
  const hexWords = (from: number, to: number) => words.slice(from, to).map((w) => w.toString(16));
  if (embedsIpv4) return `::${best.length === 5 ? 'ffff:' : ''}${ipv4Text(bytes, 12)}`;
  if (best.start < 0) return hexWords(0, 8).join(':');
  return `${hexWords(0, best.start).join(':')}::${hexWords(best.start + best.length, 8).join(':')}`;
}
