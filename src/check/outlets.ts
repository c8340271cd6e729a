/**
 * News outlets: the web domains a source list names and the names the text cites them by, so that
 * "APNews.com" in a source list counts as cited when the body says "AP" or "the Associated Press".
 *
 * Source: Wikipedia, "List of news agencies" and "List of newspapers in the United States" /
 * "List of newspapers in the United Kingdom by circulation", and each outlet's own site name;
 * the domains are the outlets' home domains. Outlets not listed here are still matched by name
 * derived from the domain (`outletNames`), so this list only adds the short forms and full names
 * a domain does not spell out. Users add more under the lexicon key `outlets`:
 * `[{ "domain": "example.com", "names": ["Example News"] }]`.
 */

/** One outlet: its domains and the names a text cites it by. */
export interface Outlet {
  domains: readonly string[];
  names: readonly string[];
}

/** Built-in outlets (Wikipedia lists named above). */
export const OUTLETS: readonly Outlet[] = [
  { domains: ['apnews.com', 'ap.org'], names: ['AP', 'Associated Press'] },
  { domains: ['reuters.com'], names: ['Reuters'] },
  { domains: ['afp.com'], names: ['AFP', 'Agence France-Presse', 'Agence France Presse'] },
  { domains: ['bbc.com', 'bbc.co.uk'], names: ['BBC', 'British Broadcasting Corporation'] },
  { domains: ['abcnews.go.com', 'abcnews.com'], names: ['ABC News', 'ABC'] },
  { domains: ['abc.net.au'], names: ['ABC', 'Australian Broadcasting Corporation'] },
  { domains: ['cbsnews.com'], names: ['CBS News', 'CBS'] },
  { domains: ['nbcnews.com'], names: ['NBC News', 'NBC'] },
  { domains: ['cnn.com'], names: ['CNN'] },
  { domains: ['foxnews.com'], names: ['Fox News', 'Fox'] },
  { domains: ['msnbc.com'], names: ['MSNBC'] },
  { domains: ['npr.org'], names: ['NPR', 'National Public Radio'] },
  { domains: ['pbs.org'], names: ['PBS'] },
  { domains: ['nytimes.com'], names: ['New York Times', 'NYT'] },
  { domains: ['washingtonpost.com'], names: ['Washington Post'] },
  { domains: ['wsj.com'], names: ['Wall Street Journal', 'WSJ'] },
  { domains: ['usatoday.com'], names: ['USA Today'] },
  { domains: ['latimes.com'], names: ['Los Angeles Times', 'LA Times'] },
  { domains: ['politico.com', 'politico.eu'], names: ['Politico'] },
  { domains: ['thehill.com'], names: ['The Hill'] },
  { domains: ['axios.com'], names: ['Axios'] },
  { domains: ['bloomberg.com'], names: ['Bloomberg'] },
  { domains: ['ft.com'], names: ['Financial Times', 'FT'] },
  { domains: ['economist.com'], names: ['The Economist', 'Economist'] },
  { domains: ['theguardian.com', 'guardian.co.uk'], names: ['Guardian'] },
  { domains: ['telegraph.co.uk'], names: ['Telegraph'] },
  { domains: ['independent.co.uk'], names: ['Independent'] },
  { domains: ['thetimes.co.uk'], names: ['The Times'] },
  { domains: ['dailymail.co.uk'], names: ['Daily Mail', 'Mail Online'] },
  { domains: ['aljazeera.com', 'aljazeera.net'], names: ['Al Jazeera'] },
  { domains: ['dw.com'], names: ['DW', 'Deutsche Welle'] },
  { domains: ['france24.com'], names: ['France 24'] },
  { domains: ['euronews.com'], names: ['Euronews'] },
  { domains: ['rt.com'], names: ['RT', 'Russia Today'] },
  { domains: ['tass.com', 'tass.ru'], names: ['TASS'] },
  { domains: ['kcna.kp', 'kcnawatch.org'], names: ['KCNA', 'Korean Central News Agency'] },
  { domains: ['yna.co.kr', 'en.yna.co.kr'], names: ['Yonhap'] },
  { domains: ['xinhuanet.com', 'news.cn'], names: ['Xinhua'] },
  { domains: ['kyivindependent.com'], names: ['Kyiv Independent'] },
  { domains: ['breitbart.com'], names: ['Breitbart'] },
  { domains: ['zerohedge.com'], names: ['Zero Hedge', 'ZeroHedge'] },
  { domains: ['newsweek.com'], names: ['Newsweek'] },
  { domains: ['time.com'], names: ['Time magazine', 'TIME'] },
  { domains: ['vox.com'], names: ['Vox'] },
  { domains: ['huffpost.com', 'huffingtonpost.com'], names: ['HuffPost', 'Huffington Post'] },
  { domains: ['cnbc.com'], names: ['CNBC'] },
];
