/**
 * http(s) fetching for `claimtrace analyze URL`: Node's global fetch with a timeout, a size cap
 * (the body is streamed and reading stops at the cap), manual redirects (at most 5, each one
 * checked again), and a refusal of private, loopback and link-local addresses unless the caller
 * allows them, so that a URL in a batch cannot make claimtrace probe the user's own network.
 *
 * The address check resolves the host itself (all addresses) before each request; a host that
 * changes its answer between the check and the connection (DNS rebinding) is not caught, which
 * would need a custom connector that Node's global fetch does not expose.
 */
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { InputError } from './decode.js';

/** A fetched page. */
export interface Page {
  /** The final URL, after redirects. */
  url: string;
  contentType: string;
  body: Uint8Array;
}

/** Options of `fetchUrl`. */
export interface FetchOptions {
  allowPrivateNetwork: boolean;
  /** Milliseconds for the whole fetch, redirects included (default 15 000). */
  timeoutMs?: number;
  /** Largest body read, in bytes (default 10 MB). */
  maxBytes?: number;
  /** Most redirects followed (default 5). */
  maxRedirects?: number;
  /** Resolves a host name to all its addresses (default `dns.lookup`; tests inject one). */
  resolve?: (host: string) => Promise<string[]>;
}

const systemResolve = async (host: string) => (await lookup(host, { all: true, verbatim: true })).map((r) => r.address);

const DEFAULTS = { timeoutMs: 15_000, maxBytes: 10 * 1024 * 1024, maxRedirects: 5 };
const USER_AGENT = 'claimtrace/0.1 (+https://github.com/claimtrace)';

/** Whether an IPv4 address (dotted quad) is private, loopback, link-local or otherwise not public. */
export function isPrivateIPv4(ip: string): boolean {
  const p = ip.split('.').map(Number);
  if (p.length !== 4 || p.some((n) => !Number.isInteger(n) || n < 0 || n > 255)) return true;
  const [a, b] = p;
  return (
    a === 0 || // "this network"
    a === 10 ||
    a === 127 ||
    (a === 100 && b >= 64 && b <= 127) || // carrier-grade NAT (RFC 6598)
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 192 && b === 0 && p[2] === 0) || // IETF protocol assignments
    (a === 198 && (b === 18 || b === 19)) || // benchmarking (RFC 2544)
    a >= 224 // multicast and reserved
  );
}

/** Whether an IPv6 address is loopback, unspecified, unique-local (fc00::/7), link-local (fe80::/10) or maps to a private IPv4. */
export function isPrivateIPv6(ip: string): boolean {
  const a = ip.toLowerCase().replace(/^\[|\]$/g, '').split('%')[0];
  if (a === '::1' || a === '::') return true;
  const mapped = /^::ffff:(?:0:)?(\d+\.\d+\.\d+\.\d+)$/.exec(a);
  if (mapped) return isPrivateIPv4(mapped[1]);
  const hex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(a);
  if (hex) {
    const hi = parseInt(hex[1], 16);
    const lo = parseInt(hex[2], 16);
    return isPrivateIPv4(`${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`);
  }
  const first = parseInt(a.split(':')[0] || '0', 16);
  return (first & 0xfe00) === 0xfc00 || (first & 0xffc0) === 0xfe80 || (first & 0xff00) === 0xff00;
}

/** Whether an IP address (v4 or v6) must not be fetched without `--allow-private-network`. */
export function isPrivateAddress(ip: string): boolean {
  return isIP(ip) === 6 ? isPrivateIPv6(ip) : isPrivateIPv4(ip);
}

