import { describe, expect, it } from 'vitest';
import { buildStructure } from './structure.js';
import { fromMarkdown, fromText } from '../ingest/text.js';

/** One line per block: `kind "text"` (bullets marked). */
function blocks(text: string, markdown = false): string[] {
  const src = markdown ? fromMarkdown(text) : fromText(text);
  const s = buildStructure(src);
  return s.blocks.map((b) => `${b.kind}${b.bullet ? '•' : ''} ${JSON.stringify(s.analysisText.slice(b.start, b.end))}`);
}

describe('structure: plain text', () => {
  const rows: [string, string, string[]][] = [
    [
      'title, bullets as summary, body',
      'Council votes to close the port\n- The council voted 7-2 on Monday.\n- Unions say 400 jobs are at risk.\nThe city council voted on Monday to close the port.',
      ['title "Council votes to close the port"', 'summary• "The council voted 7-2 on Monday."', 'summary• "Unions say 400 jobs are at risk."', 'body "The city council voted on Monday to close the port."'],
    ],
    [
      'hard-wrapped lines are joined without moving offsets',
      'Port to close\nThe council said the port\nwould close by June, and the mayor\n2,000 jobs were lost.',
      ['title "Port to close"', 'body "The council said the port would close by June, and the mayor 2,000 jobs were lost."'],
    ],
    [
      'a short unpunctuated line before a capitalised line is a heading',
      'Port to close\nThe council voted on Monday.\nWhat happens next\nThe mayor will meet the unions.',
      ['title "Port to close"', 'body "The council voted on Monday."', 'heading "What happens next"', 'body "The mayor will meet the unions."'],
    ],
    [
      'a syndication credit is no heading',
      'Port to close\nThis report was originally published by Ann Lee at Harbour News\nThe council voted on Monday.\nRepublished with permission\nThe mayor will meet the unions.',
      ['title "Port to close"', 'body "This report was originally published by Ann Lee at Harbour News"', 'body "The council voted on Monday."', 'body "Republished with permission"', 'body "The mayor will meet the unions."'],
    ],
    [
      'a trailing source list',
      'Port to close\nThe council voted on Monday.\nSources:\nExample.com\nhttps://www.news.example.org/',
      ['title "Port to close"', 'body "The council voted on Monday."', 'sources "Sources:"', 'sources "Example.com"', 'sources "https://www.news.example.org/"'],
    ],
    [
      'blank lines separate paragraphs; a one-line text has no title',
      'The council voted on Monday. The mayor was absent.',
      ['body "The council voted on Monday. The mayor was absent."'],
    ],
  ];
  it.each(rows)('%s', (_name, text, expected) => {
    expect(blocks(text)).toEqual(expected);
  });

  it('names the listed sources', () => {
    const s = buildStructure(fromText('Port to close\nThe council voted.\nRead more:\nhttps://www.example.com/\nBBC.com'));
    expect(s.listedSources.map((x) => x.name)).toEqual(['example.com', 'BBC.com']);
  });

  it('keeps offsets: analysisText has the same length as the text', () => {
    const text = 'Title here\nA wrapped\nline follows.\n';
    expect(buildStructure(fromText(text)).analysisText).toHaveLength(text.length);
  });

  describe('must not', () => {
    it('take a long first paragraph for a title', () => {
      expect(blocks('The council voted on Monday. The mayor was absent.\nShe is ill.')[0]).toMatch(/^body/);
    });
    it('take a source header in the middle of an article for a source list', () => {
      const many = Array.from({ length: 35 }, (_, i) => `Paragraph number ${i} ends here.`).join('\n');
      expect(blocks(`Title\nSources:\n${many}`).some((b) => b.startsWith('sources'))).toBe(false);
    });
    it('merge a bullet into the next line', () => {
      expect(blocks('Title\n- First point\nThe body starts.')).toEqual(['title "Title"', 'summary• "First point"', 'body "The body starts."']);
    });
  });
});

describe('structure: markdown', () => {
  it('reads headings, bullets and front matter', () => {
    const md = '---\ntitle: Port to close\ndate: 2025-03-01\noutlet: Harbour Times\n---\n# Port to close\n\n- Seven votes to two.\n\n## The vote\n\nThe council voted\non Monday.\n';
    expect(blocks(md, true)).toEqual(['title "Port to close"', 'summary• "Seven votes to two."', 'heading "The vote"', 'body "The council voted on Monday."']);
    const src = fromMarkdown(md);
    expect([src.title, src.published, src.outlet]).toEqual(['Port to close', '2025-03-01', 'Harbour Times']);
  });
  it('reports bad front matter as a diagnostic and goes on', () => {
    const src = fromMarkdown('---\ntitle: [unclosed\n---\nBody text.\n');
    expect(src.diagnostics.map((d) => d.code)).toEqual(['E_FRONT_MATTER']);
    expect(blocks('---\ntitle: [unclosed\n---\nBody text.\n', true)).toEqual(['body "Body text."']);
  });
});
