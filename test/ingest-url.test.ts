/** URL ingest against a local server on 127.0.0.1: address checks, redirects, caps, timeouts, content types. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInputs, type InputItem, type ReadOptions } from '../src/ingest/index.js';
import { fetchUrl, isPrivateAddress } from '../src/ingest/url.js';

const PAGE = `<!doctype html><html><head><title>Ferry service resumes</title><meta property="og:site_name" content="Island Gazette"></head>
<body><article><h1>Ferry service resumes</h1><p>The ferry to Gull Island resumed on Friday after a two-day strike, the operator said.</p></article></body></html>`;

let server: Server;
let base = '';
const hang: import('node:http').ServerResponse[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    const redirect = /^\/hop\/(\d+)$/.exec(path);
    if (redirect) {
      const n = Number(redirect[1]);
      res.writeHead(302, { location: n > 0 ? `/hop/${n - 1}` : '/page.html' });
      return res.end();
    }
    if (path === '/page.html') return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
    if (path === '/plain') return res.writeHead(200, { 'content-type': 'text/plain' }).end('Rain is expected on Sunday.\nThe coast guard issued a warning.');
    if (path === '/latin1') return res.writeHead(200, { 'content-type': 'text/plain; charset=iso-8859-1' }).end(Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x70, 0x65, 0x6e, 0x73, 0x2e]));
    if (path === '/big') return res.writeHead(200, { 'content-type': 'text/plain', 'content-length': 5000 }).end('x'.repeat(5000));
    if (path === '/big-chunked') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      for (let i = 0; i < 10; i++) res.write('y'.repeat(1000));
      return res.end();
    }
    if (path === '/image') return res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    if (path === '/slow') return void hang.push(res);
    if (path === '/to-local') return res.writeHead(301, { location: `http://localhost:${(server.address() as AddressInfo).port}/page.html` }).end();
    if (path === '/to-file') return res.writeHead(302, { location: 'file:///etc/passwd' }).end();
    res.writeHead(404).end('not here');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const res of hang) res.destroy();
  await new Promise((resolve) => server.close(resolve));
});

async function read(url: string, opts: ReadOptions = {}): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for await (const item of readInputs([url], { allowPrivateNetwork: true, ...opts })) items.push(item);
  return items;
}

/** One line per item: `ok format title` or `error CODE message`. */
async function line(url: string, opts: ReadOptions = {}): Promise<string> {
  const [item] = await read(url, opts);
  if ('error' in item) return `error ${item.error.code} ${item.error.message.replace(base, 'BASE').replace(/:\d+\//, ':PORT/')}`;
  return `ok ${item.source.format} ${JSON.stringify(item.source.title)} ${item.source.outlet} ${JSON.stringify(item.source.text.slice(0, 30))} ${item.source.origin.url?.replace(base, 'BASE')}`;
}

