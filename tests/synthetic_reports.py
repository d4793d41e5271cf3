"""Deterministic generator of synthetic APEC CTAP reports with ground truth.

Every APEC economy files its Counter-Terrorism Action Plan (CTAP) report on
the same template every year (see data/reports/apec-ctap-2012-mexico.md).
This module writes reports on that template for MADE-UP economies, in two
forms, plus a ground-truth JSON for each:

* ``markdown``  -- looks like the Mexico conversion: same header block, same
  section headings and wording, ``**bold**``/``#`` headings at varying levels,
  ``- `` bullets, ``<sup>th</sup>`` ordinals, tab-separated tables.
* ``flattened`` -- the same content as PDF text: no Markdown markup at all,
  the whole document on ONE line joined with single spaces, list items
  introduced by ``"• "``, tables flattened to cells separated by single
  spaces, optional page clutter (``"Page 3 of 9"`` and/or the document number
  as a running header) inserted between blocks (never inside a block).

Ground truth strings are exactly as they appear in the text without markup
(``<sup>th</sup>`` -> ``th``), so each occurs verbatim in the flattened text
and in the Markdown once markup is removed and whitespace collapsed.

Usage::

    from tests.synthetic_reports import generate, write
    reports = generate(100, seed=0)
    write(reports, Path("/tmp/out"))

    python -m tests.synthetic_reports 100 /tmp/out --seed 0
    python -m tests.synthetic_reports 2 tests/cases/reports --seed 7 --fixtures

Pure standard library; all randomness comes from one ``random.Random(seed)``.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["SyntheticReport", "generate", "main", "strip_markdown", "write", "write_fixtures"]

# ---------------------------------------------------------------------------
# Fixed template wording (as in the Mexico 2012 report)
# ---------------------------------------------------------------------------

OBJECTIVE = (
    "Where appropriate, to self-assess progress against APEC Leaders' and Ministers' "
    "counter-terrorism commitments, and to identify capacity building needs to assist "
    "the CTF to identify priority areas for future cooperation."
)
ES_1 = (
    "1. Summary of main achievements/progress in implementing Leaders' and Ministers' "
    "commitments since last update."
)
ES_2 = "2. Summary of forward work program to implement Leaders' and Ministers' commitments."
ES_3 = (
    "3. Summary of capacity building needs and opportunities that would accelerate/strengthen "
    "the implementation of APEC Leaders' and Ministers' commitments by your economy and in the region."
)

H_COMMIT = "LEADERS' AND MINISTERS' COMMITMENTS"
H_UNDER = "MEASURES UNDERTAKEN SINCE LAST UPDATE TO IMPLEMENT COMMITMENTS"
H_PLAN = "FURTHER MEASURES PLANNED TO IMPLEMENT COMMITMENTS (indicate timeframe)"
H_NEEDS = (
    "WHAT SPECIFIC CAPACITY BUILDING NEEDS DOES YOUR ECONOMY HAVE THAT HINDER YOUR ABILITY "
    "TO IMPLEMENT COMMITMENTS, AND WHAT CAPACITY BUILDING OPPORTUNITIES COULD BE PROVIDED "
    "THROUGH APEC TO ADDRESS THESE NEEDS?"
)
H_OFFERS_A = "WHAT KIND OF EXPERTISE AND/OR ASSISTANCE COULD YOUR ECONOMY PROVIDE TO OTHER APEC MEMBERS THAT COULD"
H_OFFERS_B = "HELP ADDRESS THEIR CAPACITY BUILDING NEEDS?"
H_OFFERS = H_OFFERS_A + " " + H_OFFERS_B

SECTION_A = "A. ENHANCING THE SECURE FLOW OF TRADE AND PEOPLE IN THE APEC REGION"
AREAS = [
    # code, heading text (after code), truth title
    ("A.1", "A.1 Protect Cargo:", "Protect Cargo"),
    (
        "A.2",
        "A.2 Protect Port Facilities and Ships Engaged in International Voyages:",
        "Protect Port Facilities and Ships Engaged in International Voyages",
    ),
    ("A.3", "A.3 Protect International Aviation:", "Protect International Aviation"),
    ("A.4", "A.4 Protect People in Transit:", "Protect People in Transit"),
    ("A.5", "A.5 Combat Threats to Security:", "Combat Threats to Security"),
    ("B", "B. HALTING TERRORIST FINANCING:", "HALTING TERRORIST FINANCING"),
    ("C", "C. PROMOTING CYBER SECURITY:", "PROMOTING CYBER SECURITY"),
]

MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

# ---------------------------------------------------------------------------
# Made-up economies (real calling codes, made-up ccTLDs)
# ---------------------------------------------------------------------------

# name, adjective, culture, calling code, tld, government second-level domain, legislature kind
ECONOMIES = [
    ("Freedonia", "Freedonian", "spanish", "56", "fd", "gob", "federal"),
    ("Sylvania", "Sylvanian", "french", "64", "sy", "gouv", "parliament"),
    ("Ruritania", "Ruritanian", "czechpol", "66", "rr", "gov", "parliament"),
    ("Borduria", "Bordurian", "turkish", "63", "bd", "gov", "presidential"),
    ("Syldavia", "Syldavian", "nordic", "61", "sd", "gov", "parliament"),
    ("Genovia", "Genovian", "portuguese", "51", "gv", "gov", "unicameral"),
    ("Elbonia", "Elbonian", "vietnamese", "84", "eb", "gov", "unicameral"),
    ("Grand Fenwick", "Fenwickian", "english", "65", "gf", "gov", "parliament"),
    ("San Lorenzo", "Lorenzan", "spanish", "52", "sl", "gob", "federal"),
    ("Costa Verde", "Costa Verdean", "portuguese", "55", "cv", "gov", "presidential"),
    ("Zubrowka", "Zubrowkan", "czechpol", "60", "zb", "gov", "unicameral"),
    ("Île Bérénice", "Bérénician", "french", "689", "ib", "gouv", "unicameral"),
    ("Orsinia", "Orsinian", "nordic", "82", "os", "go", "parliament"),
    ("Vespucia", "Vespucian", "spanish", "57", "vp", "gob", "presidential"),
    ("Marquesia", "Marquesian", "mixed", "62", "mq", "go", "presidential"),
    ("Tamarind Islands", "Tamarind", "english", "679", "ti", "gov", "unicameral"),
]

LEGISLATURES = {
    # presenter, legislature phrase (after "to"), chambers
    "federal": ("Federal Executive", "Congress", ["Senate", "Chamber of Deputies"]),
    "parliament": ("Executive", "Parliament", ["Senate", "House of Representatives"]),
    "presidential": ("President", "Congress", ["Senate", "House of Representatives"]),
    "unicameral": ("Government", "the National Assembly", ["National Assembly"]),
}

NO_AREA_CODE = {"65", "689", "679"}

NAMES = {
    "spanish": (
        [
            "María José",
            "José Hugo",
            "Ana Cecilia",
            "Jesús",
            "Ángel",
            "Inés",
            "Sofía",
            "Joaquín",
            "Ramón",
            "Verónica",
            "Héctor",
            "Raúl",
            "Mónica",
            "Andrés",
            "Lucía",
            "José Alberto",
            "María Fernanda",
            "Jorge Alejandro",
            "Óscar",
            "Martín",
        ],
        [
            "Núñez",
            "Peña",
            "Martínez",
            "Gómez",
            "Ibáñez",
            "Muñoz",
            "Sánchez",
            "Céspedes",
            "Oropeza",
            "Balcárcel",
            "Colín",
            "Elías",
            "Domínguez",
            "Gutiérrez",
            "Álvarez",
            "Fernández",
            "Rodríguez",
            "López",
            "Pérez",
            "Zúñiga",
            "Galván",
            "Ordóñez",
            "Beltrán",
            "Quiñones",
        ],
    ),
    "portuguese": (
        [
            "João",
            "Conceição",
            "Antônio",
            "Luís",
            "Inês",
            "Gonçalo",
            "Estêvão",
            "Fábio",
            "Mônica",
            "Sebastião",
            "Lúcia",
            "André",
            "Ana Luísa",
        ],
        [
            "Araújo",
            "Magalhães",
            "Gonçalves",
            "Simões",
            "Patrício",
            "Brandão",
            "Falcão",
            "Guimarães",
            "Assunção",
            "Peçanha",
            "Leão",
            "Lopes",
        ],
    ),
    "french": (
        [
            "François",
            "Hélène",
            "Jérôme",
            "Zoé",
            "Amélie",
            "Noël",
            "Gaëlle",
            "Loïc",
            "Céline",
            "Benoît",
            "Théo",
            "Anaïs",
            "Jean-Loup",
        ],
        [
            "Lefèvre",
            "Béranger",
            "Dupré",
            "Ménard",
            "Lemaître",
            "Gagné",
            "Thérien",
            "Côté",
            "Léveillé",
            "Boucher",
            "Fournier",
            "Pépin",
        ],
    ),
    "nordic": (
        [
            "Søren",
            "Åsa",
            "Björn",
            "Øystein",
            "Märta",
            "Jörgen",
            "Kåre",
            "Sigrún",
            "Ingrid",
            "Ólafur",
        ],
        [
            "Ødegård",
            "Sjöström",
            "Ångström",
            "Løvlie",
            "Bäckström",
            "Hæstad",
            "Åkesson",
            "Sigurðsson",
            "Nordström",
            "Kjær",
        ],
    ),
    "czechpol": (
        [
            "Łukasz",
            "Zofia",
            "Jiří",
            "Tomáš",
            "Małgorzata",
            "Agnieszka",
            "Radosław",
            "Kateřina",
            "Bożena",
            "Přemysl",
        ],
        [
            "Wróblewski",
            "Dąbrowska",
            "Dvořák",
            "Procházka",
            "Łęcki",
            "Żółkiewski",
            "Nováková",
            "Kowalczyk",
            "Šťastný",
            "Grzegórzewski",
        ],
    ),
    "turkish": (
        ["Gökhan", "Şule", "İbrahim", "Çağlar", "Özlem", "Ümit", "Ayşe", "Barış"],
        ["Öztürk", "Çelik", "Yılmaz", "Şahin", "Doğan", "Güneş", "Aydın", "Kılıç"],
    ),
    "english": (
        ["Sarah", "Michael", "Grace", "Thomas", "Aroha", "Liam", "Chloë", "Renée"],
        ["Whitfield", "O'Connor", "MacLeod", "Fenwick", "Tāmaki", "Brontë", "Ngāta", "Hughes"],
    ),
}
VIET_FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng", "Bùi"]
VIET_MIDDLE = ["Thị", "Văn", "Minh", "Đức", "Thu", "Quốc"]
VIET_GIVEN = ["Hằng", "Tuấn", "Hà", "Phương", "Dũng", "Thảo", "Quý", "Sơn"]

PLACE_PREFIX = {
    "spanish": ["Puerto ", "San ", "Santa ", "Bahía ", "Villa ", ""],
    "portuguese": ["Porto ", "São ", "Vila ", "Baía de ", ""],
    "french": ["Port-", "Saint-", "Baie-", "Fort-", ""],
    "nordic": ["", "", "Nye "],
    "czechpol": ["", "Nowy ", "Stará "],
    "turkish": ["", "Yeni "],
    "vietnamese": ["", "Cảng ", "Bến "],
    "english": ["Port ", "Fort ", "Mount ", ""],
}
PLACE_ROOT = {
    "spanish": [
        "Álamos",
        "Coralina",
        "Candelaria",
        "Mirador",
        "Peñasco",
        "Tolosa",
        "Ventisca",
        "Almagro",
        "Cárdenas",
        "Asunción",
        "Mazatlán",
        "Ocotlán",
    ],
    "portuguese": [
        "Conceição",
        "Itajaí",
        "Mangueira",
        "Piratinin",
        "Aracruz",
        "Catarina",
        "Guaíba",
        "Tocantim",
    ],
    "french": [
        "Bérénice",
        "Lévêque",
        "Rocheval",
        "Marigot",
        "Sainte-Anne",
        "Thérèse",
        "Dauphin",
        "Crève-Cœur",
    ],
    "nordic": [
        "Skjærhavn",
        "Ålvik",
        "Ystad",
        "Håkonsby",
        "Mälarhamn",
        "Kirkjubær",
        "Rønne",
        "Fjällby",
    ],
    "czechpol": [
        "Gdańsko",
        "Łódzin",
        "Brněnice",
        "Ostrava",
        "Szczecinek",
        "Plzeňov",
        "Žatec",
        "Kraków Górny",
    ],
    "turkish": [
        "Çeşmeli",
        "Gökçeada",
        "İskenderun",
        "Ağrılı",
        "Kuşadası",
        "Ünye",
        "Bozcaada",
        "Şile",
    ],
    "vietnamese": [
        "Hải Phòng",
        "Cam Ranh",
        "Vũng Tàu",
        "Quy Nhơn",
        "Đồng Hới",
        "Cửa Lò",
        "Hạ Long",
        "Phú Quốc",
    ],
    "english": [
        "Kingsbridge",
        "Wellsford",
        "Ashcombe",
        "Tauranga Bay",
        "Whangārei Heads",
        "Port Hood",
        "Marlow",
        "Riverton",
    ],
}

HONORIFICS = ["Captain", "Dr.", "Commander", "Colonel", "Ms.", "Mr."]

# ---------------------------------------------------------------------------
# Agencies by role: (name choices, domain keyword choices)
# ---------------------------------------------------------------------------

AGENCY_ROLES = {
    "customs": (
        [
            "General Customs Administration",
            "National Customs Service",
            "Customs and Border Protection Directorate",
            "Directorate-General of Customs and Excise",
        ],
        ["aduanas", "customs", "douane"],
    ),
    "transport": (
        [
            "Ministry of Communications and Transports",
            "Ministry of Transport and Public Works",
            "Department of Transportation and Infrastructure",
        ],
        ["transportes", "transport", "dotr"],
    ),
    "maritime": (
        [
            "National Maritime Authority",
            "Port and Maritime Security Directorate",
            "Maritime and Port Authority",
        ],
        ["maritima", "marine", "mpa"],
    ),
    "aviation": (
        [
            "Directorate General of Civil Aviation",
            "Civil Aviation Authority",
            "National Civil Aviation Administration",
        ],
        ["aviacion", "caa", "aviation"],
    ),
    "migration": (
        [
            "National Migration Institute",
            "Immigration and Border Service",
            "Directorate-General of Migration and Naturalization",
        ],
        ["migracion", "immigration", "inm"],
    ),
    "foreign": (
        [
            "Ministry of Foreign Affairs",
            "Department of Foreign Affairs and Trade",
            "Ministry of External Relations",
        ],
        ["exteriores", "mfa", "dfat"],
    ),
    "finance": (
        ["Secretary of Finance and Public Credit", "Ministry of Finance", "Treasury Department"],
        ["hacienda", "finance", "treasury"],
    ),
    "fiu": (
        [
            "Financial Intelligence Unit",
            "Financial Analysis Center",
            "Anti-Money Laundering Office",
        ],
        ["uif", "fintel", "amlo"],
    ),
    "banking": (
        ["National Banking and Securities Commission", "Financial Supervisory Authority"],
        ["cnbv", "fsa"],
    ),
    "interior": (
        ["Ministry of Interior", "Ministry of Home Affairs", "Secretariat of Government"],
        ["interior", "homeaffairs", "gobernacion"],
    ),
    "cyber": (
        [
            "National Cyber Security Center",
            "Computer Emergency Response Team",
            "Information Security Agency",
        ],
        ["cert", "ncsc", "infosec"],
    ),
    "police": (
        ["Federal Police", "National Police", "Criminal Investigation Bureau"],
        ["policia", "police", "cib"],
    ),
    "defense": (
        ["Secretariat of National Defense", "Ministry of Defence", "Armed Forces Joint Staff"],
        ["defensa", "mod", "jointstaff"],
    ),
    "navy": (
        ["Secretariat of the Navy", "Naval Command", "Coast Guard Command"],
        ["marina", "navy", "coastguard"],
    ),
    "intelligence": (
        [
            "Center for Research and National Security",
            "National Intelligence Agency",
            "State Security Service",
        ],
        ["cisen", "nia", "sss"],
    ),
    "attorney": (
        ["General Attorney's Office", "Office of the Prosecutor General", "Ministry of Justice"],
        ["fiscalia", "prosecutor", "justice"],
    ),
    "nuclear": (
        ["National Commission for Nuclear Safety and Safeguards", "Atomic Energy Regulatory Board"],
        ["nuclear", "aerb"],
    ),
    "export": (
        ["Interagency Committee on Exports Control", "Strategic Trade Control Office"],
        ["exportcontrol", "stco"],
    ),
}
STOP = {"of", "and", "the", "for", "on", "to", "in"}
BANNED_ACRONYMS = {
    "APEC",
    "ICAO",
    "IMO",
    "WCO",
    "OAS",
    "CICTE",
    "FATF",
    "IAEA",
    "ISPS",
    "WA",
    "NSG",
    "AG",
    "MTCR",
    "CTF",
    "CTTF",
    "FIU",
    "AIS",
    "MVA",
    "RMAS",
    "ICPO",
    "AML",
    "CFT",
    "RPM",
    "IATA",
    "PEP",
    "PEPS",
    "GICNT",
    "CTED",
    "APIS",
    "MRTD",
    "AEO",
    "SOM",
    "UN",
    "CSIRT",
    "MANPADS",
    "SUA",
    "USA",
    "MOU",
    "NCS",
    "CERT",
}

AREA_ROLES = {
    # contact organisation roles, roles mentioned in measures
    "A.1": (["customs", "customs", "finance"], ["customs", "police", "finance"]),
    "A.2": (["transport", "maritime", "navy"], ["maritime", "transport", "navy"]),
    "A.3": (["aviation", "aviation", "transport"], ["aviation", "transport", "police"]),
    "A.4": (["migration", "migration", "foreign"], ["migration", "police", "foreign"]),
    "A.5": (
        ["foreign", "defense", "nuclear"],
        ["defense", "attorney", "intelligence", "navy", "export", "nuclear"],
    ),
    "B": (["fiu", "fiu", "finance"], ["fiu", "finance", "banking", "attorney"]),
    "C": (["interior", "cyber", "cyber"], ["cyber", "interior", "police"]),
}

CONTACT_TITLES = {
    "A.1": [
        "Administrator for Customs International Affairs",
        "Director of Risk Management and Targeting",
        "Head of the Supply Chain Security Unit",
        "Deputy Administrator for Customs Operations",
    ],
    "A.2": [
        "Port and Maritime Security Director",
        "Head of the Port Facility Security Office",
        "Director General of Merchant Marine",
        "Chief of Maritime Security Operations",
    ],
    "A.3": [
        "Director General for Civil Aviation",
        "Director of Aviation Security",
        "Head of Civil Aviation Security Oversight",
    ],
    "A.3e": [
        "Deputy Director General for Aviation Security",
        "Aviation Security Duty Officer",
        "Head of the Aviation Security Operations Center",
    ],
    "A.4": [
        "Director General of Migrants Protection and Partnerships",
        "Director of Border Control",
        "Head of Travel Document Security",
    ],
    "A.5": [
        "Director General for Global Issues",
        "Director for Disarmament and Non-Proliferation",
        "Head of the Counter-Terrorism Coordination Unit",
    ],
    "B": [
        "Head of the Financial Intelligence Unit",
        "Director of Strategic Analysis",
        "Deputy Director for International Cooperation",
    ],
    "C": [
        "Secretary of the Specialized Committee on Information Security",
        "Director of the National CSIRT",
        "Head of Cyber Security Policy",
    ],
}

# International entities: token -> (first mention, later mention)
INTL = {
    "ICAO": ("International Civil Aviation Organization (ICAO)", "ICAO"),
    "IMO": ("International Maritime Organization (IMO)", "IMO"),
    "WCO": ("World Customs Organization (WCO)", "WCO"),
    "INTERPOL": ("INTERPOL", "INTERPOL"),
    "OAS": ("Organization of American States (OAS)", "OAS"),
    "CICTE": ("Inter-American Committee against Terrorism (CICTE)", "CICTE"),
    "FATF": ("Financial Action Task Force (FATF)", "FATF"),
    "IAEA": ("International Atomic Energy Agency (IAEA)", "IAEA"),
    "ISPS": ("International Ship and Port Facility Security Code (ISPS Code)", "ISPS Code"),
    "BUDAPEST": ("Budapest Convention", "Budapest Convention"),
    "MEGAPORTS": ("Megaports Initiative", "Megaports Initiative"),
    "WA": ("Wassenaar Arrangement", "Wassenaar Arrangement"),
    "NSG": ("Nuclear Suppliers Group", "Nuclear Suppliers Group"),
    "AGR": ("Australia Group", "Australia Group"),
    "MTCR": ("Missile Technology Control Regime", "Missile Technology Control Regime"),
}
REGIMES = [
    "Wassenaar Arrangement",
    "Nuclear Suppliers Group",
    "Australia Group",
    "Missile Technology Control Regime",
]

MEETING_PLACES = [
    ("Jakarta", "Indonesia"),
    ("Lima", "Peru"),
    ("Manila", "Philippines"),
    ("Beijing", "China"),
    ("Moscow", "Russia"),
    ("Ha Noi", "Viet Nam"),
    ("Port Moresby", "Papua New Guinea"),
    ("Santiago", "Chile"),
    ("Auckland", "New Zealand"),
    ("Kuala Lumpur", "Malaysia"),
    ("Bangkok", "Thailand"),
    ("Tokyo", "Japan"),
    ("Clark", "Philippines"),
    ("Nha Trang", "Viet Nam"),
    ("Sapporo", "Japan"),
]

# ---------------------------------------------------------------------------
# Commitments: real (from the Mexico report) and made-up, per area.
# Each entry: (statement with optional **bold**, years or None for random years)
# ---------------------------------------------------------------------------

COMMITMENTS = {
    "A.1": [
        ("Implement the APEC Framework for Secure Trade", [2005]),
        (
            "Implement the common standards for electronic customs reporting developed by the World Customs "
            "Organization (WCO) that provide data to target high-risk shipments and facilitate trade",
            [2002],
        ),
        (
            "Implement as practicable as possible a container security regime that facilitates the smooth flow "
            "of trade while enhancing the integrity of containers",
            [2002],
        ),
        (
            "Promote private-sector adoption of high standards of supply chain security, as developed by the "
            "private sector and law enforcement officials",
            [2002],
        ),
        (
            "Continue cooperation between APEC member economies to facilitate trade recovery after a terrorist "
            "attack",
            [2006, 2007],
        ),
        (
            "Work towards more consistent security measures that reduce transaction costs, and to enhance "
            "cooperation with the private sector",
            [2007],
        ),
        (
            "Strengthen risk management and targeting of high-risk cargo through advance electronic cargo "
            "information",
            None,
        ),
        (
            "Promote mutual recognition of Authorized Economic Operator programmes among APEC economies",
            None,
        ),
        (
            "Enhance the detection of radioactive material in containerized cargo at major seaports",
            None,
        ),
    ],
    "A.2": [
        (
            "Review ship and port facility security plans; automatic identification systems (AIS) installed on "
            "certain ships",
            [2004],
        ),
        ("Support international efforts to fight piracy", [2002, 2008]),
        (
            "Support the implementation of the International Ship and Port Facility Security Code",
            [2004],
        ),
        (
            "Cooperation between APEC **member economies** on training to enhance ship and port security in the "
            "region",
            [2002],
        ),
        (
            "Cooperate with the International Maritime Organisation on its efforts to undertake an analysis of "
            "small boats as potential threats to maritime security",
            [2009],
        ),
        ("Share best practices on port facility security assessments among member economies", None),
        ("Strengthen maritime domain awareness through regional information sharing", None),
        ("Develop joint exercises on response to security incidents at port facilities", None),
    ],
    "A.3": [
        (
            "Introduce highly effective baggage screening procedures and equipment in all APEC international "
            "airports as soon as possible; and accelerate implementation of standards for reinforced flight deck "
            "doors for passenger aircraft wherever possible",
            [2002],
        ),
        (
            "Support International Civil Aviation Organization (ICAO) mandatory aviation security audits",
            [2002, 2009],
        ),
        (
            "Enhance air cargo security by promoting adoption of the guidelines developed by the ICAO",
            [2002],
        ),
        (
            "Examine emerging approaches to air cargo security; share information on efficient screening "
            "technologies and training; and harmonise aviation security measures",
            [2009],
        ),
        (
            "Adopt strict domestic export controls on Man-Portable Air Defense Systems (MANPADS); secure "
            "stockpiles; regulate production, transfer, and brokering; ban transfers to non-state end-users; and "
            "exchange information in support of these efforts",
            [2003],
        ),
        (
            "APEC economies which did not do so before 2007 to conduct one MANPADS' assessment of a major "
            "international airport using the MANPADS' Vulnerability Assessment (MVA) guide established by the "
            "ICAO or similar international guidelines",
            [2005],
        ),
        (
            "Work towards continuous improvement of aviation security oversight and quality control",
            [2009],
        ),
        (
            "Implement effective capacity building programs for air cargo and air traveller protection, which "
            "help develop institutions and mobilize expertise and resources efficiently",
            [2010],
        ),
        (
            "Strengthen the security of airport perimeters and access control to restricted areas",
            None,
        ),
        ("Promote the exchange of information on insider threats in civil aviation", None),
    ],
    "A.4": [
        (
            "Implement as expeditiously as possible an Advance Passenger Information system for the collection "
            "and transmission of advance passenger information",
            [2002],
        ),
        ("Consider joining the Regional Movement Alert System (RMAS)", [2006]),
        (
            "Adopt and implement agreed standards for machine readable travel documents, and application of "
            "biometrics in entry and (where applicable) exit procedures and travel documents consistent with ICAO "
            "and the International Standards Organization",
            [2002],
        ),
        (
            "Assure the highest possible integrity of all government officials who are involved in border "
            "operations",
            [2002],
        ),
        (
            "Develop a standardized strategic safety and security master plan for tourists, a crisis management "
            "model, and promote the development by industry of simple-to-use safety and security measures for "
            "tourism businesses",
            [2002],
        ),
        (
            "Voluntarily provide information on lost and stolen travel documents to the existing database of the "
            "International Criminal and Police Organization (ICPO-Interpol) on a best endeavours basis",
            [2005],
        ),
        ("Strengthen the detection of fraudulent travel documents at border crossing points", None),
        ("Promote the use of electronic passports and automated border control gates", None),
    ],
    "A.5": [
        (
            "Review progress on commitments to dismantle trans-national terrorist groups",
            [2003, 2005, 2006, 2007, 2008],
        ),
        (
            "Ensure that any measures taken to combat terrorism comply with all relevant obligations under "
            "international law, in particular international human rights, refugee and humanitarian law",
            [2005],
        ),
        (
            "Relevant economies to take steps towards the ratification and implementation of, or the commitment "
            "to ratify all basic universal antiterrorist conventions",
            [2004, 2008],
        ),
        (
            "**Relevant economies** to implement the International Atomic Energy Agency Code of Conduct on the "
            "Safety and Security of Radioactive Sources as well as the Guidance on the Import and Export of "
            "Radioactive Sources",
            [2005],
        ),
        (
            "Continue efforts and cooperation on food defense to mitigate the terrorist threat to the food supply "
            "following the voluntary APEC Food Defence Principles",
            [2007],
        ),
        ("Strengthen export controls on dual-use goods and technologies", None),
        (
            "Enhance cooperation on the protection of critical infrastructure against terrorist attacks",
            None,
        ),
        ("Counter violent extremism through community engagement and education", None),
    ],
    "B": [
        (
            "Cut off terrorists' access to the international financial and commercial system, including by "
            "implementing standards and agreements on combating terrorist financing and money laundering",
            [2002, 2004, 2006, 2007, 2008, 2009],
        ),
        (
            "Enhance law enforcement and regulatory capabilities by establishing or identifying a financial "
            "intelligence unit (FIU) in each member economy, and enhancing information sharing with other FIUs",
            [2002],
        ),
        ("Relevant economies to implement UN and other international instruments", [2002]),
        (
            "Implement, where applicable, the FATF's Special Recommendations on terrorist financing, including "
            "those relating to non-profit organizations, alternative remittance systems and illicit cash couriers",
            [2002, 2008],
        ),
        ("Strengthen the supervision of designated non-financial businesses and professions", None),
        (
            "Promote the transparency of beneficial ownership of legal persons and arrangements",
            None,
        ),
        ("Enhance international cooperation on the freezing of terrorist assets", None),
    ],
    "C": [
        (
            "Countering terrorism by implementing and enhancing critical information infrastructure protection "
            "and cyber security to ensure a trusted, secure and sustainable online environment",
            [2002],
        ),
        (
            "Enhance mutual cooperation on countering malicious online activities and engage in efforts to "
            "increase cybersecurity awareness",
            [2010],
        ),
        ("Establish and strengthen national computer security incident response teams", None),
        ("Develop legal frameworks on cybercrime consistent with international instruments", None),
        (
            "Promote public-private partnerships for the protection of critical information infrastructure",
            None,
        ),
        ("Share information on cyber threats and incidents among member economies", None),
    ],
}

# ---------------------------------------------------------------------------
# Measures / needs / offers templates.  Tokens: {E} economy, {Eadj} adjective,
# {A:role} agency mention, {I:KEY} international entity, {Y} {Y-1} {Y+1} years,
# {MONYR} "Month YYYY", {MON} month, {DATE} "Month D, YYYY", {N} small number,
# {BIGN} larger number, {PCT} percentage, {PORT} {PORTS} {CITY} places,
# {PORTSCHED} ports with date ranges, {LEG} legislature.
# ---------------------------------------------------------------------------

UNDERTAKEN = {
    "A.1": [
        "{E} concluded this year the implementation of the {I:MEGAPORTS}, within whose framework {E} succeeded "
        "to equip with Non Intrusive RPM, {NPORTS_MAJOR}, that together represent more of the "
        "{PCT}% of all the maritime containerized cargo.",
        "In {MONYR}, the Authorized Economic Operator programme of the {A:customs} came into force, which is a "
        "voluntary program for businesses which will strengthen the security of the supply chain of foreign "
        "trade, through the implementation of minimum safety standards internationally recognized, in "
        "coordination with the private sector.",
        "{E}, through the {A:customs}, has carried out {N} functional tabletop exercises, in order to strengthen "
        "security at the border, to speed up service, time recovery, and resumption of commercial activities in "
        "the case of an event that has the potential to cause a major disruption of the flow of trade.",
        "{E} has implemented Prevention and Deterrence Operatives, through highway checkpoints for inspection, "
        "as well for the investigation of subjects and criminal organizations linked to terrorism, in "
        "coordination with the {A:police}.",
        "The {A:customs} adopted the {I:WCO} SAFE Framework of Standards and implemented advance electronic "
        "cargo information for all maritime shipments arriving at {PORT}.",
        "During {Y}, the {A:customs} inspected {BIGN} containers using non-intrusive inspection equipment at the "
        "ports of {PORTS}.",
        "The {A:customs} signed a Mutual Recognition Arrangement on Authorized Economic Operators with {N} APEC "
        "economies in {MONYR}.",
        "A joint risk-targeting center staffed by the {A:customs} and the {A:police} began operations in "
        "{MONYR} at the port of {PORT}.",
    ],
    "A.2": [
        "The {A:transport}, through the General Coordination of Ports and Merchant Marine, continues applying "
        "the {I:ISPS}, to certificate all {Eadj} ports and ships for five years, subject to regular "
        "verifications according to the ISPS Code requirements.",
        "{E} continues developing the Maritime Security Program with the {I:CICTE} of the {I:OAS}, aimed to "
        "develop an evaluation and training process. During {Y} the Program has been applied in the next ports: "
        "{PORTSCHED}.",
        "The {A:maritime} conducted {N} port security drills in cooperation with the {A:navy} at the ports of "
        "{PORTS}.",
        "In {MONYR}, {E} ratified the amendments to the SUA Convention adopted under the auspices of the "
        "{I:IMO}.",
        "Automatic identification systems were installed on {BIGN} vessels registered under the {Eadj} flag "
        "during {Y}, under the supervision of the {A:maritime}.",
        "The {A:navy} participated in regional exercises to fight piracy in {MONYR}, together with {N} APEC "
        "economies.",
    ],
    "A.3": [
        "In order to strengthen the inspection of checked baggage, {E} invested about {N} million dollars in "
        "baggage screening to cover almost all airports.",
        "In accordance to the corrective actions of the audit made by the {I:ICAO} in {Y-2}, {E}, through the "
        "{A:aviation}, established a working plan that will allow fulfilling every observation regarding the "
        "establishment and development of its normative framework.",
        "In terms of Man-Portable Air Defense Systems (MANPADS), the {A:aviation} conducted a MANPADS' "
        "Vulnerability Assessment of {CITY} International Airport in {MONYR}.",
        "The {A:aviation} and the {A:police} conducted several roundtable exercises with the International Air "
        'Transport Association (IATA), to develop the first phase of the "Secure Freight" project.',
        "{E} has established training programs for public servants of the {A:aviation}, in training centers "
        "authorized by ICAO.",
        "The National Civil Aviation Security Programme was updated in {MONYR} to comply with Annex 17 of the "
        "{I:ICAO}, and the {A:transport} reviewed the mandatory circulars on Aviation Security.",
    ],
    "A.4": [
        "{E}, through the {A:migration}, follows-up the reviews and amendments made into the United Nations "
        "Security Council list of persons and entities under sanctions regime. From {MON} {Y-1} to {MON} {Y}, "
        "{BIGN} migratory registers (migrant alerts) were included in the Control List.",
        "The {A:migration} does a data analysis of passenger lists and crew (APIS) that come from different "
        "countries in many airlines, which allows to detect migratory flows that have relation with acts "
        "related to security, public security or terrorism.",
        "{E} connected its border posts to the {I:INTERPOL} database on Stolen and Lost Travel Documents in "
        "{MONYR}, in coordination with the {A:police}.",
        "The {A:foreign} started issuing electronic passports compliant with ICAO Doc 9303 in {MONYR}.",
        "{E} joined the Regional Movement Alert System on a pilot basis in {MONYR}.",
    ],
    "A.5": [
        "{E} has developed inter-agency intelligence activities for the investigation of potential threats of a "
        "terrorist nature. These actions have been carried out by the {A:attorney}, the {A:defense}, the "
        "{A:navy} and the {A:intelligence}.",
        "The National Export Control System is in full operation, and has adapted the processes of export "
        "licensing and customs clearance to embrace the non-proliferation goals of the exports control regimes.",
        "The Government of {E}, through its {A:export} for dual-use goods, software and technologies, has "
        "integrated such measures into the domestic legal framework and has been enabled to ensure its "
        "observance.",
        "The {A:nuclear} implemented the {I:IAEA} Code of Conduct on the Safety and Security of Radioactive "
        "Sources in {MONYR}.",
        "Under the framework of the Law of Firearms and Explosives, {E}, through the {A:defense}, works on the "
        "inspection of weapons of the public safety bodies and also of the enterprises that transport, store "
        "and manufacture explosive material.",
        "On early {MON} {Y-1}, CTED visited {E}.",
    ],
    "B": [
        "On {DATE}, the Government of {E} presented the **National Strategy for Preventing and Fighting Money "
        "Laundering and the Financing of Terrorism**. It is focused both on preventing and combating money "
        "laundering and terrorist financing.",
        "{E} underwent its mutual evaluation by the {I:FATF} in {MONYR}, and the {A:fiu} coordinated the "
        "national follow-up report.",
        "The {A:fiu} signed memoranda of understanding with {N} foreign financial intelligence units during "
        "{Y}.",
        "The list of prominent government positions that are considered domestic politically exposed persons "
        "was made public by the {A:finance} on {DATE}.",
        "The {A:banking} carried out {N} on-site inspections of reporting entities focused on compliance with "
        "the AML/CFT regime.",
    ],
    "C": [
        "{E} concluded its efforts in the creation of the National Computer Security Incident Response Team, "
        "which began operations in {MONYR}, as the authority in the following constituency: National Critical "
        "Information Infrastructure, Government Agencies and national CSIRTs.",
        "On {MON} {Y-1}, the National Security Council approved the National Strategy for Information Security "
        "proposed by the {A:interior}.",
        "In the field of international cooperation, the Government of {E} has actively participated in various "
        "international forums and workshops on cyber security and cybercrime, in cooperation with the {I:CICTE}.",
        "The {A:cyber} handled {BIGN} security incidents during {Y} and published a standardized manual based "
        "on best practices and global standards for cyber security.",
        "The adequacy of the current legal framework on cybercrime to comply with the {I:BUDAPEST} "
        "requirements was reviewed by the {A:interior} and the {A:police}.",
    ],
}

PLANNED = {
    "A.1": [
        "Training of personnel with the objective of working on recommendations of technological, legal and "
        "normative measures to respond to the problem of terrorism.",
        "By {Y+1}, the {A:customs} will extend the non-intrusive inspection program to the ports of {PORTS}.",
        "The {A:customs} plans to complete the electronic single window for foreign trade during {Y+1}.",
        "In {Y+1}, {E} will host a regional workshop on supply chain security with the support of APEC and the "
        "{I:WCO}.",
    ],
    "A.2": [
        "For the year {Y+1}, {E} will continue implementing the Maritime Security Program with the CICTE-OAS at "
        "{NPORTS_MORE}.",
        "The {A:maritime} will review all port facility security plans before the end of {Y+1}.",
        "{E} will undergo the voluntary audit of the {I:IMO} in {Y+1}.",
    ],
    "A.3": [
        "The {A:aviation} will publish the National Civil Aviation Security Quality Control Programme in {Y+1}.",
        "{E} expects to ratify the Beijing Convention and Protocol during {Y+1}.",
        "The {A:aviation} will install explosive trace detection equipment at {CITY} International Airport by "
        "{Y+1}.",
    ],
    "A.4": [
        "The {A:migration} will install {N} new laboratories of document analysis in major airports, to identify "
        "fraudulent documents.",
        "{E} will implement an Advance Passenger Information system at all international airports by {Y+1}.",
        "The {A:migration} will connect {N} additional land border posts to the alert lists in {Y+1}.",
    ],
    "A.5": [
        "It is necessary to promote the implementation of educational programs to combat the carrying and "
        "possession of firearms, this in accordance to the Law of Firearms and Explosives and its Regulation.",
        "{E} will host the Plenary Meeting of the Global Initiative to Combat Nuclear Terrorism in {Y+1}.",
        "The {A:nuclear} will update the national registry of radioactive sources during {Y+1}.",
    ],
    "B": [
        "Within the framework of the referred National Strategy, the {A:finance} will propose further "
        "amendments to strengthen the supervision of the new reporting entities.",
        "The {A:fiu} will launch a new electronic reporting system for reporting entities in {Y+1}.",
        "{E} will present its follow-up report to the {I:FATF} in {Y+1}.",
    ],
    "C": [
        "The signature of the {I:BUDAPEST}.",
        "To create sectorial incident response teams, to improve the incident management capabilities.",
        "The {A:cyber} will conduct a national cyber exercise with critical infrastructure operators in {Y+1}.",
    ],
}

NEEDS_INTRO = [
    "The {A} is interested in getting support to enhance and better coordinate counter-terrorism "
    "activities, where appropriate, through effective collaboration, technical assistance and capacity "
    "building, and with the cooperation of Task Force of APEC.",
    "For this, {E} have identified some specific needs:",
    "{E} would welcome capacity building in the following areas:",
]
NEEDS = {
    "A.1": [
        "Money laundering and terrorism financing",
        "Customs & Transportation Cargo Security",
        "Risk Analysis and Targeting",
        "Design and Implementation of AEO",
        "Weapons of mass destruction",
        "Identification of radioactive and nuclear material",
        "Concealment methods",
        "Explosives",
    ],
    "A.2": [
        "Security at vessels and platforms",
        "Port facility security assessments",
        "Small boats threat analysis",
        "Training of port facility security officers",
    ],
    "A.3": [
        "Civil aviation security",
        "Security at airports",
        "Air cargo screening technologies",
        "Training of aviation security inspectors",
    ],
    "A.4": [
        "Document examination training",
        "Biometric border control systems",
        "Advance Passenger Information systems",
    ],
    "A.5": [
        "Weapons of mass destruction",
        "Investigation after an explosion",
        "Localization and deactivation of explosives",
        "Chemical and biological threats",
    ],
    "B": [
        "Support on the supervision of the new reporting entities (DNFBPs) as mentioned above.",
        "Training on strategic analysis of suspicious transaction reports.",
        "Supervision of money remitters and cash couriers.",
    ],
    "C": [
        "Specialized training on Critical infrastructure information protection.",
        "Technical support regarding Advanced Persistent Threats against government.",
        "Prioritize information security in daily process of government institutions.",
    ],
}
OFFERS_INTRO = {
    "A.1": "{E}, through the {A}, has technical expertise that can be provided to a 3<sup>rd</sup> country in "
    "order to support their national capacity building programs. This training can be through "
    "triangular cooperation on the following programs:",
    "A.2": "{E} could provide assistance in ports, vessels and platforms security as well its expertise at "
    "interagency coordination with those countries wishing to exchange experience in their application "
    "and exercise developed by the implementation of the ISPS Code.",
    "A.3": "{E} could share its experience in aviation security quality control with other APEC members.",
    "A.4": "The {A} could provide training on the detection of fraudulent travel documents.",
    "A.5": "{E} could share its experience in the implementation of export controls on dual-use goods.",
    "B": "The {A} offers its foreign counterparts training on issues related to the fulfillment of the "
    "FIU's mandate, such as strategic and tactical analysis, information and technology tools, best "
    "practices of international cooperation, among others.",
    "C": "{E} could offer the following expertise to other APEC members:",
}
OFFERS = {
    "A.1": [
        "Chemical Precursors Identification Course",
        "Detection of Irregularities in Currencies statements",
        "Research for Commercial Fraud Schemes",
        "Methodology for Risk Analysis in Maritime Operations",
        "Training Course for K9 units for drugs and firearms detection",
        "Incident Command Systems",
        "Nonintrusive Equipment",
        "In-Land vehicle inspections",
        "Container Inspections",
        "Inspector Training Course",
    ],
    "A.2": ["Port security drills", "Interagency coordination on maritime issues"],
    "A.3": [
        "Training on aviation security quality control",
        "Exchange of experience on MANPADS vulnerability assessments",
    ],
    "A.4": [
        "Training on detection of fraudulent travel documents",
        "Experience on alert list management",
    ],
    "A.5": ["Export control licensing procedures", "Inspection of explosives storage facilities"],
    "B": [
        "Training on tactical analysis",
        "Best practices of international cooperation between FIUs",
    ],
    "C": [
        "Training on Information Security",
        "Training on Incident Response",
        "Analysis of cyber threats",
        "International cooperation program related to cybercrime and cybersecurity",
    ],
}

ES_ACHIEVE = [
    "This year {E} concluded the implementation of the {I:MEGAPORTS}, in order to equip with Non Intrusive "
    "RPM, {N} of the major ports, which represents about {PCT}% of maritime containerized cargo of {E}.",
    "{E} continued its work to combat money laundering and terrorism financing, by presenting to {LEG} "
    "multiple bills on the matter.",
    "{E} is participating of the main multilateral exports control regimes.",
    "The Specialized Committee on Information Security was established on {MON} {Y-1}.",
    "This year, {E} continued the implementation of the Maritime Security Program with the support of the "
    "{I:CICTE} of the {I:OAS}, in order to develop an evaluation and training process at {N} ports.",
    "In early {Y}, the Authorized Economic Operator programme of the {A:customs} came into force.",
    "The {A:cyber} began operations as the national point of contact for cyber security incidents.",
]
ES_FORWARD = [
    "{E} will install {N} laboratories of document analysis in major airports, to identify fraudulent "
    "documents.",
    "The introduction of an Initiative for Preventing and Identifying Operations with illicit Resources and "
    "the Financing of Terrorism.",
    "{E} will continue the accession process to the {I:BUDAPEST}.",
    "The {A:aviation} will complete the National Civil Aviation Security Programme.",
]
ES_NEEDS = [
    "Money laundering and terrorism financing.",
    "Customs & Transportation Cargo Security.",
    "Weapons of mass destruction.",
    "Critical infrastructure protection.",
    "Detection of fraudulent travel documents.",
]
ES_OFFERS = [
    "Experience on Critical infrastructure; information protection.",
    "Training on Incident Response.",
    "Container Inspections.",
    "Expertise at interagency coordination on maritime issues.",
    "Training relative to FIU's mandate/tactical analysis/technological tools/best practices of "
    "international cooperation.",
    "Training on document examination.",
]

BILLS = [
    (
        "Bill of a {F}Law for the Prevention and Identification of Transactions with Criminal Proceeds",
        "related to DNFBPs, among other",
        "to establish a catalog of those activities that are most vulnerable to ML/FT",
    ),
    (
        "Bill of Decree by which the {F}Criminal Code and the {F}Criminal Procedures Code are amended",
        "related to the criminalization of legal persons and conspiracy, among other",
        "to establish that legal persons are liable for money laundering",
    ),
    (
        "Bill of Decree by which the {F}Criminal Code, the {F}Criminal Procedures Code and the {F}Law Against "
        "Organized Crime are amended",
        "related to the criminalization of terrorism and terrorism financing, among other",
        "to modify the current criminalization of terrorism and terrorism financing in order to "
        "make it fully consistent with the international standards",
    ),
    (
        "Bill of a Law on the Transparency of Non-Profit Organizations",
        "related to non-profit organizations",
        "to require the registration of non-profit organizations that collect or disburse funds abroad",
    ),
    (
        "Bill of a {F}Law against the Financing of Terrorism",
        "related to targeted financial sanctions, among other",
        "to implement targeted financial sanctions without delay",
    ),
    (
        "Bill of Decree by which the Banking and Credit Institutions Act is amended",
        "related to beneficial ownership",
        "to oblige banks to identify the beneficial owners of their clients",
    ),
    (
        "Bill of a Law on Cross-Border Transportation of Cash and Bearer Negotiable Instruments",
        "related to cash couriers",
        "to establish a declaration system for cross-border transportation of cash",
    ),
]

SECTORS = [
    'regulated and unregulated multiple purpose finance companies (also known as "SOFOMES")',
    'limited purpose finance companies (also known as "SOFOLLES")',
    "foreign exchange centers",
    "money remitters",
    "auxiliary credit organizations",
    "insurance companies",
    "bonding companies",
    "savings and loan cooperatives",
    "securities brokerage firms",
    "casinos and gaming establishments",
    'credit unions (also known as "CAPRES")',
    "pawnshops",
]

INSPECTION_OUTCOMES = [
    "Administrative act",
    "Administrative act",
    "Inspection report",
    "Corrective action plan",
    "Certificate of compliance",
]

# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------

_FOLD = str.maketrans(
    {
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "Æ": "AE",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "ı": "i",
        "ß": "ss",
        "ð": "d",
        "Ð": "D",
        "þ": "th",
        "œ": "oe",
        "Œ": "OE",
        "'": "",
    }
)


def ascii_fold(s: str) -> str:
    s = s.translate(_FOLD)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def slugify(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", ascii_fold(s).lower()).strip("-")


def ordinal_suffix(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def plain(md_inline: str) -> str:
    """Remove inline Markdown markup used by this generator."""
    s = md_inline.replace("<sup>", "").replace("</sup>", "").replace("**", "")
    return s.replace("*", "")


def strip_markdown(md: str) -> str:
    """Markdown -> plain text with whitespace collapsed (for verification)."""
    out = []
    for line in md.split("\n"):
        line = re.sub(r"^\s*#+\s*", "", line)
        line = re.sub(r"^\s*- ", "", line)
        if line.strip() == "---":
            line = ""
        out.append(line)
    return re.sub(r"\s+", " ", plain("\n".join(out))).strip()


def join_list(items: list[str]) -> str:
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " and " + items[-1]


def us_date(y: int, m: int, d: int) -> str:
    return f"{MONTHS[m - 1]} {d}, {y}"


def iso(y: int, m: int, d: int | None = None) -> str:
    return f"{y:04d}-{m:02d}" + (f"-{d:02d}" if d else "")


# ---------------------------------------------------------------------------
# Document blocks
# ---------------------------------------------------------------------------


@dataclass
class Block:
    md: str
    flat: str
    sep: str = "\n\n"  # separator placed before this block in the Markdown
    table: bool = False


@dataclass
class SyntheticReport:
    name: str
    markdown: str
    flattened: str
    truth: dict


@dataclass
class Agency:
    role: str
    name: str
    acronym: str
    domain: str


@dataclass
class Profile:
    name: str
    adjective: str
    culture: str
    cc: str
    tld: str
    sld: str
    legislature: str
    agencies: dict = field(default_factory=dict)
    ports: list = field(default_factory=list)
    cities: list = field(default_factory=list)
    area_codes: list = field(default_factory=list)


def _make_acronym(rng: random.Random, name: str, taken: set) -> str:
    words = [w for w in re.split(r"[\s-]+", name) if w and w.lower() not in STOP]
    cands = []
    if rng.random() < 0.6:
        cands.append("".join(w[0] for w in words).upper())
    # made-up "local-language" acronym, Mexico-style (SEDENA, SEMAR, CISEN)
    for _ in range(20):
        syl = "".join(
            rng.choice("BCDFGLMNPRSTV") + rng.choice("AEIOU") for _ in range(rng.randint(2, 3))
        )
        if rng.random() < 0.4:
            syl = rng.choice("SCDI") + syl
        cands.append(syl.upper())
    for c in cands:
        if 2 < len(c) <= 7 and c not in taken and c not in BANNED_ACRONYMS:
            taken.add(c)
            return c
    raise RuntimeError("could not make acronym")


def _make_profile(rng: random.Random, spec) -> Profile:
    name, adj, culture, cc, tld, sld, leg = spec
    p = Profile(name, adj, culture, cc, tld, sld, leg)
    taken: set = set()
    used_domains: set = set()
    for role, (names, kws) in AGENCY_ROLES.items():
        aname = rng.choice(names)
        acr = _make_acronym(rng, aname, taken)
        kw = acr.lower() if rng.random() < 0.5 else rng.choice(kws)
        if kw in used_domains:
            kw = acr.lower()
        used_domains.add(kw)
        p.agencies[role] = Agency(role, aname, acr, f"{kw}.{sld}.{tld}")
    cult = (
        "vietnamese" if culture == "vietnamese" else ("spanish" if culture == "mixed" else culture)
    )
    places = set()
    while len(places) < 14:
        pre = rng.choice(PLACE_PREFIX[cult])
        root = rng.choice(PLACE_ROOT[cult])
        places.add((pre + root).strip())
    places = sorted(places)
    rng.shuffle(places)
    p.ports, p.cities = places[:7], places[7:]
    if cc in NO_AREA_CODE:
        p.area_codes = [""]
    else:
        p.area_codes = sorted(
            {
                str(rng.randint(2, 99)) if rng.random() < 0.6 else str(rng.randint(2, 9))
                for _ in range(4)
            }
        )
    return p


class Ctx:
    """Per-report generation state; everything is produced in document order."""

    def __init__(self, rng: random.Random, prof: Profile, year: int, last_month: int):
        self.rng = rng
        self.p = prof
        self.year = year
        self.last_month = last_month
        self.mentioned: set = set()
        self.intl_mentioned: set = set()
        self.agency_order: list = []  # roles in order of first appearance
        self.acr_introduced: set = set()
        self.domain_seen: set = set()
        self.area_roles: list = []
        self.area_primary = "customs"
        self.spanish = prof.culture in ("spanish", "mixed")

    # -- dates ------------------------------------------------------------
    def rand_date(self, y0: int, m0: int = 1, d0: int = 1) -> tuple:
        """Random date >= (y0, m0, d0) and within the last-updated month."""
        lo = (y0, m0, d0)
        hi = (self.year, self.last_month, MONTH_DAYS[self.last_month - 1])
        if lo > hi:
            lo = hi
        for _ in range(50):
            y = self.rng.randint(lo[0], hi[0])
            m = self.rng.randint(1, 12)
            d = self.rng.randint(1, MONTH_DAYS[m - 1])
            if lo <= (y, m, d) <= hi:
                return (y, m, d)
        return hi

    # -- agencies -------------------------------------------------------------
    def _touch(self, role: str):
        if role not in self.agency_order:
            self.agency_order.append(role)

    def mention(self, role: str) -> str:
        ag = self.p.agencies[role]
        self._touch(role)
        if role not in self.mentioned:
            self.mentioned.add(role)
            self.acr_introduced.add(role)
            if self.spanish and self.rng.random() < 0.3:
                sep = self.rng.choice([", ", " "])
                return f"{ag.name} ({ag.acronym}{sep}for its acronym in Spanish)"
            return f"{ag.name} ({ag.acronym})"
        return ag.acronym if self.rng.random() < 0.6 else ag.name

    def intl(self, key: str) -> str:
        first, later = INTL[key]
        if key in self.intl_mentioned:
            return later
        self.intl_mentioned.add(key)
        return first

    # -- places -----------------------------------------------------------
    def ports(self, k: int) -> list:
        return self.rng.sample(self.p.ports, k)

    def fill(self, template: str, area_role: str | None = None) -> str:
        rng = self.rng

        def repl(m):
            tok = m.group(1)
            if tok == "E":
                return self.p.name
            if tok == "Eadj":
                return self.p.adjective
            if tok == "A":
                return self.mention(area_role or self.area_primary)
            if tok.startswith("A:"):
                return self.mention(tok[2:])
            if tok.startswith("I:"):
                return self.intl(tok[2:])
            if tok == "Y":
                return str(self.year)
            if tok.startswith("Y") and tok[1] in "+-":
                return str(self.year + int(tok[1:]))
            if tok == "MONYR":
                y, mth, _ = self.rand_date(self.year - 1)
                return f"{MONTHS[mth - 1]} {y}"
            if tok == "MON":
                return rng.choice(MONTHS)
            if tok == "DATE":
                return us_date(*self.rand_date(self.year - 2))
            if tok == "N":
                return str(rng.randint(2, 12))
            if tok == "BIGN":
                return str(rng.randint(15, 4800))
            if tok == "PCT":
                return str(rng.randint(55, 95))
            if tok == "PORT":
                return rng.choice(self.p.ports)
            if tok == "CITY":
                return rng.choice(self.p.cities)
            if tok == "PORTS":
                return join_list(self.ports(rng.randint(2, 4)))
            if tok in ("NPORTS_MAJOR", "NPORTS_MORE"):
                k = rng.randint(2, 5)
                lst = join_list(self.ports(k))
                word = ["two", "three", "four", "five"][k - 2] if rng.random() < 0.5 else str(k)
                return (
                    f"{word} of the major ports ({lst})"
                    if tok == "NPORTS_MAJOR"
                    else f"{word} more ports: {lst}"
                )
            if tok == "PORTSCHED":
                parts = []
                for pt in self.ports(rng.randint(3, 6)):
                    mth = rng.randint(1, 11)
                    d1 = rng.randint(1, 12)
                    if rng.random() < 0.3:
                        parts.append(
                            f"{pt} ({rng.randint(20, 28)} {MONTHS[mth - 1]}-{rng.randint(1, 17)} "
                            f"{MONTHS[mth]})"
                        )
                    else:
                        parts.append(f"{pt} ({d1}-{d1 + rng.randint(5, 16)} {MONTHS[mth - 1]})")
                return join_list(parts)
            if tok == "LEG":
                return LEGISLATURES[self.p.legislature][1]
            raise KeyError(tok)

        return re.sub(r"\{([^{}]+)\}", repl, template)


# ---------------------------------------------------------------------------
# Block builders
# ---------------------------------------------------------------------------


def heading(text: str, style) -> Block:
    kind, level = style
    if kind == "bold":
        md = f"**{text}**"
    elif kind == "hbold":
        md = "#" * level + f" **{text}**"
    else:
        md = "#" * level + " " + text
    return Block(md, text)


def para(inline: str, rng: random.Random | None = None) -> Block:
    md = inline
    if rng is not None and len(inline) > 140 and rng.random() < 0.04:
        # PDF-conversion artefact seen in the Mexico file: a paragraph broken in two
        # before a lowercase word.
        cuts = [
            m.start()
            for m in re.finditer(r" (?=[a-z])", inline)
            if 40 < m.start() < len(inline) - 30
        ]
        if cuts:
            c = rng.choice(cuts)
            md = inline[:c] + "\n\n" + inline[c + 1 :]
    return Block(md, plain(inline))


def bullet(inline: str, first: bool, level: int = 0) -> Block:
    return Block(("  " * level) + "- " + inline, "• " + plain(inline), "\n\n" if first else "\n")


def bullets(items: list, level: int = 0) -> list:
    return [bullet(it, i == 0, level) for i, it in enumerate(items)]


def sub_style(rng: random.Random, base):
    if rng.random() < 0.3:
        return ("bold", 0)
    return base


# ---------------------------------------------------------------------------
# Section generators; each returns (blocks, entries) where entries are the
# plain-text truth items (paragraphs and top-level bullets).
# ---------------------------------------------------------------------------

INTRO_UNDER = [
    "During {Y} {E} has established the following plans and actions:",
    "{E} has carried out the following actions:",
    "The main actions undertaken during {Y} are the following:",
]
INTRO_PLAN = [
    "{E} plans to carry out the following actions:",
    "For {Y+1}, the following actions are planned:",
    "As a major goal for the coming year, {E} is working on:",
]


def gen_free(
    ctx: Ctx, pool: list, k_lo: int, k_hi: int, area_role: str, intros=INTRO_UNDER
) -> tuple:
    rng = ctx.rng
    k = rng.randint(k_lo, min(k_hi, len(pool)))
    texts_t = rng.sample(pool, k)
    blocks, entries = [], []
    mode = rng.random()
    if mode < 0.55:
        for t in texts_t:
            s = ctx.fill(t, area_role)
            blocks.append(para(s, rng))
            entries.append(plain(s))
    elif mode < 0.8:
        intro = ctx.fill(rng.choice(intros), area_role)
        blocks.append(para(intro))
        entries.append(plain(intro))
        items = [ctx.fill(t, area_role) for t in texts_t]
        blocks += bullets(items)
        entries += [plain(i) for i in items]
    else:
        items = [ctx.fill(t, area_role) for t in texts_t]
        blocks += bullets(items)
        entries += [plain(i) for i in items]
    return blocks, entries


def gen_needs(ctx: Ctx, code: str, area_role: str) -> tuple:
    rng = ctx.rng
    blocks, entries = [], []
    r = rng.random()
    pool = NEEDS[code]
    if r < 0.35:
        return blocks, entries
    if r < 0.6 and code not in ("B", "C"):
        for t in NEEDS_INTRO[:2] if rng.random() < 0.5 else NEEDS_INTRO[1:2]:
            s = ctx.fill(t, area_role)
            blocks.append(para(s, rng))
            entries.append(plain(s))
    elif r < 0.75 and code not in ("B", "C"):
        s = ctx.fill(NEEDS_INTRO[2], area_role)
        blocks.append(para(s))
        entries.append(plain(s))
    items = rng.sample(pool, rng.randint(1, len(pool)))
    if len(items) == 1 and code in ("B", "C") and rng.random() < 0.5:
        blocks.append(para(items[0]))
    else:
        blocks += bullets(items)
    entries += items
    return blocks, entries


def gen_offers(ctx: Ctx, code: str, area_role: str) -> tuple:
    rng = ctx.rng
    blocks, entries = [], []
    r = rng.random()
    if r < 0.35:
        return blocks, entries
    intro = ctx.fill(OFFERS_INTRO[code], area_role)
    blocks.append(para(intro, rng))
    entries.append(plain(intro))
    if intro.endswith(":") or rng.random() < 0.4:
        items = rng.sample(OFFERS[code], rng.randint(1, len(OFFERS[code])))
        blocks += bullets(items)
        entries += items
    return blocks, entries


def gen_memberships(ctx: Ctx) -> tuple:
    """A.5 export-control regime sentences.  Returns (blocks, entries, memberships)."""
    rng, E = ctx.rng, ctx.p.name
    status = {}
    for r in REGIMES:
        x = rng.random()
        if x < 0.35:
            status[r] = "member"
        elif x < 0.55:
            status[r] = "applicant"
        elif x < 0.8:
            status[r] = "prospective"
    if not status:
        status[rng.choice(REGIMES)] = "member"
    dates: dict = {}
    sentences = []
    members = [r for r in REGIMES if status.get(r) == "member"]
    applicants = [r for r in REGIMES if status.get(r) == "applicant"]
    prospective = [r for r in REGIMES if status.get(r) == "prospective"]
    rng.shuffle(members)
    # members
    i = 0
    while i < len(members):
        fam = rng.random()
        if fam < 0.45:
            grp = members[i : i + rng.choice([1, 2])]
            i += len(grp)
            parts = []
            for r in grp:
                y, m, _ = ctx.rand_date(ctx.year - 4)
                dates[r] = iso(y, m)
                parts.append(f"the {r} in {MONTHS[m - 1]} {y}")
            sentences.append(f"{E} was admitted to " + " and to ".join(parts) + ".")
            continue
        r = members[i]
        i += 1
        y, m, d = ctx.rand_date(ctx.year - 4)
        if fam < 0.7:
            dates[r] = iso(y, m, d)
            sentences.append(f"{E} joined the {r} on {us_date(y, m, d)}.")
        elif fam < 0.85:
            dates[r] = iso(y, m)
            sentences.append(f"In {MONTHS[m - 1]} {y}, {E} became a member of the {r}.")
        else:
            dates[r] = iso(y, m)
            sentences.append(
                f"{E} has been a participating State of the {r} since {MONTHS[m - 1]} {y}."
            )
    # prospective (the "remaining regimes" list may include applicants, which keep their status)
    remaining = prospective + [r for r in applicants if rng.random() < 0.5]
    remaining = [r for r in REGIMES if r in remaining]
    prosp_sentences = []
    if len(remaining) >= 2 and rng.random() < 0.7:
        word = rng.choice(["regimes", "multilateral exports control regimes"])
        prosp_sentences.append(
            f"{E} expects to participate in the remaining {word}: {join_list(remaining)}."
        )
    else:
        for r in prospective:
            prosp_sentences.append(
                rng.choice(
                    [
                        f"{E} is considering joining the {r}.",
                        f"{E} intends to seek membership in the {r} in the near future.",
                    ]
                )
            )
    # applicants
    app_sentences = []
    for r in applicants:
        y, m, d = ctx.rand_date(ctx.year - 2)
        fam = rng.random()
        if fam < 0.45:
            dates[r] = iso(y, m, d)
            app_sentences.append(
                f"Respecting the {r}, on {MONTHS[m - 1]} {d}<sup>{ordinal_suffix(d)}</sup> {y}, "
                f"{E} submitted a formal request to become Member State."
            )
        elif fam < 0.75:
            dates[r] = iso(y, m, d)
            app_sentences.append(f"{E} applied for membership in the {r} on {us_date(y, m, d)}.")
        else:
            dates[r] = iso(y, m)
            app_sentences.append(
                f"In {MONTHS[m - 1]} {y}, {E} formally requested admission to the {r}."
            )
    sentences += prosp_sentences + app_sentences
    if rng.random() < 0.6:
        sentences.append(
            f"In this regard, {E} has established control measures over the transference of "
            f"conventional weapons, biological and chemical agents, and nuclear materials, "
            f"technologies, and dual-use goods."
        )
    blocks, entries = [], []
    if rng.random() < 0.5:
        intro = (
            f"{E} is interested in developing high technology and dual use goods, not weapons. In this "
            f"regard, {E} supports the objectives of the main multilateral exports control regimes: "
            f"Wassenaar Arrangement (WA), Nuclear Suppliers Group (NSG), Australia Group (AG) and Missile "
            f"Technology Control Regime (MTCR), in order to contribute to the regional and international "
            f"security and stability."
        )
        blocks.append(para(intro))
        entries.append(intro)
    # one or two paragraphs
    if len(sentences) > 2 and rng.random() < 0.4:
        cut = rng.randint(1, len(sentences) - 1)
        paras = [sentences[:cut], sentences[cut:]]
    else:
        paras = [sentences]
    for ps in paras:
        s = " ".join(ps)
        blocks.append(para(s))
        entries.append(plain(s))
    memberships = [
        {"regime": r, "status": status[r], "date": dates.get(r)} for r in REGIMES if r in status
    ]
    return blocks, entries, memberships


def gen_regulations(ctx: Ctx) -> tuple:
    rng = ctx.rng
    blocks, entries, regs = [], [], []
    intro = (
        f"During {ctx.year - 1} and so far in {ctx.year}, the General Provisions on Anti-Money Laundering "
        f"and Combating the Financing of Terrorism (AML/CFT) has been issued and published applying to the "
        f"following sectors:"
    )
    blocks.append(para(intro))
    entries.append(intro)
    items = []
    for sector in rng.sample(SECTORS, rng.randint(2, 7)):
        y, m, d = ctx.rand_date(ctx.year - 3)
        ev = [{"date": iso(y, m, d), "action": "issued"}]
        txt = f"General Provisions applicable to {sector}: issued on {us_date(y, m, d)}"
        if rng.random() < 0.5 and (y, m) < (ctx.year, ctx.last_month):
            m2 = m + 1 if m < 12 else 1
            y2 = y if m < 12 else y + 1
            y3, m3, d3 = ctx.rand_date(y2, m2)
            ev.append({"date": iso(y3, m3, d3), "action": "amended"})
            txt += rng.choice([", and amended on ", " and amended on "]) + us_date(y3, m3, d3)
        txt += "."
        items.append(txt)
        regs.append({"sector": re.sub(r"\s*\(also known as [^)]*\)", "", sector), "events": ev})
    blocks += bullets(items)
    entries += items
    if rng.random() < 0.4:
        s = "Find below the core points of these Provisions:"
        pts = rng.sample(
            [
                "The obligation of reporting entities to send to the FIU reports on terrorism and the financing of "
                "terrorism.",
                "The obligation of reporting entities to send to the FIU reports on international transfers.",
                "The obligation to identify beneficial ownership.",
                "The incorporation of stricter identification obligations for recently constituted companies.",
            ],
            rng.randint(1, 4),
        )
        blocks.append(para(s))
        blocks += bullets(pts)
        entries += [s, *pts]
    return blocks, entries, regs


def gen_bills(ctx: Ctx) -> tuple:
    rng = ctx.rng
    presenter, legis, chambers = LEGISLATURES[ctx.p.legislature]
    fed = "Federal " if ctx.p.legislature == "federal" else ""
    blocks, entries, bills = [], [], []
    intro = (
        f"Moreover, the following Bills have been presented during {ctx.year - 1} and so far in "
        f"{ctx.year}, in this matter:"
    )
    blocks.append(para(intro))
    entries.append(intro)
    for tpl, subject, purpose in rng.sample(BILLS, rng.randint(1, 3)):
        title = tpl.replace("{F}", fed)
        subj = subject if rng.random() < 0.8 else None
        head = f"**{title}**" + (f" (*{subj}*)" if subj else "") + "."
        blocks.append(bullet(head, True))
        entries.append(plain(head))
        n = rng.randint(1, 2 if len(chambers) == 1 else 3)
        events = []
        d1 = ctx.rand_date(ctx.year - 2)
        if rng.random() < 0.65:
            verb = rng.choice(["presented", "presented", "submitted"])
            text = f"The {title} was {verb} by the {presenter} to {legis} on {us_date(*d1)}."
            events.append({"date": iso(*d1), "actor": presenter, "action": "presented"})
            origin = rng.choice(chambers)
            order = [origin] + [c for c in chambers if c != origin]
        else:
            origin = rng.choice(chambers)
            text = f"The {title} was presented within the {origin} on {us_date(*d1)}."
            events.append({"date": iso(*d1), "actor": origin, "action": "presented"})
            order = [origin] + [c for c in chambers if c != origin]
        last = d1
        if n >= 2:
            d2 = ctx.rand_date(last[0], last[1], last[2] + 1 if last[2] < 28 else last[2])
            c1 = order[0]
            text += (
                f" {rng.choice(['The Bill was then approved', 'The Bill was approved'])} by the {c1} on "
                f"{us_date(*d2)}"
            )
            events.append({"date": iso(*d2), "actor": c1, "action": "approved"})
            last = d2
            if n == 3:
                d3 = ctx.rand_date(last[0], last[1], last[2] + 1 if last[2] < 28 else last[2])
                c2 = order[1]
                text += f", and {rng.choice(['more recently', 'subsequently'])} by the {c2} on {us_date(*d3)}"
                events.append({"date": iso(*d3), "actor": c2, "action": "approved"})
            text += "."
            if len(chambers) > 1 and rng.random() < 0.5:
                clast = events[-1]["actor"]
                other = next(c for c in chambers if c != clast)
                events[-1]["action"] = "approved-with-changes"
                text += (
                    f" The Bill approved by the {clast} included some changes (that do not alter the "
                    f"essence of the original project) and was therefore sent back to the {other} for its "
                    f"analysis and, if applicable, final approval."
                )
                if rng.random() < 0.4:
                    text += (
                        f" The next ordinary period of the {other} begins on September 1, {ctx.year}, and "
                        f"may extend until December 31 of the same year."
                    )
        else:
            at = origin
            text += f" The Bill, currently under analysis and discussion at the {at} seeks, among other, {purpose}."
        blocks.append(para(text))
        entries.append(text)
        bills.append({"title": title, "subject": subj, "events": events})
    return blocks, entries, bills


def gen_inspections(ctx: Ctx) -> tuple:
    rng = ctx.rng
    yr = ctx.year - rng.choice([0, 1])
    lead = (
        f"{ctx.p.name} has implemented the Verification Plan to Airports, that in {yr} included the following "
        f"airports:"
    )
    rows = ["AIRPORT\tDATE\tDOCUMENT"]
    flat_rows = ["AIRPORT DATE DOCUMENT"]
    insp, recs = [], []
    cities = rng.sample(ctx.p.cities, rng.randint(3, 7))
    mmax = ctx.last_month if yr == ctx.year else 12
    m = rng.randint(1, max(1, mmax - len(cities)))
    for c in cities:
        m = min(m + rng.choice([0, 1, 1, 2]), mmax)
        d1 = rng.randint(1, 20)
        if rng.random() < 0.15 and m < mmax:
            d1 = rng.randint(25, 28)
            d2 = rng.randint(1, 4)
            m2 = m + 1
            date = f"{d1} {MONTHS[m - 1]} - {d2} {MONTHS[m2 - 1]}"
        else:
            d2 = d1 + rng.randint(2, 6)
            m2 = m
            date = f"{d1}{rng.choice([' - ', '- ', ' - '])}{d2} {MONTHS[m - 1]}"
        outcome = rng.choice(INSPECTION_OUTCOMES)
        place = f"{c} Airport"
        recs.append(
            (
                (m, d1),
                f"{place}\t{date}\t{outcome}",
                f"{place} {date} {outcome}",
                {
                    "place": place,
                    "start": iso(yr, m, d1),
                    "end": iso(yr, m2, d2),
                    "outcome": outcome,
                },
            )
        )
        m = m2
    recs.sort(key=lambda x: x[0])  # rows in chronological order
    for _k, row, frow, t in recs:
        rows.append(row)
        flat_rows.append(frow)
        insp.append(t)
    table = Block("\n".join(rows), " ".join(flat_rows), table=True)
    return lead, table, insp


# ---------------------------------------------------------------------------
# Contacts
# ---------------------------------------------------------------------------


def person_name(rng: random.Random, culture: str) -> tuple:
    if culture == "mixed":
        culture = rng.choice(["spanish", "vietnamese", "english", "french"])
    if culture == "vietnamese":
        fam, mid, giv = rng.choice(VIET_FAMILY), rng.choice(VIET_MIDDLE), rng.choice(VIET_GIVEN)
        return f"{fam} {mid} {giv}", giv, fam
    given, surn = NAMES[culture]
    g = rng.choice(given)
    s = rng.sample(surn, 2 if culture in ("spanish", "portuguese") and rng.random() < 0.8 else 1)
    return f"{g} {' '.join(s)}", g, s[0]


def phone(rng: random.Random, prof: Profile, ext: bool) -> tuple:
    area = rng.choice(prof.area_codes)
    sub = str(rng.randint(2, 9)) + "".join(
        str(rng.randint(0, 9)) for _ in range(rng.choice([6, 7, 7]))
    )
    parts = [f"+{prof.cc}"] + ([area] if area else []) + [sub]
    num = " ".join(parts)
    uri = "tel:+" + re.sub(r"\D", "", num)
    if ext:
        e = str(rng.randint(1, 9)) + "".join(
            str(rng.randint(0, 9)) for _ in range(rng.randint(1, 4))
        )
        num += f" Ext. {e}"
        uri += f";ext={e}"
    return num, uri


def gen_contact(
    ctx: Ctx, code: str, role: str, emergency: bool = False, org_role: str | None = None
) -> tuple:
    rng, prof = ctx.rng, ctx.p
    ag = prof.agencies[org_role or role]
    ctx._touch(ag.role)
    name, given, surname = person_name(rng, prof.culture)
    hon = None
    if rng.random() < (0.45 if code in ("A.2", "A.5") else 0.2):
        hon = rng.choice(["Captain", "Commander"] if code == "A.2" else HONORIFICS)
    title = rng.choice(CONTACT_TITLES["A.3e" if emergency else code])
    g, s = (
        ascii_fold(given).lower().replace(" ", "").replace("-", ""),
        ascii_fold(surname).lower().replace(" ", "").replace("-", ""),
    )
    local = rng.choice(
        [f"{g[0]}{s}", f"{g}.{s}", f"{g[0]}{s[:6]}{rng.choice('abcdeglmprs')}", f"{s}.{g[0]}"]
    )
    if rng.random() < 0.08:
        local = rng.choice(["uif", "cert", "avsec", "contacto", "ct.focalpoint"]) + prof.tld
    email = f"{local}@{ag.domain}"
    ctx.domain_seen.add(ag.role)
    if rng.random() < 0.05:
        tel, tel_uri = None, None
    else:
        tel, tel_uri = phone(rng, prof, rng.random() < 0.65)
    if rng.random() < 0.6:
        fax, fax_uri = None, None
    else:
        fax, fax_uri = phone(rng, prof, False)
    label = "Emergency Aviation Security Point of Contact:" if emergency else "Contact Point:"
    who = f"{hon} {name}" if hon else name
    line1 = f"**{label}** Name: {who} Title: {title}."
    line2 = f"Telephone Number: {tel or 'N/A'} Fax Number: {fax or 'N/A'} Email Address: {email}"
    v = rng.random()
    if v < 0.6:
        blocks = [Block(f"{line1} {ag.name}.", plain(f"{line1} {ag.name}.")), Block(line2, line2)]
    elif v < 0.8:
        blocks = [
            Block(f"{line1}  \n{ag.name}.", plain(f"{line1} {ag.name}.")),
            Block(line2, line2),
        ]
    else:
        blocks = [Block(f"{line1} {ag.name}  \n{line2}", plain(f"{line1} {ag.name} {line2}"))]
    truth = {
        "name": name,
        "honorific": hon,
        "title": title,
        "organization": ag.name,
        "telephone": tel,
        "telephone_uri": tel_uri,
        "fax": fax,
        "fax_uri": fax_uri,
        "email": email,
        "role": "emergency contact" if emergency else "contact point",
    }
    return blocks, truth


# ---------------------------------------------------------------------------
# Report assembly
# ---------------------------------------------------------------------------


def gen_commitments(ctx: Ctx, code: str) -> tuple:
    rng = ctx.rng
    pool = [(s, ys) for s, ys in COMMITMENTS[code] if ys is None or max(ys) <= ctx.year]
    k = rng.randint(2, min(8, len(pool)))
    # keep template order for the real ones (as in the real reports), made-up ones interleaved
    chosen = sorted(rng.sample(range(len(pool)), k))
    items, truth = [], []
    for idx in chosen:
        s, ys = pool[idx]
        if ys is None:
            ys = sorted(rng.sample(range(2002, ctx.year + 1), rng.choice([1, 1, 2, 3])))
        items.append(f"{s} ({', '.join(str(y) for y in ys)}).")
        truth.append({"statement": plain(s), "years": list(ys)})
    return bullets(items), truth


def gen_exec_summary(ctx: Ctx, style) -> tuple:
    rng = ctx.rng
    blocks = [heading("EXECUTIVE SUMMARY", style)]
    ach = [ctx.fill(t) for t in rng.sample(ES_ACHIEVE, rng.randint(2, 6))]
    fw = [ctx.fill(t) for t in rng.sample(ES_FORWARD, rng.randint(1, 3))]
    needs = rng.sample(ES_NEEDS, rng.randint(0, 4))
    offers = rng.sample(ES_OFFERS, rng.randint(0, 5))
    quirk = rng.random() < 0.6  # Mexico: "- 1. Summary ... update.**" with nested bullets

    def numbered(text, first):
        if quirk:
            return Block(f"- {text}**", text, "\n\n" if first else "\n")
        return Block(f"**{text}**", text)

    def items(lst):
        if quirk:
            return [Block(f"  - {x}", "• " + plain(x), "\n") for x in lst]
        return bullets(lst)

    blocks.append(numbered(ES_1, True))
    blocks += items(ach)
    blocks.append(numbered(ES_2, False))
    blocks += items(fw)
    blocks.append(numbered(ES_3, False))
    blocks.append(Block("Needs:", "Needs:"))
    blocks += bullets(needs, 1 if quirk else 0)
    blocks.append(Block("Expertise and Assistance:", "Expertise and Assistance:"))
    if quirk and len(offers) > 2 and rng.random() < 0.5:
        cut = rng.randint(1, len(offers) - 1)
        blocks += bullets(offers[:cut], 1) + bullets(offers[cut:], 0)
    else:
        blocks += bullets(offers, 1 if quirk else 0)
    truth = {
        "achievements": [plain(x) for x in ach],
        "forward_work": [plain(x) for x in fw],
        "needs": needs,
        "offers": offers,
    }
    return blocks, truth


def gen_area(ctx: Ctx, code: str, head: str, style_pool) -> tuple:
    rng = ctx.rng
    contact_roles, mention_roles = AREA_ROLES[code]
    org_role = rng.choice(contact_roles)
    ctx.area_primary = mention_roles[0]
    blocks: list = []
    level = rng.choice([2, 3, 3, 4])
    area_style = ("bold", 0) if rng.random() < 0.08 else ("h", level)
    blocks.append(heading(head, area_style))
    contacts = []
    b, t = gen_contact(ctx, code, org_role)
    blocks += b
    contacts.append(t)
    if code == "A.3" and rng.random() < 0.5:
        b, t = gen_contact(ctx, code, org_role, emergency=True)
        blocks += b
        contacts.append(t)
    base = rng.choice(style_pool)
    sub_level = min(level + 1, 5)
    if base[0] != "bold":
        base = (base[0], sub_level)
    # commitments
    blocks.append(heading(H_COMMIT, sub_style(rng, base)))
    b, commitments = gen_commitments(ctx, code)
    blocks += b
    # measures undertaken
    blocks.append(heading(H_UNDER, sub_style(rng, base)))
    under_blocks, under = [], []
    memberships, bills, regs, insp = [], [], [], []
    if code == "A.5" and rng.random() < 0.85:
        mb, me, memberships = gen_memberships(ctx)
        b, e = (
            gen_free(ctx, UNDERTAKEN[code], 0, 3, ctx.area_primary)
            if rng.random() < 0.8
            else ([], [])
        )
        if rng.random() < 0.5:
            under_blocks, under = mb + b, me + e
        else:
            under_blocks, under = b + mb, e + me
    elif code == "B" and rng.random() < 0.9:
        if rng.random() < 0.8:
            b, e, regs = gen_regulations(ctx)
            under_blocks += b
            under += e
        b, e = gen_free(ctx, UNDERTAKEN[code], 0, 2, ctx.area_primary)
        under_blocks += b
        under += e
        if rng.random() < 0.8:
            b, e, bills = gen_bills(ctx)
            under_blocks += b
            under += e
    elif code == "A.3" and rng.random() < 0.5:
        intro = ctx.fill("During {Y} {E} has established the following plans and actions:")
        under_blocks.append(para(intro))
        under.append(intro)
        texts = [
            ctx.fill(t, ctx.area_primary) for t in rng.sample(UNDERTAKEN[code], rng.randint(1, 4))
        ]
        lead, table, insp = gen_inspections(ctx)
        pos = rng.randint(0, len(texts))
        before, after = texts[:pos], texts[pos:]
        under_blocks += [*bullets(before), bullet(lead, not before), table, *bullets(after)]
        under += [plain(x) for x in before] + [lead] + [plain(x) for x in after]
    elif rng.random() < 0.88:
        under_blocks, under = gen_free(ctx, UNDERTAKEN[code], 1, 4, ctx.area_primary)
    blocks += under_blocks
    # planned
    blocks.append(heading(H_PLAN, sub_style(rng, base)))
    planned = []
    if rng.random() < 0.7:
        b, planned = gen_free(ctx, PLANNED[code], 1, 3, ctx.area_primary, INTRO_PLAN)
        blocks += b
    # needs / offers
    blocks.append(heading(H_NEEDS, sub_style(rng, base)))
    b, needs = gen_needs(ctx, code, org_role)
    blocks += b
    st = sub_style(rng, base)
    if st[0] == "bold" and rng.random() < 0.25:
        blocks += [
            heading(H_OFFERS_A, st),
            heading(H_OFFERS_B, st),
        ]  # split heading, as in Mexico A.4
    else:
        blocks.append(heading(H_OFFERS, st))
    b, offers = gen_offers(ctx, code, org_role)
    blocks += b
    area_truth = {
        "title": dict((c, t) for c, _, t in AREAS)[code],
        "contacts": contacts,
        "commitments": commitments,
        "measures_undertaken": under,
        "measures_planned": planned,
        "needs": needs,
        "offers": offers,
    }
    return blocks, area_truth, memberships, bills, regs, insp


def _render_markdown(blocks: list) -> str:
    out = ["\n\n\n\n"]
    for i, b in enumerate(blocks):
        out.append((b.sep if i else "") + b.md)
    return "".join(out) + "\n"


def _render_flat(blocks: list, rng: random.Random, doc_id: str) -> str:
    pieces = [b.flat for b in blocks if b.flat]
    mode = rng.choice(["none", "page", "header", "both", "page", "both"])
    if mode == "none":
        return " ".join(pieces)
    page_len = rng.randint(2600, 4200)
    breaks, acc = [], 0
    for i, p in enumerate(pieces):
        acc += len(p) + 1
        if acc >= page_len and 3 < i < len(pieces) - 1:
            breaks.append(i)
            acc = 0
    total = len(breaks) + 1
    out, page = [], 1
    bset = set(breaks)
    for i, p in enumerate(pieces):
        out.append(p)
        if i in bset:
            if mode in ("page", "both"):
                out.append(f"Page {page} of {total}")
            if mode in ("header", "both"):
                out.append(doc_id)
            page += 1
    if mode in ("page", "both"):
        out.append(f"Page {total} of {total}")
    return " ".join(out)


def _make_report(rng: random.Random, idx: int, prof: Profile, year: int) -> SyntheticReport:
    last_month = rng.randint(6, 12)
    ctx = Ctx(rng, prof, year, last_month)
    # meeting: SOM1 (Jan-Mar) of the following year, occasionally SOM2
    myear = year + 1
    som = 1 if rng.random() < 0.8 else 2
    mmonth = rng.randint(1, 3) if som == 1 else rng.randint(4, 5)
    d1 = rng.randint(1, 25)
    d2 = d1 + rng.choice([1, 1, 2])
    mnum = 28 + 2 * (myear - 2013) + (som - 1)
    city, country = rng.choice(MEETING_PLACES)
    doc_id = f"{myear}/SOM{som}/CTTF/{rng.randint(3, 40):03d}"
    agenda = str(rng.randint(3, 12))
    E = prof.name
    meeting_name = f"{mnum}{ordinal_suffix(mnum)} Counter Terrorism Task Force Meeting"
    blocks = [
        Block("**Asia-Pacific  \nEconomic Cooperation**", "Asia-Pacific Economic Cooperation", ""),
        Block("---", ""),
        Block(f"**{doc_id}**", doc_id),
        Block(f"Agenda Item: {agenda}", f"Agenda Item: {agenda}"),
        Block(
            f"## **Counter-Terrorism Action Plan – {E}**", f"Counter-Terrorism Action Plan – {E}"
        ),
        Block(
            f"Purpose: Information  \nSubmitted by: {E}", f"Purpose: Information Submitted by: {E}"
        ),
        Block(
            f"**{mnum}<sup>{ordinal_suffix(mnum)}</sup> Counter Terrorism Task Force Meeting  \n{city}, "
            f"{country}  \n{d1}-{d2} {MONTHS[mmonth - 1]} {myear}**",
            f"{meeting_name} {city}, {country} {d1}-{d2} {MONTHS[mmonth - 1]} {myear}",
            "\n\n\n\n",
        ),
        Block("## APEC COUNTER-TERRORISM ACTION PLAN", "APEC COUNTER-TERRORISM ACTION PLAN"),
        Block("**ECONOMY:**", "ECONOMY:"),
        Block(E, E),
        Block("**CALENDAR YEAR:**", "CALENDAR YEAR:"),
        Block(str(year), str(year)),
        Block("**LAST UPDATED:**", "LAST UPDATED:"),
        Block(f"{MONTHS[last_month - 1]} {year}", f"{MONTHS[last_month - 1]} {year}"),
        Block(f"**Objective:** {OBJECTIVE}", f"Objective: {OBJECTIVE}"),
    ]
    es_style = rng.choice([("h", 3), ("h", 2), ("bold", 0)])
    b, es_truth = gen_exec_summary(ctx, es_style)
    blocks += b
    sec_style = ("h", 2) if rng.random() < 0.85 else ("hbold", 2)
    blocks.append(heading(SECTION_A, sec_style))
    style_pool = [("h", 4), ("hbold", 4), ("bold", 0), ("h", 3)]
    areas, memberships, bills, regs, insp = {}, [], [], [], []
    for code, head, _title in AREAS:
        b, at, mem, bl, rg, ins = gen_area(ctx, code, head, style_pool)
        if code in ("B", "C"):
            b[0] = heading(head, ("h", 2) if rng.random() < 0.8 else ("hbold", 2))
        blocks += b
        areas[code] = at
        memberships += mem
        bills += bl
        regs += rg
        insp += ins
    agencies = []
    for role in ctx.agency_order:
        ag = prof.agencies[role]
        agencies.append(
            {
                "name": ag.name,
                "acronym": ag.acronym if role in ctx.acr_introduced else None,
                "domain": ag.domain if role in ctx.domain_seen else None,
            }
        )
    name = f"synthetic-{idx:04d}-{slugify(E)}-{year}"
    counts = {
        "policy_areas": len(areas),
        "contact_points": sum(len(a["contacts"]) for a in areas.values()),
        "commitments": sum(len(a["commitments"]) for a in areas.values()),
        "measures": sum(
            len(a["measures_undertaken"]) + len(a["measures_planned"]) for a in areas.values()
        ),
    }
    truth = {
        "name": name,
        "document_id": doc_id,
        "economy": E,
        "calendar_year": year,
        "last_updated": iso(year, last_month),
        "agenda_item": agenda,
        "purpose": "Information",
        "submitted_by": E,
        "meeting": {
            "name": meeting_name,
            "location": f"{city}, {country}",
            "start": iso(myear, mmonth, d1),
            "end": iso(myear, mmonth, d2),
        },
        "executive_summary": es_truth,
        "policy_areas": areas,
        "agencies": agencies,
        "memberships": memberships,
        "bills": bills,
        "regulations": regs,
        "inspections": insp,
        "counts": counts,
    }
    md = _render_markdown(blocks)
    flat = _render_flat(blocks, rng, doc_id)
    return SyntheticReport(name, md, flat, truth)


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------

YEARS = list(range(2010, 2019))


def generate(n: int, seed: int = 0) -> list:
    """Generate ``n`` synthetic reports; pure and deterministic in (n, seed).

    Report ``i`` does not depend on ``n`` (generate(5) is a prefix of generate(100)).
    """
    rng = random.Random(seed)
    profiles: dict = {}
    used: dict = {}
    out = []
    if n > len(ECONOMIES) * len(YEARS):
        raise ValueError(f"at most {len(ECONOMIES) * len(YEARS)} distinct economy-years")
    for i in range(n):
        spec = rng.choice(ECONOMIES)
        if len(used.get(spec[0], ())) == len(YEARS):  # one report per economy and year
            spec = rng.choice([e for e in ECONOMIES if len(used.get(e[0], ())) < len(YEARS)])
        if spec[0] not in profiles:
            profiles[spec[0]] = _make_profile(rng, spec)
        free = [y for y in YEARS if y not in used.setdefault(spec[0], set())]
        year = rng.choice(free)
        used[spec[0]].add(year)
        out.append(_make_report(rng, i, profiles[spec[0]], year))
    return out


def _truth_json(truth: dict) -> str:
    return json.dumps(truth, ensure_ascii=False, indent=2) + "\n"


def write(reports, outdir: Path, forms=("md", "txt")) -> list:
    """Write NAME.md / NAME.txt (per ``forms``) and NAME.truth.json; return the paths."""
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    paths = []
    for r in reports:
        if "md" in forms:
            p = outdir / f"{r.name}.md"
            p.write_text(r.markdown, encoding="utf-8")
            paths.append(p)
        if "txt" in forms:
            p = outdir / f"{r.name}.txt"
            p.write_text(r.flattened, encoding="utf-8")
            paths.append(p)
        p = outdir / f"{r.name}.truth.json"
        p.write_text(_truth_json(r.truth), encoding="utf-8")
        paths.append(p)
    return paths


def write_fixtures(outdir: Path, seed: int = 7) -> list:
    """Two fixture cases: the first generated report as Markdown and the first report of a
    different economy as flattened text, named ``<economy-slug>-<year>``; the truth
    "name" is set to that stem."""
    reports = generate(20, seed)
    first = reports[0]
    second = next(r for r in reports[1:] if r.truth["economy"] != first.truth["economy"])
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    paths = []
    for r, ext, text in ((first, "md", first.markdown), (second, "txt", second.flattened)):
        stem = f"{slugify(r.truth['economy'])}-{r.truth['calendar_year']}"
        truth = dict(r.truth, name=stem)
        p = outdir / f"{stem}.{ext}"
        p.write_text(text, encoding="utf-8")
        q = outdir / f"{stem}.truth.json"
        q.write_text(_truth_json(truth), encoding="utf-8")
        paths += [p, q]
    return paths


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m tests.synthetic_reports",
        description="Write synthetic CTAP reports (NAME.md, NAME.txt, NAME.truth.json).",
    )
    ap.add_argument("n", type=int)
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--forms", default="md,txt", help="comma-separated subset of md,txt")
    ap.add_argument(
        "--fixtures",
        action="store_true",
        help="write the two fixture cases (one .md, one .txt) named <economy>-<year> instead",
    )
    a = ap.parse_args(argv)
    if a.fixtures:
        paths = write_fixtures(a.outdir, a.seed)
    else:
        paths = write(
            generate(a.n, a.seed),
            a.outdir,
            tuple(f.strip() for f in a.forms.split(",") if f.strip()),
        )
    for p in paths:
        print(p)
    return 0


if __name__ == "__main__":
    sys.exit(main())
