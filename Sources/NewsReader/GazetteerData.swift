/// Place names built into the reader.
///
/// Countries: the UN M49 list of countries and areas, with the short names news copy uses,
/// the official names and common abbreviations as aliases, and the demonyms after `;`
/// (demonyms are adjectives, never place mentions, but they anchor roles such as
/// "the French leader"). Capitals and major cities: Wikipedia's "List of national capitals"
/// and GeoNames cities with more than a million people (plus a few smaller news datelines).
/// Regions: continents and the macro-regions and disputed areas that appear in wire copy, and
/// first-level divisions (US states, Canadian provinces, Australian states, large Indian,
/// Chinese and European regions) from GeoNames' admin1 codes.
/// One entry per line: `Name|alias|alias;demonym|demonym`.
enum GazetteerData {
  /// Every word of every demonym, folded ("north", "korean").
  static let demonymWords: Set<String> = {
    var words: Set<String> = []
    for line in DataText.split(countries, on: "\n") {
      let parts = DataText.split(line, on: ";")
      guard parts.count > 1 else { continue }
      for demonym in DataText.split(parts[1], on: "|") {
        for word in DataText.split(demonym, on: " ") { words.insert(Tokenizer.fold(String(word))) }
      }
    }
    return words
  }()

  static let countries = """
    Afghanistan;Afghan
    Albania;Albanian
    Algeria;Algerian
    Andorra;Andorran
    Angola;Angolan
    Antigua and Barbuda;Antiguan
    Argentina;Argentine|Argentinian
    Armenia;Armenian
    Australia;Australian
    Austria;Austrian
    Azerbaijan;Azerbaijani
    Bahamas|The Bahamas;Bahamian
    Bahrain;Bahraini
    Bangladesh;Bangladeshi
    Barbados;Barbadian
    Belarus;Belarusian
    Belgium;Belgian
    Belize;Belizean
    Benin;Beninese
    Bhutan;Bhutanese
    Bolivia;Bolivian
    Bosnia and Herzegovina|Bosnia;Bosnian
    Botswana;Botswanan
    Brazil;Brazilian
    Brunei;Bruneian
    Bulgaria;Bulgarian
    Burkina Faso;Burkinabe
    Burundi;Burundian
    Cambodia;Cambodian
    Cameroon;Cameroonian
    Canada;Canadian
    Cape Verde|Cabo Verde;Cape Verdean
    Central African Republic;Central African
    Chad;Chadian
    Chile;Chilean
    China|People's Republic of China|PRC|mainland China;Chinese
    Colombia;Colombian
    Comoros;Comoran
    Democratic Republic of the Congo|DR Congo|DRC;Congolese
    Republic of the Congo|Congo-Brazzaville
    Costa Rica;Costa Rican
    Ivory Coast|Cote d'Ivoire|Côte d'Ivoire;Ivorian
    Croatia;Croatian
    Cuba;Cuban
    Cyprus;Cypriot
    Czech Republic|Czechia;Czech
    Denmark;Danish
    Djibouti;Djiboutian
    Dominica;Dominican
    Dominican Republic
    Ecuador;Ecuadorian
    Egypt;Egyptian
    El Salvador;Salvadoran
    Equatorial Guinea;Equatorial Guinean
    Eritrea;Eritrean
    Estonia;Estonian
    Eswatini|Swaziland;Swazi
    Ethiopia;Ethiopian
    Fiji;Fijian
    Finland;Finnish
    France|French Republic;French
    Gabon;Gabonese
    Gambia|The Gambia;Gambian
    Georgia;Georgian
    Germany|Federal Republic of Germany;German
    Ghana;Ghanaian
    Greece|Hellenic Republic;Greek
    Grenada;Grenadian
    Guatemala;Guatemalan
    Guinea;Guinean
    Guinea-Bissau
    Guyana;Guyanese
    Haiti;Haitian
    Honduras;Honduran
    Hungary;Hungarian
    Iceland;Icelandic
    India|Republic of India;Indian
    Indonesia;Indonesian
    Iran|Islamic Republic of Iran;Iranian
    Iraq;Iraqi
    Ireland|Republic of Ireland;Irish
    Israel;Israeli
    Italy;Italian
    Jamaica;Jamaican
    Japan;Japanese
    Jordan;Jordanian
    Kazakhstan;Kazakh
    Kenya;Kenyan
    Kiribati
    Kosovo;Kosovar
    Kuwait;Kuwaiti
    Kyrgyzstan;Kyrgyz
    Laos|Lao People's Democratic Republic;Lao|Laotian
    Latvia;Latvian
    Lebanon;Lebanese
    Lesotho
    Liberia;Liberian
    Libya;Libyan
    Liechtenstein
    Lithuania;Lithuanian
    Luxembourg
    Madagascar;Malagasy
    Malawi;Malawian
    Malaysia;Malaysian
    Maldives;Maldivian
    Mali;Malian
    Malta;Maltese
    Marshall Islands
    Mauritania;Mauritanian
    Mauritius;Mauritian
    Mexico;Mexican
    Micronesia
    Moldova;Moldovan
    Monaco
    Mongolia;Mongolian
    Montenegro;Montenegrin
    Morocco;Moroccan
    Mozambique;Mozambican
    Myanmar|Burma;Myanmar|Burmese
    Namibia;Namibian
    Nauru
    Nepal;Nepali|Nepalese
    Netherlands|The Netherlands|Holland;Dutch
    New Zealand;New Zealander
    Nicaragua;Nicaraguan
    Niger;Nigerien
    Nigeria;Nigerian
    North Korea|DPRK|Democratic People's Republic of Korea;North Korean
    North Macedonia|Macedonia;Macedonian
    Norway;Norwegian
    Oman;Omani
    Pakistan;Pakistani
    Palau
    Palestine|State of Palestine|Palestinian territories;Palestinian
    Panama;Panamanian
    Papua New Guinea;Papua New Guinean
    Paraguay;Paraguayan
    Peru;Peruvian
    Philippines|The Philippines;Philippine|Filipino
    Poland;Polish
    Portugal;Portuguese
    Qatar;Qatari
    Romania;Romanian
    Russia|Russian Federation;Russian
    Rwanda;Rwandan
    Saint Kitts and Nevis
    Saint Lucia
    Saint Vincent and the Grenadines
    Samoa;Samoan
    San Marino
    Sao Tome and Principe
    Saudi Arabia|Kingdom of Saudi Arabia;Saudi
    Senegal;Senegalese
    Serbia;Serbian
    Seychelles
    Sierra Leone;Sierra Leonean
    Singapore;Singaporean
    Slovakia;Slovak
    Slovenia;Slovenian|Slovene
    Solomon Islands
    Somalia;Somali
    South Africa;South African
    South Korea|Republic of Korea|ROK;South Korean
    South Sudan;South Sudanese
    Spain;Spanish
    Sri Lanka;Sri Lankan
    Sudan;Sudanese
    Suriname;Surinamese
    Sweden;Swedish
    Switzerland;Swiss
    Syria|Syrian Arab Republic;Syrian
    Taiwan|Republic of China;Taiwanese
    Tajikistan;Tajik
    Tanzania;Tanzanian
    Thailand;Thai
    Timor-Leste|East Timor;Timorese
    Togo;Togolese
    Tonga;Tongan
    Trinidad and Tobago;Trinidadian
    Tunisia;Tunisian
    Turkey|Turkiye|Türkiye;Turkish
    Turkmenistan;Turkmen
    Tuvalu
    Uganda;Ugandan
    Ukraine;Ukrainian
    United Arab Emirates|UAE;Emirati
    United Kingdom|UK|U.K.|Britain|Great Britain;British
    United States|United States of America|US|U.S.|USA|America;American
    Uruguay;Uruguayan
    Uzbekistan;Uzbek
    Vanuatu
    Vatican|Vatican City|Holy See
    Venezuela;Venezuelan
    Vietnam|Viet Nam;Vietnamese
    Yemen;Yemeni
    Zambia;Zambian
    Zimbabwe;Zimbabwean
    Greenland;Greenlandic
    Hong Kong;Hong Konger
    Puerto Rico;Puerto Rican
    Scotland;Scottish
    England;English
    Wales;Welsh
    Northern Ireland
    Korea;Korean
    Europe;European
    Asia;Asian
    Africa;African
    """

