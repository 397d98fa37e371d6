/**
 * Host names for NET.HOST, NET.PUBLIC_SUFFIX and NET.REG_DOMAIN: the host of a URL-like text
 * (scheme, user info, port, path dropped; case kept), and its public suffix by the ICANN section
 * of the Public Suffix List. The list is read from the system's copy (the `publicsuffix`
 * package's file); where it is missing the two suffix functions are reported as unsupported.
 */

import { existsSync, readFileSync } from 'node:fs';
import { functionNotEvaluable } from '../../../../../errors/evaluation-errors';
import { parseIpv4 } from './net-address';

const LIST_PATHS = [
  '/usr/share/publicsuffix/public_suffix_list.dat',
  '/usr/share/publicsuffix/effective_tld_names.dat',
];

/** The host of `url`, or null when it has none. */
export function urlHost(url: string): string | null {
  let rest = url.replace(/^[ \t\n\v\f\r]+|[ \t\n\v\f\r]+$/g, '');
  const scheme = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.exec(rest);
  if (scheme !== null) rest = rest.slice(scheme[0].length);
  else if (rest.startsWith('//')) rest = rest.slice(2);
  rest = rest.split(/[/?#\\]/, 1)[0];
  rest = rest.slice(rest.lastIndexOf('@') + 1);
  if (rest.startsWith('[')) {
    const close = rest.indexOf(']');
    rest = close < 0 ? rest : rest.slice(0, close + 1);
  } else rest = rest.split(':', 1)[0];
  return rest === '' ? null : rest;
}

interface SuffixRules {
  readonly exact: ReadonlySet<string>;
  readonly wildcard: ReadonlySet<string>;
  readonly exception: ReadonlySet<string>;
}

let rules: SuffixRules | null = null;

function suffixRules(functionName: string): SuffixRules {
  if (rules !== null) return rules;
  const path = LIST_PATHS.find((p) => existsSync(p));
  if (path === undefined) throw functionNotEvaluable(functionName);
  const text = readFileSync(path, 'utf8');
  const icann = text.slice(0, text.indexOf('===END ICANN DOMAINS==='));
  const exact = new Set<string>();
  const wildcard = new Set<string>();
  const exception = new Set<string>();
  for (const raw of icann.split('\n')) {
    const line = raw.trim().split(/\s/, 1)[0];
    if (line === '' || line.startsWith('//')) continue;
    if (line.startsWith('!')) exception.add(line.slice(1).toLowerCase());
    else if (line.startsWith('*.')) wildcard.add(line.slice(2).toLowerCase());
    else exact.add(line.toLowerCase());
  }
  rules = { exact, wildcard, exception };
  return rules;
}

/** Number of trailing labels forming the public suffix of `labels` (lower-case), 0 if none. */
function suffixLength(labels: readonly string[], list: SuffixRules): number {
  for (let n = labels.length; n >= 1; n--) {
    const name = labels.slice(labels.length - n).join('.');
    if (list.exception.has(name)) return n - 1;
    if (n >= 2 && list.wildcard.has(labels.slice(labels.length - n + 1).join('.'))) return n;
    if (list.exact.has(name)) return n;
  }
  return 0;
}

/** The public suffix of the URL's host (with `extraLabels` more labels before it), or null. */
export function hostSuffix(url: string, extraLabels: number, functionName: string): string | null {
  const host = urlHost(url);
  if (host === null || host.startsWith('[') || parseIpv4(host) !== null) return null;
  const trailingDot = host.endsWith('.');
  const labels = (trailingDot ? host.slice(0, -1) : host).split('.');
  const n = suffixLength(
    labels.map((l) => l.toLowerCase()),
    suffixRules(functionName),
  );
  if (n === 0 || n + extraLabels > labels.length) return null;
  const kept = labels.slice(labels.length - n - extraLabels);
  if (kept.some((l) => l === '')) return null;
  return kept.join('.') + (trailingDot ? '.' : '');
}
