/**
 * http(s) fetching for `claimtrace analyze URL`: Node's global fetch with a timeout, a size cap
 * (the body is streamed and reading stops at the cap), manual redirects (at most 5, each one
 * checked again), and a refusal of private, loopback and link-local addresses unless the caller
 * allows them, so that a URL in a batch cannot make claimtrace probe the user's own network.
 *
 * The address is checked twice: the host is resolved (all addresses) before each request, for a
 * clear error, and the connection itself goes through a look-up that checks again and hands the
 * socket the very address it checked, so a name that changes its answer between the two (DNS
 * rebinding) cannot slip a private address through. That needs node:http(s) rather than the global
 * fetch, which has no hook at connection time.
 */
import { lookup } from 'node:dns/promises';
import type { IncomingMessage } from 'node:http';
import { isIP, type LookupFunction } from 'node:net';
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

/** Resolves a host (all addresses), refusing it when any address is private; returns the addresses. */
async function checkHost(url: URL, allowPrivate: boolean, resolve: (host: string) => Promise<string[]>): Promise<string[]> {
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
    if (!addresses.length) throw new InputError('E_FETCH', `could not resolve ${host} (no address)`);
  }
  if (allowPrivate) return addresses;
  const bad = addresses.find(isPrivateAddress);
  if (bad) {
    throw new InputError('E_PRIVATE_ADDRESS', `${url.href}: ${host} is a private or loopback address (${bad}); pass --allow-private-network to fetch it`);
  }
  return addresses;
}

/**
 * The look-up the socket connects through: `checkHost` again, at connection time, answering with
 * the addresses it has just checked (the socket cannot connect anywhere else).
 */
function guardedLookup(url: URL, allowPrivate: boolean, resolve: (host: string) => Promise<string[]>): LookupFunction {
  return (_hostname, options, callback) => {
    checkHost(url, allowPrivate, resolve).then(
      (addresses) => {
        const all = addresses.map((address) => ({ address, family: isIP(address) }));
        const wanted = options.family === 4 || options.family === 6 ? all.filter((a) => a.family === options.family) : all;
        if (!wanted.length) return callback(Object.assign(new Error(`no IPv${options.family} address for ${url.hostname}`), { code: 'ENOTFOUND' }), '', 0);
        if (options.all) callback(null, wanted);
        else callback(null, wanted[0].address, wanted[0].family);
      },
      (err: Error) => callback(err as NodeJS.ErrnoException, '', 0),
    );
  };
}

/** One GET request (no redirects followed), connecting through the guarded look-up. */
async function get(url: URL, signal: AbortSignal, lookupFn: LookupFunction): Promise<IncomingMessage> {
  // loaded here, not at start-up: most runs read files, and node:https alone costs about 15 ms to load
  const client = url.protocol === 'https:' ? await import('node:https') : await import('node:http');
  return new Promise((done, fail) => {
    const req = client.get(url, { signal, lookup: lookupFn, headers: { 'user-agent': USER_AGENT, accept: 'text/html,application/xhtml+xml,text/plain,text/markdown;q=0.9,*/*;q=0.5' } }, done);
    req.on('error', fail);
  });
}

/** Reads a response body, stopping at `max` bytes. */
async function readCapped(res: IncomingMessage, max: number, href: string): Promise<Uint8Array> {
  const declared = Number(res.headers['content-length']);
  if (declared > max) {
    res.destroy();
    throw new InputError('E_TOO_LARGE', `${href}: the page is ${declared} bytes, over the ${max}-byte limit`);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of res as AsyncIterable<Buffer>) {
    size += chunk.byteLength;
    if (size > max) {
      res.destroy();
      throw new InputError('E_TOO_LARGE', `${href}: the page is over the ${max}-byte limit; save the article text to a file instead`);
    }
    chunks.push(chunk);
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
    const resolve = opts.resolve ?? systemResolve;
    await checkHost(current, opts.allowPrivateNetwork, resolve);
    let res: IncomingMessage;
    try {
      res = await get(current, signal, guardedLookup(current, opts.allowPrivateNetwork, resolve));
    } catch (err) {
      if (err instanceof InputError) throw err;
      throw fetchError(err, current, timeoutMs);
    }
    const status = res.statusCode ?? 0;
    const location = res.headers.location;
    if (status >= 300 && status < 400 && location) {
      res.destroy();
      if (hop >= maxRedirects) throw new InputError('E_REDIRECTS', `${url}: more than ${maxRedirects} redirects; giving up`);
      current = new URL(location, current);
      continue;
    }
    if (status < 200 || status >= 300) {
      res.destroy();
      throw new InputError('E_HTTP', `${current.href}: the server answered ${status} ${res.statusMessage ?? ''}`.trimEnd());
    }
    let body: Uint8Array;
    try {
      body = await readCapped(res, maxBytes, current.href);
    } catch (err) {
      if (err instanceof InputError) throw err;
      throw fetchError(err, current, timeoutMs);
    }
    return { url: current.href, contentType: String(res.headers['content-type'] ?? ''), body };
  }
}

function fetchError(err: unknown, url: URL, timeoutMs: number): InputError {
  const e = err as NodeJS.ErrnoException & { cause?: NodeJS.ErrnoException };
  if (e.name === 'TimeoutError' || e.name === 'AbortError' || e.cause?.name === 'TimeoutError') {
    return new InputError('E_TIMEOUT', `${url.href}: no complete answer within ${timeoutMs >= 1000 ? `${Math.round(timeoutMs / 1000)} s` : `${timeoutMs} ms`}; try again later`);
  }
  const code = e.cause?.code ?? e.code;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'ENETUNREACH' || code === 'EHOSTUNREACH') {
    return new InputError('E_OFFLINE', `could not reach ${url.hostname}: are you offline? (${code})`);
  }
  if (code === 'ECONNREFUSED') return new InputError('E_FETCH', `could not reach ${url.hostname}: connection refused`);
  return new InputError('E_FETCH', `${url.href}: ${e.cause?.message ?? e.message}`);
}