  static let cities = """
    Abu Dhabi
    Abuja
    Accra
    Addis Ababa
    Algiers
    Amman
    Amsterdam
    Ankara
    Astana
    Athens
    Baghdad
    Baku
    Bamako
    Bangkok
    Beijing
    Beirut
    Belgrade
    Berlin
    Bern
    Bogota
    Brasilia
    Bratislava
    Brussels
    Bucharest
    Budapest
    Buenos Aires
    Cairo
    Canberra
    Caracas
    Chisinau
    Copenhagen
    Dakar
    Damascus
    Dhaka
    Doha
    Dublin
    Dushanbe
    Hanoi
    Harare
    Havana
    Helsinki
    Islamabad
    Jakarta
    Jerusalem
    Kabul
    Kampala
    Kathmandu
    Khartoum
    Kyiv|Kiev
    Kigali
    Kinshasa
    Kuala Lumpur
    Lima
    Lisbon
    Ljubljana
    London
    Luanda
    Madrid
    Managua
    Manila
    Mexico City
    Minsk
    Mogadishu
    Monrovia
    Montevideo
    Moscow
    Muscat
    Nairobi
    New Delhi
    Niamey
    Nicosia
    Oslo
    Ottawa
    Panama City
    Paris
    Phnom Penh
    Prague
    Pretoria
    Pyongyang
    Quito
    Rabat
    Reykjavik
    Riga
    Riyadh
    Rome
    Santiago
    Sanaa
    Sarajevo
    Seoul
    Skopje
    Sofia
    Stockholm
    Taipei
    Tallinn
    Tashkent
    Tbilisi
    Tehran
    Tel Aviv
    Tirana
    Tokyo
    Tripoli
    Tunis
    Ulaanbaatar
    Vienna
    Vilnius
    Warsaw
    Washington|Washington, D.C.
    Wellington
    Yerevan
    Zagreb
    New York|New York City
    Los Angeles
    Chicago
    Houston
    Phoenix
    Philadelphia
    San Francisco
    Seattle
    Boston
    Miami
    Atlanta
    Dallas
    Denver
    Detroit
    Toronto
    Montreal
    Vancouver
    Sydney
    Melbourne
    Mumbai|Bombay
    Kolkata|Calcutta
    Chennai
    Bangalore|Bengaluru
    Karachi
    Lahore
    Shanghai
    Hong Kong
    Shenzhen
    Guangzhou
    Wuhan
    Chongqing
    Osaka
    Kyoto
    Busan
    Incheon
    St Petersburg|St. Petersburg|Saint Petersburg
    Kursk
    Belgorod
    Novosibirsk
    Vladivostok
    Kharkiv
    Odesa|Odessa
    Dnipro
    Lviv
    Zaporizhzhia
    Mariupol
    Bakhmut
    Kherson
    Donetsk
    Luhansk
    Istanbul
    Dubai
    Jeddah
    Mecca
    Gaza City
    Ramallah
    Aleppo
    Mosul
    Basra
    Lagos
    Johannesburg
    Cape Town
    Casablanca
    Sao Paulo
    Rio de Janeiro
    Frankfurt
    Munich
    Hamburg
    Milan
    Naples
    Barcelona
    Geneva
    Zurich
    Davos
    Brussels
    Strasbourg
    The Hague
    Manchester
    Birmingham
    Edinburgh
    Glasgow
    Belfast
    Davao
    Rotterdam
    Antwerp
    Marseille
    Lyon
    Turin
    Seville
    Valencia
    Porto
    Gdansk
    Krakow
    Gothenburg
    Bergen
    Cologne
    Dusseldorf
    Stuttgart
    Leipzig
    Dresden
    Rome
    Florence
    Venice
    Athens
    Thessaloniki
    Izmir
    Ankara
    Tbilisi
    Almaty
    Tashkent
    Lahore
    Hyderabad
    Ahmedabad
    Pune
    Jaipur
    Colombo
    Yangon
    Hanoi
    Da Nang
    Phuket
    Cebu
    Surabaya
    Bandung
    Medan
    Perth
    Brisbane
    Adelaide
    Auckland
    Christchurch
    Calgary
    Edmonton
    Quebec City
    Halifax
    Las Vegas
    San Diego
    San Jose
    Austin
    New Orleans
    Baltimore
    Pittsburgh
    Cleveland
    Minneapolis
    St Louis|St. Louis
    Kansas City
    Nashville
    Charlotte
    Orlando
    Tampa
    Portland
    Sacramento
    Salt Lake City
    Honolulu
    Anchorage
    Guadalajara
    Monterrey
    Tijuana
    Bogota
    Medellin
    Cali
    Guayaquil
    Cordoba
    Rosario
    Valparaiso
    Brasilia
    Salvador
    Recife
    Fortaleza
    Porto Alegre
    Manaus
    Kano
    Ibadan
    Mombasa
    Durban
    Alexandria
    Giza
    Benghazi
    Marrakesh|Marrakech
    Tangier
    Oran
    Sfax
    Khartoum
    Omdurman
    Goma
    Lubumbashi
    Aden
    Hodeidah
    Homs
    Idlib
    Erbil
    Kirkuk
    Fallujah
    Tabriz
    Isfahan
    Mashhad
    Shiraz
    Haifa
    Nazareth
    Hebron
    Nablus
    Jenin
    Rafah
    Khan Younis
    Sderot
    Tianjin
    Chengdu
    Xi'an
    Nanjing
    Hangzhou
    Harbin
    Shenyang
    Dalian
    Qingdao
    Xiamen
    Kaohsiung
    Taichung
    Nagoya
    Yokohama
    Sapporo
    Fukuoka
    Hiroshima
    Nagasaki
    Okinawa
    Daegu
    Gwangju
    Daejeon
    Kaesong
    Wonsan
    Sinuiju
    Yekaterinburg
    Kazan
    Nizhny Novgorod
    Samara
    Rostov-on-Don|Rostov
    Volgograd
    Krasnodar
    Sochi
    Murmansk
    Kaliningrad
    Bryansk
    Sevastopol
    Simferopol
    Melitopol
    Sumy
    Chernihiv
    Poltava
    Vinnytsia
    Mykolaiv
    Avdiivka
    Pokrovsk
    Kramatorsk
    Sloviansk
    Ho Chi Minh City|Saigon
    """

