/**
 * Size limits on what an error may carry, applied once, when a SpannerError is made. Errors quote
 * user input (a DDL statement, a name, a query), and gRPC sends the message and the packed details
 * in HTTP/2 trailers, which peers cap at 8-16 KB: an unbounded quote made clients hang or fail the
 * whole connection. So the message is cut as the official emulator cuts it (1,024 bytes, the last
 * three replaced by "..."), every string in the details is cut the same way, and details that
 * would take the total past a few KB are left out. Text is cut on a character boundary.
 */
import { assertNever } from './assert-never';
import { ErrorDetail } from './error-details';

/** The official emulator's limit on an error message (limits::kMaxGRPCErrorMessageLength), in UTF-8 bytes. */
export const MAX_ERROR_MESSAGE_BYTES = 1024;

/** The budget for all strings of all details together; with the message, a status stays under 4 KB. */
export const MAX_ERROR_DETAILS_BYTES = 2048;

const ELLIPSIS = '...';

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** text if it fits in maxBytes of UTF-8, else its longest whole-character prefix that fits with "...". */
export function truncateUtf8(text: string, maxBytes: number): string {
  // Every UTF-16 unit takes at most 3 bytes of UTF-8: short text needs no counting.
  if (text.length * 3 <= maxBytes || Buffer.byteLength(text, 'utf8') <= maxBytes) return text;
  const budget = maxBytes - ELLIPSIS.length;
  let bytes = 0;
  let end = 0;
  for (const char of text) {
    bytes += utf8Length(char.codePointAt(0)!);
    if (bytes > budget) break;
    end += char.length;
  }
  return text.slice(0, end) + ELLIPSIS;
}

export function boundErrorMessage(message: string): string {
  return truncateUtf8(message, MAX_ERROR_MESSAGE_BYTES);
}

const cut = (text: string): string => truncateUtf8(text, MAX_ERROR_MESSAGE_BYTES);

function boundDetail(detail: ErrorDetail): ErrorDetail {
  switch (detail.kind) {
    case 'retryInfo':
      return detail;
    case 'resourceInfo':
      return {
        ...detail,
        resourceType: cut(detail.resourceType),
        resourceName: cut(detail.resourceName),
        owner: cut(detail.owner),
        description: cut(detail.description),
      };
    case 'errorInfo': {
      const metadata = Object.fromEntries(Object.entries(detail.metadata).map(([k, v]) => [cut(k), cut(v)]));
      return { ...detail, reason: cut(detail.reason), domain: cut(detail.domain), metadata };
    }
    case 'badRequest': {
      const fieldViolations = detail.fieldViolations.map((v) => ({
        field: cut(v.field),
        description: cut(v.description),
      }));
      return { ...detail, fieldViolations };
    }
    default:
      return assertNever(detail, 'error detail');
  }
}

function textBytes(detail: ErrorDetail): number {
  const texts: string[] = [];
  switch (detail.kind) {
    case 'retryInfo':
      break;
    case 'resourceInfo':
      texts.push(detail.resourceType, detail.resourceName, detail.owner, detail.description);
      break;
    case 'errorInfo':
      texts.push(detail.reason, detail.domain, ...Object.entries(detail.metadata).flat());
      break;
    case 'badRequest':
      for (const v of detail.fieldViolations) texts.push(v.field, v.description);
      break;
    default:
      return assertNever(detail, 'error detail');
  }
  return texts.reduce((sum, t) => sum + Buffer.byteLength(t, 'utf8'), 0);
}

/** The details with long strings cut, in order, leaving out any that would exceed the budget. */
export function boundErrorDetails(details: readonly ErrorDetail[]): readonly ErrorDetail[] {
  let used = 0;
  const kept: ErrorDetail[] = [];
  for (const detail of details) {
    const bounded = boundDetail(detail);
    const size = textBytes(bounded);
    if (used + size > MAX_ERROR_DETAILS_BYTES) continue;
    used += size;
    kept.push(bounded);
  }
  return kept;
}