describe('fetching URLs', () => {
  it('refuses loopback addresses unless allowed', async () => {
    expect(await line(`${base}/page.html`, { allowPrivateNetwork: false })).toBe(
      'error E_PRIVATE_ADDRESS BASE/page.html: 127.0.0.1 is a private or loopback address (127.0.0.1); pass --allow-private-network to fetch it',
    );
  });

  const table: [string, string, ReadOptions, string][] = [
    ['HTML by its content type', '/page.html', {}, 'ok html "Ferry service resumes" Island Gazette "Ferry service resumes\\n\\nThe fer" BASE/page.html'],
    ['plain text by its content type', '/plain', {}, 'ok text null null "Rain is expected on Sunday.\\nTh" BASE/plain'],
    ['the charset of the content type', '/latin1', {}, 'ok text null null "Café opens." BASE/latin1'],
    ['redirects up to the limit', '/hop/4', {}, 'ok html "Ferry service resumes" Island Gazette "Ferry service resumes\\n\\nThe fer" BASE/page.html'],
    ['too many redirects', '/hop/5', {}, 'error E_REDIRECTS BASE/hop/5: more than 5 redirects; giving up'],
    ['a declared size over the cap', '/big', { fetch: { maxBytes: 1000 } }, 'error E_TOO_LARGE BASE/big: the page is 5000 bytes, over the 1000-byte limit'],
    ['a streamed size over the cap', '/big-chunked', { fetch: { maxBytes: 4000 } }, 'error E_TOO_LARGE BASE/big-chunked: the page is over the 4000-byte limit; save the article text to a file instead'],
    ['a type that is no article', '/image', {}, 'error E_UNSUPPORTED_TYPE BASE/image: the server sent image/png, not an article (HTML, text or Markdown)'],
    ['an HTTP error', '/missing', {}, 'error E_HTTP BASE/missing: the server answered 404 Not Found'],
    ['a timeout', '/slow', { fetch: { timeoutMs: 300 } }, 'error E_TIMEOUT BASE/slow: no complete answer within 300 ms; try again later'],
    ['a redirect to another scheme', '/to-file', {}, 'error E_BAD_URL file:///etc/passwd: only http and https URLs can be fetched'],
  ];
  it.each(table)('%s', async (_name, path, opts, expected) => {
    expect(await line(base + path, opts)).toBe(expected);
  });

  it('checks the address again when connecting: a name that turns private after the check (DNS rebinding) is refused', async () => {
    // the injected resolver answers public to the check before the request and loopback to the
    // look-up the socket connects through; the connection must not be made
    let calls = 0;
    const resolve = async () => (calls++ === 0 ? ['203.0.113.7'] : ['127.0.0.1']);
    const port = (server.address() as AddressInfo).port;
    await expect(fetchUrl(`http://rebind.test:${port}/page.html`, { allowPrivateNetwork: false, resolve })).rejects.toThrow(
      `http://rebind.test:${port}/page.html: rebind.test is a private or loopback address (127.0.0.1); pass --allow-private-network to fetch it`,
    );
    expect(calls).toBe(2);
  });

  it('connects to the address it checked, not to another look-up', async () => {
    // "gazette.test" exists only in the injected resolver: the page arrives, so the socket used it
    const resolve = async (host: string) => (host === 'gazette.test' ? ['127.0.0.1'] : []);
    const port = (server.address() as AddressInfo).port;
    const page = await fetchUrl(`http://gazette.test:${port}/hop/1`, { allowPrivateNetwork: true, resolve });
    expect(page.url).toBe(`http://gazette.test:${port}/page.html`);
    expect(Buffer.from(page.body).toString('utf8')).toContain('Ferry service resumes');
  });

  it('says the machine may be offline when the name does not resolve', async () => {
    const resolve = async () => {
      throw Object.assign(new Error('getaddrinfo ENOTFOUND news.example'), { code: 'ENOTFOUND' });
    };
    await expect(fetchUrl('https://news.example/story', { allowPrivateNetwork: false, resolve })).rejects.toThrow(
      'could not reach news.example: are you offline? (ENOTFOUND looking up the name)',
    );
  });
});

describe('isPrivateAddress', () => {
  const rows: [string, boolean][] = [
    ['127.0.0.1', true], ['10.1.2.3', true], ['172.16.0.1', true], ['172.31.255.255', true], ['172.32.0.1', false],
    ['192.168.1.1', true], ['169.254.169.254', true], ['100.64.0.1', true], ['0.0.0.0', true], ['8.8.8.8', false],
    ['203.0.113.7', false], ['::1', true], ['::', true], ['fc00::1', true], ['fd12:3456::1', true], ['fe80::1', true],
    ['febf::1', true], ['fec0::1', false], ['2001:4860:4860::8888', false], ['::ffff:127.0.0.1', true], ['::ffff:7f00:1', true],
    ['::ffff:8.8.8.8', false],
  ];
  it.each(rows)('%s → %s', (ip, expected) => expect(isPrivateAddress(ip)).toBe(expected));
});
