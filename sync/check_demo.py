#!/usr/bin/env python3
"""Checks the demo service catalogue in sync/content/{organisations,services}.

Validates every file against the C# document classes (ServiceCardDocument, ServiceParts, OpeningHours,
OrganisationDocument and their enums), the taxonomy in sync/taxonomy and the rules for demo content, then
checks the coverage of the catalogue. Prints the problems and exits 1, or prints a summary and exits 0.

Usage: python3 sync/check_demo.py   (standard library only)
"""
import datetime
import html.parser
import json
import math
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
CONTENT = os.path.join(HERE, "content")
TAXONOMY = os.path.join(HERE, "taxonomy")

# ---------------------------------------------------------------------------------------------- constants

SLUG_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")          # ContentSlug
SLUG_MAX = 80                                              # demo rule (ContentSlug.MaxLength is 200)
PHONE_RE = re.compile(r"^\+?[0-9 ./-]{6,20}$")             # ServiceContact.Phone, OrganisationDocument.Phone
FAKE_PHONE_RE = re.compile(r"^0\d{1,3} 0000 \d{4}$")       # demo rule: clearly fictitious, like "02 0000 0101"
CAP_RE = re.compile(r"^[0-9]{5}$")                         # Venue.PostalCode
TAX_RE = re.compile(r"^([0-9]{11}|[A-Za-z]{6}[0-9]{2}[A-Za-z][0-9]{2}[A-Za-z][0-9]{3}[A-Za-z])$")
VAT_RE = re.compile(r"^[0-9]{11}$")
IPA_RE = re.compile(r"^[A-Za-z0-9_]{2,20}$")
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")       # stricter than [EmailAddress]
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
TIME_RE = re.compile(r"^\d{2}:\d{2}:\d{2}$")
PROVINCE_RE = re.compile(r"^[A-Z]{2}$")

