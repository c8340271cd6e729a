/** Ingest of files: decoding, front matter, metadata flags, JSONL, directories and standard input. */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decode } from '../src/ingest/decode.js';
import { readInputs, type InputItem, type ReadOptions } from '../src/ingest/index.js';

const dir = mkdtempSync(join(tmpdir(), 'claimtrace-ingest-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));
const utf16le = (s: string) => Buffer.from(s, 'utf16le');
const utf16be = (s: string) => Buffer.from(s, 'utf16le').swap16();

/** One line: the decoded text as JSON, then diagnostics `CODE start-end`. */
function decoded(b: Uint8Array): string {
  try {
    const { text, diagnostics } = decode(b, 'f.txt');
    return [JSON.stringify(text), ...diagnostics.map((d) => `${d.code} ${d.start}-${d.end}`)].join(' ');
  } catch (err) {
    return `throws ${(err as { code: string }).code}: ${(err as Error).message}`;
  }
}

describe('decode', () => {
  const table: [string, Uint8Array, string][] = [
    ['UTF-8', bytes('Café in Zürich'), '"Café in Zürich"'],
    ['UTF-8 with BOM (the BOM is dropped)', bytes([0xef, 0xbb, 0xbf], 'Hello'), '"Hello"'],
    ['UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le('Ünïcode “quotes”')]), '"Ünïcode “quotes”"'],
    ['UTF-16 BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be('Big end 😀')]), '"Big end 😀"'],
    ['CRLF and lone CR become LF', bytes('a\r\nb\rc\n'), '"a\\nb\\nc\\n"'],
    ['tabs, trailing spaces and blank lines are kept', bytes('a \t\n\n\n  b  '), '"a \\t\\n\\n\\n  b  "'],
    ['invalid bytes become U+FFFD with a diagnostic at the first one', bytes('ok ', [0xff], ' then ', [0xc3]), '"ok \uFFFD then \uFFFD" E_INVALID_BYTES 3-4'],
    ['a real U+FFFD in the file is no error', bytes('keep \uFFFD'), '"keep \uFFFD"'],
    ['a NUL byte means binary', bytes('MZ', [0, 0, 1], 'x'), 'throws E_BINARY_INPUT: f.txt looks like a binary file, not text; give claimtrace a text, Markdown, HTML or JSONL article'],
    ['UTF-16 without a BOM is named', utf16le('Plain words here.'), 'throws E_BINARY_INPUT: f.txt looks like UTF-16 text without a byte-order mark; save it as UTF-8 (or UTF-16 with a BOM)'],
    ['a PDF is named', bytes('%PDF-1.7\n%âãÏÓ'), 'throws E_BINARY_INPUT: f.txt is a PDF file, not text; save the article as text, Markdown or HTML first'],
  ];
  it.each(table)('%s', (_name, input, expected) => expect(decoded(input)).toBe(expected));

  it('uses a charset it is given when there is no BOM', () => {
    expect(decode(Buffer.from([0x93, 0x51, 0x94, 0x20, 0x80, 0x35]), 'x', 'windows-1252').text).toBe('“Q” €5');
  });
});

let n = 0;
/** Writes a fixture file and returns its path. */
function file(name: string, content: string | Uint8Array): string {
  const p = join(dir, `${n++}-${name}`);
  writeFileSync(p, content);
  return p;
}

async function read(args: string[], opts: ReadOptions = {}): Promise<InputItem[]> {
  const out: InputItem[] = [];
  for await (const item of readInputs(args, opts)) out.push(item);
  return out;
}

/** One line per item: `label format title|published|outlet "text start"` or `label error CODE`. */
function render(items: InputItem[]): string[] {
  return items.map((it) => {
    const label = it.label.replace(dir, 'DIR');
    if ('error' in it) return `${label} error ${it.error.code}`;
    const s = it.source;
    return `${label} ${s.format} ${s.title}|${s.published}|${s.outlet} ${JSON.stringify(s.text.slice(0, 24))}`;
  });
}

describe('text and Markdown metadata', () => {
  it('reads front matter (title, date, outlet or source) and skips it', async () => {
    const md = file('a.md', '---\ntitle: Port strike ends\ndate: 2031-05-02\nsource: Coast Courier\n---\n# Port strike ends\n\nDockers returned to work.\n');
    const [item] = await read([md]);
    expect(render([item])[0]).toMatch(/ markdown Port strike ends\|2031-05-02\|Coast Courier "---\\ntitle/);
    expect('source' in item && item.source.skip).toEqual([{ start: 0, end: 71 }]);
  });

  it('reports front matter that is not YAML, and still reads the article', async () => {
    const [item] = await read([file('b.md', '---\ntitle: [unclosed\n---\nText here.\n')]);
    expect('source' in item && item.source.diagnostics.map((d) => d.code)).toEqual(['E_FRONT_MATTER']);
  });

  it('takes --published and --outlet for plain text', async () => {
    const items = await read([file('c.txt', 'Rain fell.\n')], { published: '2031-06-01', outlet: 'Weather Desk' });
    expect(render(items)[0]).toMatch(/ text null\|2031-06-01\|Weather Desk "Rain fell.\\n"$/);
  });

  it('reads an HTML file in the charset its <meta> names', async () => {
    const html = Buffer.concat([Buffer.from('<html><head><meta charset="windows-1252"><title>Caf'), Buffer.from([0xe9]), Buffer.from('</title></head><body><p>Open</p></body></html>')]);
    expect(render(await read([file('d.html', html)]))[0]).toMatch(/ html Café\|null\|null "Café\\n\\nOpen"$/);
  });
});

describe('JSONL batches', () => {
  it('reads one record per line, reports bad lines and keeps going', async () => {
    const jsonl = file(
      'batch.jsonl',
      [
        JSON.stringify({ id: 'a1', title: 'Bridge opens', published: '2031-01-02', outlet: 'Daily', text: 'The bridge opened.' }),
        '',
        '{not json',
        JSON.stringify({ id: 7, title: 'no body' }),
        JSON.stringify({ url: 'https://example.com/x', html: '<title>Page</title><p>From <a href="/y">HTML</a>.</p>' }),
        JSON.stringify({ text: '   ' }),
      ].join('\r\n'),
    );
    const items = await read([jsonl]);
    expect(render(items).map((l) => l.replace(/DIR\/\d+-/, ''))).toEqual([
      'batch.jsonl#a1 text Bridge opens|2031-01-02|Daily "The bridge opened."',
      'batch.jsonl:3 error E_BAD_JSONL',
      'batch.jsonl:4 error E_BAD_JSONL',
      'batch.jsonl:5 html Page|null|null "Page\\n\\nFrom HTML."',
      'batch.jsonl:6 error E_EMPTY_INPUT',
    ]);
    const html = items[3];
    expect('source' in html && html.source.links.map((l) => `${l.text} -> ${l.href}`)).toEqual(['HTML -> https://example.com/y']);
    expect('source' in html && html.source.origin).toEqual({ path: jsonl, url: 'https://example.com/x', id: null });
  });
});

describe('directories and standard input', () => {
  it('walks a directory recursively by extension, in name order, skipping hidden and other files', async () => {
    const root = join(dir, 'tree');
    mkdirSync(join(root, 'sub', 'deeper'), { recursive: true });
    mkdirSync(join(root, '.git'));
    writeFileSync(join(root, 'b.txt'), 'B text.');
    writeFileSync(join(root, 'a.md'), '# A\n\nBody.');
    writeFileSync(join(root, 'photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]));
    writeFileSync(join(root, 'sub', 'c.html'), '<title>C</title><p>C body.</p>');
    writeFileSync(join(root, 'sub', 'deeper', 'd.jsonl'), '{"text":"D text."}\n');
    writeFileSync(join(root, '.git', 'e.txt'), 'hidden');
    writeFileSync(join(root, '.notes.txt'), 'hidden');
    expect(render(await read([root]))).toEqual([
      'DIR/tree/a.md markdown null|null|null "# A\\n\\nBody."',
      'DIR/tree/b.txt text null|null|null "B text."',
      'DIR/tree/sub/c.html html C|null|null "C\\n\\nC body."',
      'DIR/tree/sub/deeper/d.jsonl:1 text null|null|null "D text."',
    ]);
  });

  it('says so when a directory holds no articles', async () => {
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    expect(render(await read([empty]))).toEqual(['DIR/empty error E_EMPTY_DIR']);
  });

  it('reads - from standard input, as text or as a JSONL batch', async () => {
    const stdin = (s: string) => async () => Buffer.from(s);
    expect(render(await read(['-'], { stdin: stdin('Typed in.\r\n') }))).toEqual(['standard input text null|null|null "Typed in.\\n"']);
    expect(render(await read(['-'], { stdin: stdin('{"id":"x","text":"Piped."}\n{"id":"y","text":"Too."}\n') }))).toEqual([
      'standard input#x text null|null|null "Piped."',
      'standard input#y text null|null|null "Too."',
    ]);
    expect(render(await read(['-'], { stdin: stdin('<!doctype html><html><body><p>Pasted page.</p></body></html>') }))).toEqual([
      'standard input html null|null|null "Pasted page."',
    ]);
  });

  it('reports missing, empty and binary files', async () => {
    expect(render(await read([join(dir, 'nope.txt'), file('empty.txt', ' \n\n'), file('bin.txt', Buffer.from([1, 2, 0, 3]))]))).toEqual([
      'DIR/nope.txt error E_NOT_FOUND',
      expect.stringMatching(/empty\.txt error E_EMPTY_INPUT$/),
      expect.stringMatching(/bin\.txt error E_BINARY_INPUT$/),
    ]);
  });
});
