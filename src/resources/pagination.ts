/**
 * List pagination shared by every List RPC: the page token is the opaque encoding of the offset
 * of the next item, so a listing is stable for unchanged data and cheap to resume.
 */
import { invalidPageToken } from '../errors';

export interface Page<T> {
  items: T[];
  nextPageToken: string;
}

export function paginate<T>(all: readonly T[], pageSize: number, pageToken: string): Page<T> {
  let start = 0;
  if (pageToken) {
    const decoded = Buffer.from(pageToken, 'base64url').toString('utf8');
    start = /^offset:\d+$/.test(decoded) ? Number(decoded.slice(7)) : NaN;
    if (!Number.isSafeInteger(start)) throw invalidPageToken(pageToken);
  }
  const size = pageSize > 0 ? pageSize : all.length;
  const items = all.slice(start, start + size);
  const next = start + items.length;
  return { items, nextPageToken: next < all.length ? Buffer.from(`offset:${next}`).toString('base64url') : '' };
}