/** Resolves a host (all addresses) and refuses it when any address is private. */
async function checkHost(url: URL, allowPrivate: boolean, resolve: (host: string) => Promise<string[]>): Promise<void> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  if (isIP(host)) addresses = [host];
  else {
    try {
      addresses = await resolve(host);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'ENODATA' || code === 'ESERVFAIL' || code === 'ECONNREFUSED') {
        throw new InputError('E_OFFLINE', `could not reach ${host}: are you offline? (${code} looking up the name)`);
      }
      throw new InputError('E_FETCH', `could not resolve ${host} (${code ?? (err as Error).message})`);
    }
  }
  if (allowPrivate) return;
  const bad = addresses.find(isPrivateAddress);
  if (bad) {
    throw new InputError('E_PRIVATE_ADDRESS', `${url.href}: ${host} is a private or loopback address (${bad}); pass --allow-private-network to fetch it`);
  }
}

/** Reads a response body, stopping at `max` bytes. */
async function readCapped(res: Response, max: number, href: string): Promise<Uint8Array> {
  const declared = Number(res.headers.get('content-length'));
  if (declared > max) throw new InputError('E_TOO_LARGE', `${href}: the page is ${declared} bytes, over the ${max}-byte limit`);
  if (!res.body) return new Uint8Array(0);
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      throw new InputError('E_TOO_LARGE', `${href}: the page is over the ${max}-byte limit; save the article text to a file instead`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** Fetches a URL: timeout, size cap, redirect limit, private addresses refused unless allowed. */
export async function fetchUrl(url: string, opts: FetchOptions): Promise<Page> {
  const { timeoutMs, maxBytes, maxRedirects } = { ...DEFAULTS, ...opts };
  const signal = AbortSignal.timeout(timeoutMs);
  let current: URL;
  try {
    current = new URL(url);
  } catch {
    throw new InputError('E_BAD_URL', `${url}: not a valid URL`);
  }
  for (let hop = 0; ; hop++) {
    if (current.protocol !== 'http:' && current.protocol !== 'https:') {
      throw new InputError('E_BAD_URL', `${current.href}: only http and https URLs can be fetched`);
    }
    await checkHost(current, opts.allowPrivateNetwork, opts.resolve ?? systemResolve);
    let res: Response;
    try {
      res = await fetch(current, { redirect: 'manual', signal, headers: { 'user-agent': USER_AGENT, accept: 'text/html,application/xhtml+xml,text/plain,text/markdown;q=0.9,*/*;q=0.5' } });
    } catch (err) {
      throw fetchError(err, current, timeoutMs);
    }
    if (res.status >= 300 && res.status < 400 && res.headers.get('location')) {
      await res.body?.cancel().catch(() => undefined);
      if (hop >= maxRedirects) throw new InputError('E_REDIRECTS', `${url}: more than ${maxRedirects} redirects; giving up`);
      current = new URL(res.headers.get('location')!, current);
      continue;
    }
    if (!res.ok) {
      await res.body?.cancel().catch(() => undefined);
      throw new InputError('E_HTTP', `${current.href}: the server answered ${res.status} ${res.statusText}`.trimEnd());
    }
    let body: Uint8Array;
    try {
      body = await readCapped(res, maxBytes, current.href);
    } catch (err) {
      if (err instanceof InputError) throw err;
      throw fetchError(err, current, timeoutMs);
    }
    return { url: current.href, contentType: res.headers.get('content-type') ?? '', body };
  }
}

function fetchError(err: unknown, url: URL, timeoutMs: number): InputError {
  const e = err as Error & { cause?: NodeJS.ErrnoException };
  if (e.name === 'TimeoutError' || e.name === 'AbortError') {
    return new InputError('E_TIMEOUT', `${url.href}: no complete answer within ${timeoutMs >= 1000 ? `${Math.round(timeoutMs / 1000)} s` : `${timeoutMs} ms`}; try again later`);
  }
  const code = e.cause?.code;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'ENETUNREACH' || code === 'EHOSTUNREACH') {
    return new InputError('E_OFFLINE', `could not reach ${url.hostname}: are you offline? (${code})`);
  }
  if (code === 'ECONNREFUSED') return new InputError('E_FETCH', `could not reach ${url.hostname}: connection refused`);
  return new InputError('E_FETCH', `${url.href}: ${e.cause?.message ?? e.message}`);
}
