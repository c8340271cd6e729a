/**
 * Notable places and regions with the country they lie in (ISO-3; null for regions that span
 * countries). Capitals come from `world-countries`; these lists add the first-level divisions and
 * large cities that news most often names. Each list names its source.
 */

/** A list of places in one country (or none) with its source. */
export interface PlaceList {
  source: string;
  country: string | null;
  /** Names; `A|B` gives an alias B of A. */
  places: string[];
}

/** The built-in place lists. */
export const PLACE_LISTS: PlaceList[] = [
  {
    source: 'Wikipedia, "Continent" and "List of regions of the world" (UN geoscheme macro-regions)',
    country: null,
    places: [
      'Europe', 'Asia', 'Africa', 'North America', 'South America', 'Latin America', 'Central America', 'Antarctica',
      'Oceania', 'Middle East|Mideast', 'Near East', 'Far East', 'Balkans', 'Caucasus', 'Central Asia', 'Southeast Asia',
      'South Asia', 'East Asia', 'Western Europe', 'Eastern Europe', 'Central Europe', 'Scandinavia', 'Baltics',
      'Sub-Saharan Africa', 'North Africa', 'West Africa', 'East Africa', 'Southern Africa', 'Horn of Africa', 'Sahel',
      'Persian Gulf|Gulf|Arabian Gulf', 'Caribbean', 'Pacific', 'Atlantic', 'Arctic', 'Mediterranean', 'Black Sea', 'Baltic Sea',
      'Korean Peninsula', 'Indian Ocean', 'South China Sea', 'Red Sea', 'Taiwan Strait', 'Strait of Hormuz',
    ],
  },
  {
    source: 'Wikipedia, "Federal subjects of Russia" and "List of cities and towns in Russia by population"',
    country: 'RUS',
    places: [
      'Kursk', 'Belgorod', 'Bryansk', 'Voronezh', 'Rostov|Rostov-on-Don', 'Krasnodar', 'Novosibirsk', 'Yekaterinburg',
      'Kazan', 'Nizhny Novgorod', 'Chelyabinsk', 'Samara', 'Omsk', 'Ufa', 'Perm', 'Volgograd', 'Saratov', 'Tula',
      'Kaliningrad', 'Murmansk', 'Vladivostok', 'Khabarovsk', 'Irkutsk', 'Krasnoyarsk', 'Sochi', 'Pskov', 'Smolensk',
      'St. Petersburg|St Petersburg|Saint Petersburg', 'Chechnya', 'Dagestan', 'Tatarstan', 'Bashkortostan',
      'Siberia', 'Yakutia', 'Kamchatka', 'Sakhalin', 'Novorossiysk', 'Tyumen', 'Orenburg', 'Astrakhan',
      'Arkhangelsk', 'Lipetsk', 'Tambov', 'Kaluga', 'Oryol', 'Ryazan', 'Yaroslavl', 'Tver', 'Ingushetia', 'Chukotka',
    ],
  },
  {
    source: 'Wikipedia, "Oblasts of Ukraine" and "List of cities in Ukraine" (Crimea and Sevastopol as internationally recognised)',
    country: 'UKR',
    places: [
      'Kharkiv|Kharkov', 'Odesa|Odessa', 'Dnipro|Dnipropetrovsk', 'Donetsk', 'Luhansk|Lugansk', 'Zaporizhzhia|Zaporizhia|Zaporozhye',
      'Lviv', 'Kherson', 'Mykolaiv', 'Mariupol', 'Bakhmut', 'Avdiivka', 'Sumy', 'Chernihiv', 'Poltava', 'Vinnytsia',
      'Zhytomyr', 'Chernivtsi', 'Ivano-Frankivsk', 'Ternopil', 'Rivne', 'Lutsk', 'Uzhhorod', 'Kropyvnytskyi',
      'Cherkasy', 'Khmelnytskyi', 'Kramatorsk', 'Sloviansk', 'Pokrovsk', 'Bucha', 'Irpin', 'Donbas|Donbass', 'Crimea',
      'Sevastopol', 'Transcarpathia', 'Volyn', 'Severodonetsk', 'Melitopol', 'Berdyansk', 'Enerhodar',
    ],
  },
  {
    source: 'Wikipedia, "Provinces of North Korea"',
    country: 'PRK',
    places: ['Kaesong', 'Wonsan', 'Sinuiju', 'Hamhung', 'Chongjin', 'Nampo', 'Yongbyon', 'Punggye-ri', 'Sohae', 'Rason'],
  },
  {
    source: 'Wikipedia, "Provinces of South Korea" and "List of cities in South Korea"',
    country: 'KOR',
    places: ['Busan|Pusan', 'Incheon', 'Daegu', 'Daejeon', 'Gwangju', 'Ulsan', 'Jeju', 'Gyeonggi', 'Panmunjom', 'Suwon', 'Pyeongtaek'],
  },
  {
    source: 'Wikipedia, "U.S. state" (the 50 states and the District of Columbia, with the AP Stylebook state abbreviations) and "List of United States cities by population"',
    country: 'USA',
    places: [
      'Alabama|Ala.', 'Alaska', 'Arizona|Ariz.', 'Arkansas|Ark.', 'California|Calif.', 'Colorado|Colo.', 'Connecticut|Conn.', 'Delaware|Del.', 'Florida|Fla.',
      'Hawaii', 'Idaho', 'Illinois|Ill.', 'Indiana|Ind.', 'Iowa', 'Kansas|Kan.', 'Kentucky|Ky.', 'Louisiana', 'Maine',
      'Maryland|Md.', 'Massachusetts|Mass.', 'Michigan|Mich.', 'Minnesota|Minn.', 'Mississippi', 'Missouri|Mo.', 'Montana|Mont.', 'Nebraska|Neb.', 'Nevada|Nev.',
      'New Hampshire|N.H.', 'New Jersey|N.J.', 'New Mexico|N.M.', 'New York|N.Y.', 'North Carolina|N.C.', 'North Dakota|N.D.', 'Ohio', 'Oklahoma|Okla.',
      'Oregon|Ore.', 'Pennsylvania|Pa.', 'Rhode Island|R.I.', 'South Carolina|S.C.', 'South Dakota|S.D.', 'Tennessee|Tenn.', 'Texas', 'Utah', 'Vermont|Vt.',
      'Virginia|Va.', 'Washington State|Wash.', 'West Virginia|W.Va.', 'Wisconsin|Wis.', 'Wyoming|Wyo.', 'District of Columbia',
      'New York City', 'Los Angeles', 'Chicago', 'Houston', 'Phoenix', 'Philadelphia', 'San Antonio', 'San Diego',
      'Dallas', 'San Jose', 'Jacksonville', 'San Francisco', 'Seattle', 'Denver', 'Boston',
      'Detroit', 'Nashville', 'Baltimore', 'Atlanta', 'Miami', 'Minneapolis', 'New Orleans', 'Las Vegas', 'Pittsburgh',
      'Cleveland', 'St. Louis|St Louis', 'Cincinnati', 'Milwaukee', 'Kansas City', 'Sacramento', 'Honolulu',
      'Salt Lake City', 'Indianapolis', 'Tampa', 'Orlando', 'Anchorage', 'Silicon Valley',
      'Wall Street', 'Hollywood', 'Manhattan', 'Midwest', 'New England', 'Deep South', 'Pacific Northwest', 'Gulf Coast', 'Brooklyn', 'Fort Worth', 'Oakland', 'Albuquerque', 'Tucson',
    ],
  },
  {
    source: 'Wikipedia, "Ceremonial counties of England" (with the historic counties Yorkshire, Sussex and Middlesex) and "Preserved counties of Wales"',
    country: 'GBR',
    places: [
      'Bedfordshire', 'Berkshire', 'Buckinghamshire', 'Cambridgeshire', 'Cheshire', 'Cornwall', 'Cumbria', 'Derbyshire',
      'Devon', 'Dorset', 'Durham', 'East Sussex', 'Essex', 'Gloucestershire', 'Greater London', 'Greater Manchester',
      'Hampshire', 'Herefordshire', 'Hertfordshire', 'Isle of Wight', 'Kent', 'Lancashire', 'Leicestershire',
      'Lincolnshire', 'Merseyside', 'Norfolk', 'North Yorkshire', 'Northamptonshire', 'Northumberland',
      'Nottinghamshire', 'Oxfordshire', 'Rutland', 'Shropshire', 'Somerset', 'South Yorkshire', 'Staffordshire',
      'Suffolk', 'Surrey', 'Tyne and Wear', 'Warwickshire', 'West Midlands', 'West Sussex', 'West Yorkshire',
      'Wiltshire', 'Worcestershire', 'Yorkshire', 'Sussex', 'Middlesex', 'Glamorgan', 'Gwent', 'Dyfed', 'Powys',
      'Gwynedd', 'Clwyd',
    ],
  },
  {
    source: 'Wikipedia, "Countries of the United Kingdom" and "List of cities in the United Kingdom"',
    country: 'GBR',
    places: [
      'Manchester', 'Birmingham', 'Liverpool',
      'Leeds', 'Glasgow', 'Edinburgh', 'Cardiff', 'Belfast', 'Bristol', 'Sheffield', 'Newcastle', 'Nottingham',
      'Leicester', 'Southampton', 'Oxford', 'Cambridge', 'Brighton', 'Aberdeen', 'Dundee', 'Coventry',
    ],
  },
  { source: 'Wikipedia, "List of largest cities"', country: 'CHN', places: ['Shanghai', 'Guangzhou|Canton', 'Shenzhen', 'Chongqing', 'Tianjin', 'Wuhan', 'Chengdu', 'Nanjing', 'Xi\'an', 'Hangzhou', 'Xinjiang', 'Tibet', 'Inner Mongolia', 'Guangdong', 'Sichuan', 'Yunnan', 'Fujian', 'Hainan'] },
  { source: 'Wikipedia, "List of largest cities"', country: 'IND', places: ['Mumbai|Bombay', 'Kolkata|Calcutta', 'Chennai|Madras', 'Bangalore|Bengaluru', 'Hyderabad', 'Ahmedabad', 'Pune', 'Delhi', 'Kashmir', 'Punjab', 'Gujarat', 'Kerala', 'Uttar Pradesh', 'Maharashtra'] },
  { source: 'Wikipedia, "List of largest cities"', country: 'PAK', places: ['Karachi', 'Lahore', 'Peshawar', 'Rawalpindi', 'Quetta', 'Balochistan', 'Sindh'] },
  { source: 'Wikipedia, "List of largest cities"', country: 'JPN', places: ['Osaka', 'Yokohama', 'Nagoya', 'Kyoto', 'Kobe', 'Hiroshima', 'Nagasaki', 'Okinawa', 'Hokkaido', 'Fukushima', 'Sapporo'] },
  { source: 'Wikipedia, "List of largest cities"', country: 'BRA', places: ['São Paulo|Sao Paulo', 'Rio de Janeiro|Rio', 'Salvador', 'Belo Horizonte', 'Recife', 'Porto Alegre'] },
  { source: 'Wikipedia, "List of largest cities"', country: 'TUR', places: ['Istanbul', 'Izmir', 'Antalya', 'Bursa'] },
  { source: 'Wikipedia, "List of largest cities"', country: 'NGA', places: ['Lagos', 'Kano', 'Ibadan'] },
  { source: 'Wikipedia, "List of largest cities"', country: 'ZAF', places: ['Johannesburg', 'Cape Town', 'Durban', 'Soweto'] },
  { source: 'Wikipedia, "List of largest cities"', country: 'EGY', places: ['Alexandria', 'Giza', 'Sinai'] },
  { source: 'Wikipedia, "List of largest cities"', country: 'SAU', places: ['Jeddah', 'Mecca', 'Medina'] },
  { source: 'Wikipedia, "List of largest cities"', country: 'ARE', places: ['Dubai'] },
  { source: 'Wikipedia, "List of largest cities"', country: 'IRQ', places: ['Basra', 'Mosul', 'Kirkuk', 'Erbil', 'Fallujah', 'Kurdistan'] },
  { source: 'Wikipedia, "List of largest cities"', country: 'SYR', places: ['Aleppo', 'Homs', 'Idlib', 'Raqqa', 'Latakia'] },
  { source: 'Wikipedia, "List of largest cities"', country: 'ISR', places: ['Tel Aviv', 'Haifa', 'Golan Heights'] },
  { source: 'Wikipedia, "List of largest cities"', country: 'PSE', places: ['Gaza|Gaza Strip', 'West Bank', 'Rafah', 'Khan Younis', 'Hebron', 'Nablus', 'Jenin'] },
  { source: 'Wikipedia, "List of largest cities"', country: 'IRN', places: ['Isfahan', 'Mashhad', 'Tabriz', 'Shiraz', 'Natanz', 'Fordow'] },
  { source: 'Wikipedia, "List of largest cities"', country: 'AUS', places: ['Sydney', 'Melbourne', 'Brisbane', 'Perth', 'Adelaide', 'Queensland', 'New South Wales', 'Tasmania'] },
  { source: 'Wikipedia, "List of largest cities"', country: 'CAN', places: ['Toronto', 'Montreal', 'Vancouver', 'Calgary', 'Quebec', 'Ontario', 'British Columbia', 'Alberta', 'Manitoba', 'Saskatchewan', 'Nova Scotia'] },
  { source: 'Wikipedia, "List of largest cities"', country: 'DEU', places: ['Hamburg', 'Munich', 'Frankfurt', 'Cologne', 'Stuttgart', 'Dusseldorf|Düsseldorf', 'Bavaria', 'Bonn', 'Leipzig', 'Dresden'] },
  { source: 'Wikipedia, "List of largest cities"', country: 'FRA', places: ['Marseille', 'Lyon', 'Nice', 'Toulouse', 'Bordeaux', 'Strasbourg', 'Corsica', 'Normandy'] },
  { source: 'Wikipedia, "List of largest cities"', country: 'ITA', places: ['Milan', 'Naples', 'Turin', 'Florence', 'Venice', 'Sicily', 'Sardinia', 'Genoa'] },
  { source: 'Wikipedia, "List of largest cities"', country: 'ESP', places: ['Barcelona', 'Valencia', 'Seville', 'Catalonia', 'Andalusia', 'Basque Country', 'Bilbao'] },
  { source: 'Wikipedia, "List of largest cities"', country: 'CHE', places: ['Geneva', 'Zurich|Zürich', 'Basel', 'Lausanne', 'Davos'] },
  { source: 'Wikipedia, "List of largest cities"', country: 'NLD', places: ['Rotterdam', 'The Hague', 'Utrecht'] },
  { source: 'Wikipedia, "List of largest cities"', country: 'BEL', places: ['Antwerp', 'Flanders', 'Wallonia'] },
  { source: 'Wikipedia, "List of largest cities"', country: 'POL', places: ['Krakow|Kraków', 'Gdansk|Gdańsk', 'Wroclaw|Wrocław', 'Lodz|Łódź'] },
  { source: 'Wikipedia, "List of largest cities"', country: 'MEX', places: ['Guadalajara', 'Monterrey', 'Tijuana', 'Cancun'] },
  { source: 'Wikipedia, "List of largest cities"', country: 'VNM', places: ['Ho Chi Minh City|Saigon'] },
  { source: 'Wikipedia, "List of largest cities"', country: 'AFG', places: ['Kandahar', 'Helmand', 'Herat'] },
  { source: 'Wikipedia, "List of largest cities"', country: 'COL', places: ['Medellin|Medellín', 'Cali'] },
  { source: 'Wikipedia, "List of largest cities"', country: 'ARG', places: ['Cordoba', 'Rosario'] },
  { source: 'Wikipedia, "List of largest cities"', country: 'GEO', places: ['South Ossetia', 'Abkhazia'] },
  { source: 'Wikipedia, "List of largest cities"', country: 'MDA', places: ['Transnistria'] },
  { source: 'Wikipedia, "List of largest cities"', country: 'AZE', places: ['Nagorno-Karabakh|Karabakh'] },
];