STATUSES = {"Active", "Inactive", "TemporarilyClosed", "Defunct"}
COST_KINDS = ["Free", "Paid", "IseeBased", "CompanyWelfare"]
ORG_KINDS = ["PublicBody", "SocialCooperative", "Company", "Association", "Other"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

POSTAL_CODES = {
    "carpiano": "20080", "cerro-al-lambro": "20077", "colturano": "20060", "dresano": "20070",
    "melegnano": "20077", "san-donato-milanese": "20097", "san-giuliano-milanese": "20098",
    "san-zenone-al-lambro": "26852", "vizzolo-predabissi": "20070",
}
PROVINCES = {k: ("LO" if k == "san-zenone-al-lambro" else "MI") for k in POSTAL_CODES}
MAX_DISTANCE_KM = 1.5

DEADLINE_FROM, DEADLINE_TO = "2026-12-01", "2027-09-30"
VERIFIED_FROM, VERIFIED_TO = "2026-10-01", "2026-11-30"

# Names of the real network partners: demo content must not use them.
REAL_NAMES = [r"Spazio Aperto", r"ASSEMI", r"\bPiano C\b", r"Alspes", r"Azienda Sociale Sud Est"]

RICH_TAGS = {"p", "ul", "ol", "li", "strong", "em", "a", "br", "h3", "h4"}
VOID_TAGS = {"br"}

ORG_FIELDS = {"title", "slug", "kind", "description", "taxCode", "vatNumber", "ipaCode", "website", "email",
              "phone", "address", "municipality", "networkMember", "isDemo"}
CARD_FIELDS = {"title", "slug", "shortDescription", "status", "statusReason", "category", "topics", "targetGroups",
               "targetDescription", "minimumAge", "maximumAge", "municipalities", "description", "howToApply",
               "requiredDocuments", "whatYouGet", "deadlines", "costDescription", "costOptions", "onlineUrl",
               "requestThroughPlatform", "venues", "contacts", "conditions", "moreInformation", "languages",
               "funding", "programme", "lastVerifiedOn", "isDemo"}
CARD_IGNORED = {"organisationId", "images", "attachments"}  # set or ignored by the importer: must be left out
DOC_FIELDS = {"text", "url"}
DEADLINE_FIELDS = {"date", "label"}
COST_FIELDS = {"kind", "label", "amount", "note", "validFrom", "validTo"}
VENUE_FIELDS = {"name", "address", "postalCode", "municipality", "province", "latitude", "longitude", "zoom",
                "accessibilityNotes", "hours"}
HOURS_FIELDS = {"validFrom", "validTo", "slots", "exceptions", "note"}
SLOT_FIELDS = {"day", "opens", "closes"}
EXCEPTION_FIELDS = {"date", "closed", "opens", "closes", "note"}
CONTACT_FIELDS = {"name", "role", "office", "email", "phone"}

MIN_CARDS, MIN_PER_CATEGORY, MIN_PER_MUNICIPALITY, MIN_PER_ORGANISATION = 40, 3, 4, 2

# ---------------------------------------------------------------------------------------------- helpers

problems = []


def problem(where, message):
    problems.append(f"{where}: {message}")


def load_keys(name):
    with open(os.path.join(TAXONOMY, name), encoding="utf-8") as fh:
        return {item["key"]: item for item in json.load(fh)}


def no_duplicate_keys(pairs):
    obj = {}
    for k, v in pairs:
        if k in obj:
            raise ValueError(f"duplicate property «{k}»")
        obj[k] = v
    return obj


def load_json(path):
    with open(path, encoding="utf-8") as fh:
        return json.load(fh, object_pairs_hook=no_duplicate_keys)


def is_str(v):
    return isinstance(v, str)


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


def is_number(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def blank(v):
    return v is None or (is_str(v) and not v.strip())


def unknown_fields(where, obj, allowed):
    if not isinstance(obj, dict):
        problem(where, "deve essere un oggetto JSON")
        return False
    for k in obj:
        if k not in allowed:
            problem(where, f"proprietà sconosciuta «{k}» (nomi in camelCase come le proprietà C#)")
    return True


def text(where, obj, field, required=False, max_len=None, min_len=0):
    v = obj.get(field)
    if v is None:
        if required:
            problem(where, f"«{field}» è obbligatorio")
        return None
    if not is_str(v):
        problem(where, f"«{field}» deve essere una stringa")
        return None
    if required and not v.strip():
        problem(where, f"«{field}» è obbligatorio e non può essere vuoto")
    if max_len is not None and len(v) > max_len:
        problem(where, f"«{field}» ha {len(v)} caratteri (massimo {max_len})")
    if min_len and len(v) < min_len:
        problem(where, f"«{field}» ha {len(v)} caratteri (minimo {min_len})")
    return v


def date(where, obj, field, required=False):
    v = obj.get(field)
    if v is None:
        if required:
            problem(where, f"«{field}» è obbligatorio")
        return None
    if not is_str(v) or not DATE_RE.match(v):
        problem(where, f"«{field}» deve essere una data AAAA-MM-GG, non {v!r}")
        return None
    try:
        datetime.date.fromisoformat(v)
    except ValueError:
        problem(where, f"«{field}» non è una data valida: {v}")
        return None
    return v


def time(where, obj, field, required=False):
    v = obj.get(field)
    if v is None:
        if required:
            problem(where, f"«{field}» è obbligatorio")
        return None
    if not is_str(v) or not TIME_RE.match(v):
        problem(where, f"«{field}» deve essere un orario HH:mm:ss, non {v!r}")
        return None
    h, m, s = (int(x) for x in v.split(":"))
    if h > 23 or m > 59 or s > 59:
        problem(where, f"«{field}» non è un orario valido: {v}")
        return None
    return v


def boolean(where, obj, field, required=False):
    v = obj.get(field)
    if v is None:
        if required:
            problem(where, f"«{field}» è obbligatorio")
        return None
    if not isinstance(v, bool):
        problem(where, f"«{field}» deve essere true o false")
        return None
    return v


def url(where, obj, field, max_len=500):
    v = text(where, obj, field, max_len=max_len)
    if v is None:
        return None
    if not re.match(r"^(https?|ftp)://", v, re.I):  # [Url] accepts http, https and ftp
        problem(where, f"«{field}» non è un indirizzo web valido: {v}")
        return v
    host = re.sub(r"^[a-z]+://", "", v, flags=re.I).split("/")[0].split(":")[0].lower()
    if not host.endswith(".example"):
        problem(where, f"«{field}»: i dati dimostrativi devono usare il dominio riservato .example ({v})")
    return v


def email(where, obj, field):
    v = text(where, obj, field, max_len=256)
    if v is None:
        return None
    if not EMAIL_RE.match(v):
        problem(where, f"«{field}» non è un'email valida: {v}")
    elif not v.lower().endswith(".example"):
        problem(where, f"«{field}»: le email dimostrative devono usare il dominio riservato .example ({v})")
    return v


def phone(where, obj, field):
    v = obj.get(field)
    if v is None:
        return None
    if not is_str(v) or not PHONE_RE.match(v):
        problem(where, f"«{field}» può contenere solo cifre, spazi e + . / - (da 6 a 20 caratteri): {v!r}")
    elif not FAKE_PHONE_RE.match(v):
        problem(where, f"«{field}» deve essere chiaramente fittizio, nella forma «02 0000 0101»: {v!r}")
    return v


def key_list(where, obj, field, keys, min_items=0, max_items=None, required_items=()):
    v = obj.get(field)
    if v is None:
        v = []
    if not isinstance(v, list) or not all(is_str(x) for x in v):
        problem(where, f"«{field}» deve essere un elenco di chiavi")
        return []
    for x in v:
        if x not in keys:
            problem(where, f"«{field}»: chiave sconosciuta «{x}»")
    if len(set(v)) != len(v):
        problem(where, f"«{field}» contiene chiavi ripetute")
    if len(v) < min_items or (max_items is not None and len(v) > max_items):
        bound = f"da {min_items} a {max_items}" if max_items is not None else f"almeno {min_items}"
        problem(where, f"«{field}» deve avere {bound} elementi (ne ha {len(v)})")
    for r in required_items:
        if r not in v:
            problem(where, f"«{field}» deve comprendere «{r}»")
    return v


def obj_list(where, obj, field, min_items=0, max_items=None):
    v = obj.get(field)
    if v is None:
        v = []
    if not isinstance(v, list):
        problem(where, f"«{field}» deve essere un elenco")
        return []
    if len(v) < min_items or (max_items is not None and len(v) > max_items):
        bound = f"da {min_items} a {max_items}" if max_items is not None else f"almeno {min_items}"
        problem(where, f"«{field}» deve avere {bound} elementi (ne ha {len(v)})")
    return v


class RichTextParser(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.errors, self.text, self.counts = [], [], [], Counter()

    def handle_starttag(self, tag, attrs):
        self.counts[tag] += 1
        if tag not in RICH_TAGS:
            self.errors.append(f"tag <{tag}> non ammesso")
        if tag == "a":
            href = dict(attrs).get("href") or ""
            if href.startswith("http") and not re.sub(r"^https?://", "", href).split("/")[0].endswith(".example"):
                self.errors.append(f"link esterno non dimostrativo {href}")
        if tag not in VOID_TAGS:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag in VOID_TAGS:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> non corrisponde al tag aperto")
        else:
            self.stack.pop()

    def handle_data(self, data):
        if data.strip() and not self.stack:
            self.errors.append("testo fuori da un paragrafo o da un elenco")
        self.text.append(data)


def rich(where, obj, field, required=False, max_len=10000):
    v = text(where, obj, field, required=required, max_len=max_len)
    if not v:
        return None
    p = RichTextParser()
    p.feed(v)
    p.close()
    for e in p.errors:
        problem(where, f"«{field}» (HTML): {e}")
    if p.stack:
        problem(where, f"«{field}» (HTML): tag non chiusi {p.stack}")
    return p


def distance_km(lat1, lng1, lat2, lng2):
    r = 6371.0
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lng2 - lng1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(a))


def fictitious_code(code):
    """An 11-digit tax code or VAT number with a valid check digit but office code 000, which no tax office has."""
    digits = [int(c) for c in code]
    s = 0
    for i, d in enumerate(digits[:10]):
        if i % 2 == 1:
            d = d * 2 - 9 if d * 2 > 9 else d * 2
        s += d
    return (10 - s % 10) % 10 == digits[10] and code[7:10] == "000"


def all_strings(value):
    if is_str(value):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from all_strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from all_strings(v)


def demo_safety(where, document):
    for s in all_strings(document):
        for name in REAL_NAMES:
            if re.search(name, s):
                problem(where, f"contiene il nome di un partner reale ({name.strip(chr(92) + 'b')}): i dati dimostrativi devono essere inventati")
        for m in re.finditer(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", s):
            if not m.group(0).lower().endswith(".example"):
                problem(where, f"email non dimostrativa nel testo: {m.group(0)}")
        for m in re.finditer(r"https?://([^/\s\"'<>]+)", s):
            if not m.group(1).lower().endswith(".example"):
                problem(where, f"indirizzo web non dimostrativo nel testo: {m.group(0)}")


# ---------------------------------------------------------------------------------------------- hours

def check_hours(where, hours):
    if not unknown_fields(where, hours, HOURS_FIELDS):
        return
    vf = date(where, hours, "validFrom")
    vt = date(where, hours, "validTo")
    if vf and vt and vt < vf:
        problem(where, "la fine della validità degli orari viene prima dell'inizio")
    text(where, hours, "note", max_len=300)
    open_days = set()
    per_day = {}
    slots = obj_list(where, hours, "slots", min_items=1)
    for i, s in enumerate(slots):
        w = f"{where}.slots[{i}]"
        if not unknown_fields(w, s, SLOT_FIELDS):
            continue
        day = s.get("day")
        if day not in DAYS:
            problem(w, f"«day» deve essere uno tra {', '.join(DAYS)}, non {day!r}")
        o, c = time(w, s, "opens", True), time(w, s, "closes", True)
        if o and c:
            if c <= o:
                problem(w, f"chiude ({c}) prima o quando apre ({o})")
            elif day in DAYS:
                open_days.add(day)
                for (o2, c2) in per_day.get(day, []):
                    if o < c2 and o2 < c:
                        problem(w, f"si sovrappone a un'altra fascia di {day} ({o2}-{c2})")
                per_day.setdefault(day, []).append((o, c))
    seen = set()
    for i, e in enumerate(obj_list(where, hours, "exceptions")):
        w = f"{where}.exceptions[{i}]"
        if not unknown_fields(w, e, EXCEPTION_FIELDS):
            continue
        d = date(w, e, "date", True)
        closed = e.get("closed", True)  # default true in C#
        if not isinstance(closed, bool):
            problem(w, "«closed» deve essere true o false")
            continue
        o, c = time(w, e, "opens"), time(w, e, "closes")
        text(w, e, "note", max_len=120)
        if blank(e.get("note")):
            problem(w, "indica il motivo dell'eccezione («note»)")
        if not closed:
            if not o or not c:
                problem(w, "se il giorno non è chiuso indica apertura e chiusura")
            elif c <= o:
                problem(w, f"chiude ({c}) prima o quando apre ({o})")
        elif o or c:
            problem(w, "un giorno chiuso non deve avere orari di apertura e chiusura")
        if d:
            if d in seen:
                problem(w, f"data {d} ripetuta")
            seen.add(d)
            if (vf and d < vf) or (vt and d > vt):
                problem(w, f"la data {d} è fuori dal periodo di validità degli orari")
            weekday = DAYS[datetime.date.fromisoformat(d).weekday()]
            if closed and open_days and weekday not in open_days:
                problem(w, f"chiusura il {d} ({weekday}), giorno in cui la sede è già chiusa")


# ---------------------------------------------------------------------------------------------- organisations

def check_organisation(path, data, municipalities):
    where = os.path.relpath(path, HERE)
    if not unknown_fields(where, data, {"document"}):
        return None
    doc = data.get("document")
    if not unknown_fields(where, doc, ORG_FIELDS):
        return None
    text(where, doc, "title", required=True, min_len=2, max_len=200)
    slug = text(where, doc, "slug", required=True, max_len=SLUG_MAX)
    if slug is not None:
        if not SLUG_RE.match(slug):
            problem(where, f"slug non valido «{slug}» (parole minuscole ASCII unite da un solo trattino)")
        if os.path.basename(path) != f"{slug}.json":
            problem(where, f"il nome del file deve essere «{slug}.json»")
    if doc.get("kind") not in ORG_KINDS:
        problem(where, f"«kind» deve essere uno tra {', '.join(ORG_KINDS)}, non {doc.get('kind')!r}")
    description = text(where, doc, "description", required=True, max_len=10000)
    if description and not description.startswith("Organizzazione dimostrativa."):
        problem(where, "la descrizione deve iniziare con «Organizzazione dimostrativa.»")
    for field, regex in (("taxCode", TAX_RE), ("vatNumber", VAT_RE), ("ipaCode", IPA_RE)):
        v = doc.get(field)
        if v is None:
            continue
        if not is_str(v) or not regex.match(v):
            problem(where, f"«{field}» non rispetta il formato richiesto: {v!r}")
        elif field != "ipaCode" and VAT_RE.match(v) and not fictitious_code(v):
            problem(where, f"«{field}» {v}: usa un codice fittizio (cifra di controllo valida e codice ufficio 000)")
    if doc.get("taxCode") is None:
        problem(where, "«taxCode» è richiesto per le organizzazioni dimostrative")
    url(where, doc, "website")
    email(where, doc, "email")
    phone(where, doc, "phone")
    text(where, doc, "address", max_len=300)
    m = doc.get("municipality")
    if m is not None and m not in municipalities:
        problem(where, f"«municipality»: comune sconosciuto «{m}»")
    boolean(where, doc, "networkMember")
    if doc.get("isDemo") is not True:
        problem(where, "«isDemo» deve essere true")
    demo_safety(where, doc)
    return doc


# ---------------------------------------------------------------------------------------------- service cards

def check_card(path, data, tax, org_slugs):
    where = os.path.relpath(path, HERE)
    if not unknown_fields(where, data, {"organisation", "document"}):
        return None
    org = data.get("organisation")
    if org not in org_slugs:
        problem(where, f"«organisation» «{org}» non corrisponde a nessuna organizzazione")
    doc = data.get("document")
    if not isinstance(doc, dict):
        problem(where, "«document» deve essere un oggetto")
        return None
    for k in CARD_IGNORED & set(doc):
        problem(where, f"«{k}» va omesso (lo imposta o lo ignora l'importatore)")
    unknown_fields(where, {k: v for k, v in doc.items() if k not in CARD_IGNORED}, CARD_FIELDS)

    text(where, doc, "title", required=True, min_len=3, max_len=160)
    slug = text(where, doc, "slug", required=True, max_len=SLUG_MAX)
    if slug is not None:
        if not SLUG_RE.match(slug):
            problem(where, f"slug non valido «{slug}» (parole minuscole ASCII unite da un solo trattino)")
        if os.path.basename(path) != f"{slug}.json":
            problem(where, f"il nome del file deve essere «{slug}.json»")
    text(where, doc, "shortDescription", required=True, max_len=160)

    status = doc.get("status", "Active")
    if status not in STATUSES:
        problem(where, f"«status» deve essere uno tra {', '.join(sorted(STATUSES))}, non {status!r}")
    reason = text(where, doc, "statusReason", max_len=300)
    if status != "Active" and blank(reason):
        problem(where, f"stato «{status}»: indica il motivo in «statusReason»")
    if status == "Active" and not blank(reason):
        problem(where, "un servizio attivo non deve avere «statusReason»")

    category = doc.get("category")
    if blank(category):
        problem(where, "«category» è obbligatoria")
    elif category not in tax["categories"]:
        problem(where, f"«category»: categoria sconosciuta «{category}»")
    key_list(where, doc, "topics", tax["topics"], 1, 3)
    key_list(where, doc, "targetGroups", tax["target-groups"], 1, 3)
    text(where, doc, "targetDescription", required=True, max_len=2000)

    ages = {}
    for field in ("minimumAge", "maximumAge"):
        v = doc.get(field)
        if v is None:
            continue
        if not is_int(v) or not 0 <= v <= 120:
            problem(where, f"«{field}» deve essere un intero tra 0 e 120, non {v!r}")
        else:
            ages[field] = v
    if "minimumAge" in ages and "maximumAge" in ages and ages["maximumAge"] < ages["minimumAge"]:
        problem(where, "l'età massima è minore dell'età minima")

    munis = key_list(where, doc, "municipalities", tax["municipalities"], 1)

    p = rich(where, doc, "description", required=True, max_len=20000)
    if p is not None:
        plain = " ".join("".join(p.text).split())
        if not plain.startswith("Servizio dimostrativo."):
            problem(where, "la descrizione deve iniziare con «Servizio dimostrativo.»")
        if not 2 <= p.counts["p"] <= 4:
            problem(where, f"la descrizione deve avere da 2 a 4 paragrafi <p> (ne ha {p.counts['p']})")
    rich(where, doc, "howToApply", required=True)
    for i, d in enumerate(obj_list(where, doc, "requiredDocuments", 1, 3)):
        w = f"{where}.requiredDocuments[{i}]"
        if unknown_fields(w, d, DOC_FIELDS):
            text(w, d, "text", required=True, max_len=300)
            url(w, d, "url")
    rich(where, doc, "whatYouGet", required=True)

    previous = None
    for i, d in enumerate(obj_list(where, doc, "deadlines")):
        w = f"{where}.deadlines[{i}]"
        if not unknown_fields(w, d, DEADLINE_FIELDS):
            continue
        dd = date(w, d, "date", True)
        text(w, d, "label", required=True, max_len=200)
        if dd:
            if not DEADLINE_FROM <= dd <= DEADLINE_TO:
                problem(w, f"la data {dd} è fuori dal periodo {DEADLINE_FROM} – {DEADLINE_TO}")
            if previous and dd < previous:
                problem(w, "le scadenze devono essere in ordine di data")
            previous = dd

    rich(where, doc, "costDescription", required=True, max_len=5000)
    kinds = set()
    for i, c in enumerate(obj_list(where, doc, "costOptions", 1, 3)):
        w = f"{where}.costOptions[{i}]"
        if not unknown_fields(w, c, COST_FIELDS):
            continue
        kind = c.get("kind")
        if kind not in COST_KINDS:
            problem(w, f"«kind» deve essere uno tra {', '.join(COST_KINDS)}, non {kind!r}")
        else:
            kinds.add(kind)
        text(w, c, "label", required=True, max_len=200)
        note = text(w, c, "note", max_len=500) or ""
        amount = c.get("amount")
        if amount is not None and (not is_number(amount) or not 0 <= amount <= 1_000_000):
            problem(w, f"«amount» deve essere un numero tra 0 e 1.000.000, non {amount!r}")
            amount = None
        if kind == "Free" and amount not in (None, 0):
            problem(w, "un'opzione gratuita non può avere un importo diverso da 0")
        if kind == "Paid" and (amount is None or amount <= 0):
            problem(w, "un'opzione a pagamento deve avere un importo maggiore di 0")
        if kind == "IseeBased" and "ISEE" not in note:
            problem(w, "un'opzione in base all'ISEE deve spiegare le fasce ISEE nella nota")
        if kind == "CompanyWelfare" and "welfare" not in note.lower():
            problem(w, "un'opzione welfare aziendale deve spiegare nella nota come usare i voucher")
        vf, vt = date(w, c, "validFrom"), date(w, c, "validTo")
        if vf and vt and vt < vf:
            problem(w, "la fine della validità viene prima dell'inizio")

    url(where, doc, "onlineUrl")
    boolean(where, doc, "requestThroughPlatform")

    for i, v in enumerate(obj_list(where, doc, "venues", 1, 3)):
        w = f"{where}.venues[{i}]"
        if not unknown_fields(w, v, VENUE_FIELDS):
            continue
        text(w, v, "name", required=True, max_len=200)
        address = text(w, v, "address", required=True, max_len=200)
        if address and not re.search(r"\d", address):
            problem(w, "l'indirizzo deve comprendere il numero civico")
        m = v.get("municipality")
        if blank(m):
            problem(w, "«municipality» è obbligatorio")
        elif m not in tax["municipalities"]:
            problem(w, f"«municipality»: comune sconosciuto «{m}»")
        elif m not in munis:
            problem(w, f"la sede è a «{m}», che non è tra i comuni serviti dalla scheda")
        cap = v.get("postalCode")
        if cap is not None and (not is_str(cap) or not CAP_RE.match(cap)):
            problem(w, f"«postalCode» deve avere 5 cifre: {cap!r}")
        elif m in POSTAL_CODES and cap != POSTAL_CODES[m]:
            problem(w, f"«postalCode» {cap} non è il CAP di {m} ({POSTAL_CODES[m]})")
        prov = v.get("province", "MI")
        if not is_str(prov) or not PROVINCE_RE.match(prov):
            problem(w, f"«province» deve essere la sigla di due lettere maiuscole: {prov!r}")
        elif m in PROVINCES and prov != PROVINCES[m]:
            problem(w, f"«province» di {m} è {PROVINCES[m]}, non {prov}")
        lat, lng = v.get("latitude"), v.get("longitude")
        if (lat is None) != (lng is None):
            problem(w, "indica sia la latitudine sia la longitudine, oppure nessuna delle due")
        elif lat is None:
            problem(w, "le sedi dimostrative devono avere le coordinate")
        elif not is_number(lat) or not is_number(lng) or not -90 <= lat <= 90 or not -180 <= lng <= 180:
            problem(w, f"coordinate non valide: {lat!r}, {lng!r}")
        else:
            if round(lat, 4) != lat or round(lng, 4) != lng:
                problem(w, "le coordinate devono avere al massimo 4 decimali")
            centre = tax["municipalities"].get(m)
            if centre:
                km = distance_km(lat, lng, centre["lat"], centre["lng"])
                if km > MAX_DISTANCE_KM:
                    problem(w, f"la sede è a {km:.2f} km dal centro di {m} (massimo {MAX_DISTANCE_KM} km)")
        zoom = v.get("zoom", 16)
        if not is_int(zoom) or not 1 <= zoom <= 19:
            problem(w, f"«zoom» deve essere un intero tra 1 e 19, non {zoom!r}")
        text(w, v, "accessibilityNotes", max_len=500)
        if "hours" not in v:
            problem(w, "indica gli orari («hours»)")
        else:
            check_hours(f"{w}.hours", v["hours"])

    for i, c in enumerate(obj_list(where, doc, "contacts", 1, 2)):
        w = f"{where}.contacts[{i}]"
        if not unknown_fields(w, c, CONTACT_FIELDS):
            continue
        text(w, c, "name", max_len=150)
        text(w, c, "role", max_len=150)
        text(w, c, "office", max_len=200)
        email(w, c, "email")
        phone(w, c, "phone")
        if all(blank(c.get(f)) for f in ("email", "phone", "office")):
            problem(w, "ogni contatto deve avere almeno un'email, un telefono o un ufficio")

    rich(where, doc, "conditions")
    rich(where, doc, "moreInformation")
    key_list(where, doc, "languages", tax["languages"], 1, required_items=("it",))
    text(where, doc, "funding", max_len=300)
    text(where, doc, "programme", max_len=300)
    verified = date(where, doc, "lastVerifiedOn", True)
    if verified and not VERIFIED_FROM <= verified <= VERIFIED_TO:
        problem(where, f"«lastVerifiedOn» {verified} è fuori dal periodo {VERIFIED_FROM} – {VERIFIED_TO}")
    if doc.get("isDemo") is not True:
        problem(where, "«isDemo» deve essere true")
    demo_safety(where, doc)
    doc["_kinds"] = kinds
    return doc


# ---------------------------------------------------------------------------------------------- main

def json_files(folder):
    path = os.path.join(CONTENT, folder)
    if not os.path.isdir(path):
        problem(folder, "cartella mancante")
        return []
    files = sorted(os.path.join(path, f) for f in os.listdir(path))
    for f in files:
        if not f.endswith(".json"):
            problem(os.path.relpath(f, HERE), "solo file .json in questa cartella")
    return [f for f in files if f.endswith(".json")]


def main():
    tax = {name: load_keys(f"{name}.json") for name in ("categories", "topics", "target-groups", "languages", "municipalities")}
    if set(tax["municipalities"]) != set(POSTAL_CODES):
        problem("taxonomy/municipalities.json", "i comuni non corrispondono alla tabella dei CAP del controllo")

    orgs = {}
    for path in json_files("organisations"):
        try:
            data = load_json(path)
        except ValueError as e:
            problem(os.path.relpath(path, HERE), f"JSON non valido: {e}")
            continue
        doc = check_organisation(path, data, tax["municipalities"])
        if doc and is_str(doc.get("slug")):
            if doc["slug"] in orgs:
                problem(os.path.relpath(path, HERE), f"slug «{doc['slug']}» ripetuto")
            orgs[doc["slug"]] = doc

    cards = []
    slugs = set()
    for path in json_files("services"):
        try:
            data = load_json(path)
        except ValueError as e:
            problem(os.path.relpath(path, HERE), f"JSON non valido: {e}")
            continue
        doc = check_card(path, data, tax, set(orgs))
        if doc is None:
            continue
        if is_str(doc.get("slug")):
            if doc["slug"] in slugs:
                problem(os.path.relpath(path, HERE), f"slug «{doc['slug']}» ripetuto")
            slugs.add(doc["slug"])
        cards.append((data.get("organisation"), doc))

    titles = Counter(d.get("title") for _, d in cards)
    for t, n in titles.items():
        if n > 1:
            problem("services", f"titolo ripetuto in {n} schede: «{t}»")

    # coverage
    per_category = Counter(d.get("category") for _, d in cards)
    per_municipality = Counter(m for _, d in cards for m in set(d.get("municipalities") or []) if is_str(m))
    per_org = Counter(o for o, _ in cards)
    per_kind = Counter(k for _, d in cards for k in d["_kinds"])
    per_status = Counter(d.get("status", "Active") for _, d in cards)
    org_kinds = Counter(o.get("kind") for o in orgs.values())

    if len(cards) < MIN_CARDS:
        problem("copertura", f"servono almeno {MIN_CARDS} schede (ce ne sono {len(cards)})")
    for c in tax["categories"]:
        if per_category[c] < MIN_PER_CATEGORY:
            problem("copertura", f"categoria «{c}»: {per_category[c]} schede (minimo {MIN_PER_CATEGORY})")
    for m in tax["municipalities"]:
        if per_municipality[m] < MIN_PER_MUNICIPALITY:
            problem("copertura", f"comune «{m}»: {per_municipality[m]} schede (minimo {MIN_PER_MUNICIPALITY})")
    for o in orgs:
        if per_org[o] < MIN_PER_ORGANISATION:
            problem("copertura", f"organizzazione «{o}»: {per_org[o]} schede (minimo {MIN_PER_ORGANISATION})")
    for k in COST_KINDS:
        if per_kind[k] == 0:
            problem("copertura", f"nessuna scheda ha un'opzione di costo «{k}»")
    for k in ("PublicBody", "SocialCooperative", "Company", "Association"):
        if org_kinds[k] == 0:
            problem("copertura", f"nessuna organizzazione di tipo «{k}»")
    if per_status["TemporarilyClosed"] < 2 or per_status["Inactive"] < 1:
        problem("copertura", "servono almeno 2 schede «TemporarilyClosed» e 1 «Inactive»")
    if cards and per_status["Active"] < 0.75 * len(cards):
        problem("copertura", "la maggior parte delle schede deve essere «Active»")

    if problems:
        print(f"{len(problems)} problemi nei dati dimostrativi:\n")
        for p in problems:
            print(" - " + p)
        return 1

    def table(title, counter, keys, labels=None):
        print(f"\n{title}")
        for k in keys:
            label = labels[k]["label"] if labels and k in labels else k
            print(f"  {label:<45} {counter[k]:>3}")

    print(f"Dati dimostrativi validi: {len(orgs)} organizzazioni, {len(cards)} schede servizio.")
    table("Schede per categoria", per_category, list(tax["categories"]), tax["categories"])
    table("Schede per comune servito", per_municipality, list(tax["municipalities"]), tax["municipalities"])
    table("Organizzazioni per tipo", org_kinds, [k for k in ORG_KINDS if org_kinds[k]])
    table("Schede per organizzazione", per_org, sorted(orgs), None)
    table("Schede per tipo di costo", per_kind, COST_KINDS)
    table("Schede per stato", per_status, [s for s in ("Active", "TemporarilyClosed", "Inactive", "Defunct") if per_status[s]])
    return 0


if __name__ == "__main__":
    sys.exit(main())
