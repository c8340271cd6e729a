import { describe, expect, it } from 'vitest';
import { parseActors, splitCode } from './actors-file.js';
import { csvField, renderEventsCsv } from '../../report/events-csv.js';
import type { Analysis } from '../../types.js';

describe('PETRARCH .actors dictionaries', () => {
  it('reads actors, synonyms, dated codes and agents', () => {
    const dict = parseActors(
      [
        '# a comment',
        'NORTH_KOREA_',
        '+DPRK',
        '+DEMOCRATIC_PEOPLE\'S_REPUBLIC_OF_KOREA',
        '\t[PRK]',
        'KIM_JONG_UN_ [PRKGOV 111217-991231] [PRKMIL >111217]',
        'UN_SECURITY_COUNCIL_ [IGOUNO] # NGO_Actors',
        'FARMER [~AGR]',
        '!PERSON! = MAN, MEN',
        '+ORPHAN_SYNONYM',
      ].join('\n'),
    );
    expect(dict.actors.map((a) => `${a.name} ${a.code} ${a.country ?? '-'} ${a.sector ?? '-'} ${a.phrases.map((p) => p.join(' ')).join('|')}`)).toEqual([
      "North Korea PRK PRK - north korea|dprk|democratic people's republic of korea",
      'Kim Jong Un PRKMIL PRK MIL kim jong un',
      'Un Security Council IGOUNO - - un security council',
    ]);
    expect(dict.agents).toEqual([{ phrase: ['farmer'], sector: 'AGR' }]);
    expect(dict.problems.map((p) => p.line)).toEqual([10]);
  });

  it('splits codes into country and sector', () => {
    expect(splitCode('RUSGOV')).toEqual({ country: 'RUS', sector: 'GOV' });
    expect(splitCode('IGOUNO')).toEqual({ country: null, sector: null });
  });
});

describe('events-csv', () => {
  it('quotes fields per RFC 4180', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "no"')).toBe('"say ""no"""');
    expect(csvField(null)).toBe('');
  });

  it('writes the header once and one row per event', () => {
    const a = {
      document: { id: 'abc', origin: { path: 'a.txt', url: null, id: null }, published: '2025-04-28' },
      events: [
        {
          id: 'v1', start: 0, end: 20, text: 'Peru praised\nChile, "a friend".', type: 'SUPPORT', cameo: '05',
          actor: { name: 'Peru', entity: null, country: 'PER', code: 'PER', sector: null, members: [] },
          target: { name: 'Chile', entity: null, country: 'CHL', code: 'CHL', sector: null, members: [] },
          symmetric: false, location: null, date: null, hedged: false, negated: false, reportedBy: null, rule: 'events/praise',
        },
      ],
    } as unknown as Analysis;
    expect(renderEventsCsv(a, true).split('\r\n')).toEqual([
      'date,actor,actor_country,event_type,cameo_root,target,target_country,location,hedged,negated,evidence,source_document,actor_code,target_code,symmetric,reported_by,event_id,rule',
      '2025-04-28,Peru,PER,SUPPORT,05,Chile,CHL,,false,false,"Peru praised Chile, ""a friend"".",a.txt,PER,CHL,false,,v1,events/praise',
      '',
    ]);
    expect(renderEventsCsv(a, false).startsWith('2025-04-28,')).toBe(true);
  });
});