  static let regions = """
    Asia-Pacific|Asia Pacific
    Korean Peninsula
    Middle East
    Far East
    Southeast Asia
    South Asia
    Central Asia
    East Asia
    North America
    South America
    Latin America
    Central America
    Caribbean
    Antarctica
    Oceania
    Balkans
    Caucasus
    Baltic
    Scandinavia
    Gulf|Persian Gulf
    Sahel
    Indo-Pacific
    Arctic
    Pacific|Pacific Ocean
    Atlantic|Atlantic Ocean
    Indian Ocean
    Mediterranean
    Black Sea
    Red Sea
    South China Sea
    East China Sea
    Yellow Sea
    Taiwan Strait
    Strait of Hormuz
    Crimea
    Donbas|Donbass
    Gaza|Gaza Strip
    West Bank
    Golan Heights
    Kashmir
    Tibet
    Xinjiang
    Siberia
    Kurdistan
    Darfur
    Western Europe
    Eastern Europe
    Sub-Saharan Africa
    North Africa
    West Africa
    East Africa
    Silicon Valley
    Wall Street
    Alabama
    Alaska
    Arizona
    Arkansas
    California
    Colorado
    Connecticut
    Delaware
    Florida
    Hawaii
    Idaho
    Illinois
    Indiana
    Iowa
    Kansas
    Kentucky
    Louisiana
    Maine
    Maryland
    Massachusetts
    Michigan
    Minnesota
    Mississippi
    Missouri
    Montana
    Nebraska
    Nevada
    Ohio
    Oklahoma
    Oregon
    Pennsylvania
    Tennessee
    Texas
    Utah
    Vermont
    Virginia
    Wisconsin
    Wyoming
    New Hampshire
    New Jersey
    New Mexico
    North Carolina
    North Dakota
    Rhode Island
    South Carolina
    South Dakota
    West Virginia
    Ontario
    Quebec
    British Columbia
    Alberta
    Manitoba
    Saskatchewan
    Nova Scotia
    New Brunswick
    Newfoundland
    New South Wales
    Queensland
    Victoria
    Tasmania
    Western Australia
    Bavaria
    Catalonia
    Andalusia
    Lombardy
    Sicily
    Sardinia
    Corsica
    Brittany
    Normandy
    Flanders
    Wallonia
    Punjab
    Kerala
    Gujarat
    Maharashtra
    Tamil Nadu
    Uttar Pradesh
    Bihar
    West Bengal
    Karnataka
    Assam
    Manipur
    Sindh
    Balochistan
    Khyber Pakhtunkhwa
    Guangdong
    Hubei
    Sichuan
    Yunnan
    Hainan
    Fujian
    Okinawa
    Hokkaido
    Jeju
    Gyeonggi
    Mindanao
    Luzon
    Java
    Bali
    Sumatra
    Borneo
    Papua
    """
}
