"""Notice sections: headings, the data-content section, and the register's name, controller and dates.

Published notices follow the old henkilötietolaki § 10 layout: numbered or colon-ended headings
("4. Rekisterin tietosisältö", "Rekisterin nimi:"), or a two-column table pasted as tab-separated
rows. A heading is recognised by its words, not its looks, because data items ("Postiosoite") are
just as short as headings.

>>> lines = ["Tietosuojaseloste", "1. Rekisterinpitäjä", "Esimerkki Oy", "Y-tunnus: 1572860-0",
...          "2. Rekisterin tietosisältö", "Nimi, osoite", "3. Tietolähteet", "Asiakas itse."]
>>> [(s.kind, s.heading) for s in split_sections(lines)]
[('title', ''), ('controller', 'Rekisterinpitäjä'), ('data', 'Rekisterin tietosisältö'), ('other', 'Tietolähteet')]
>>> [text for _, text in data_sections(lines)[0].body]
['Nimi, osoite']
>>> find_controller(split_sections(lines)), find_business_id(lines)
('Esimerkki Oy', '1572860-0')
>>> find_dates(["Laadittu 7.5.2018.", "Viimeisin muutos 1.3.2022."])
[('Laadittu', '2018-05-07'), ('Viimeisin muutos', '2022-03-01')]
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field

from piiscan.terms import fold

# Heading vocabulary, matched against the folded heading text (number and colon removed).
_DATA_HEADINGS = re.compile(
    r"tietosisal|sisaltamat (henkilo)?tiedot|kasiteltavat (henkilo)?tiedot|kasittelemme seuraavia"
    r"|henkilotietoryhm|henkilotietojen ryhm|(tallennettav|talletettav)\w* (henkilo)?(tiedot|tietoj?a)|rekisteroitavat tiedot"
    r"|keraamamme|joita (kasittelemme|keraamme)|rekisteroidyista kerattav|kerattavat henkilotiedot"
    r"|vilka personuppgifter|personuppgifter som registreras|uppgifter som behandlas"
    r"|what (personal )?(data|information)|(personal )?(data|information) (that )?(we )?(collect|process|hold|store)"
    r"|(collected|processed|stored) (personal )?(data|information)|types of (personal )?(data|information)"
    r"|innehaller foljande|omfattar foljande|uppgifter som (samlas|behandlas|registreras|lagras)|insamlade uppgifter"
    r"|kerattavat (henkilo)?tiedot|mita (henkilo)?tietoja|rekisterin sisalto|sisaltaa seuraav\w* tietoj?a"
    r"|datainnehall|personuppgifter som behandlas|kategorier av personuppgifter|registrets innehall"
    r"|uppgifter som registreras|behandlade personuppgifter"
    r"|categories of personal data|data content|content of the register|personal data (we|that we) "
    r"(collect|process)|personal data processed|types of personal data|what personal data|data we collect"
    r"|information we collect|^what we (collect|hold|keep|record|store)"
    r"|^(information|data|details|personal data) (that )?you (give|provide|share|submit)( us| to us)?$"
    r"|^(tiedot|henkilotiedot),? (jotka|joita) (annat|luovutat|ilmoitat)|^uppgifter (som )?du (lamnar|ger|uppger)")
# "B) Sähköisesti käsiteltävät tiedot", "ATK:lla käsiteltävät tiedot": how the register is kept safe, not its data
_SECURITY_HEADINGS = re.compile(r"^(sahkoisesti|sahkoinen|atk|manuaali|paperi|digitaalisesti|tietojarjestelmi|elektronisk"
                                r"|manuell|electronic|manual|paper)")
_CONTROLLER_HEADINGS = re.compile(
    r"^(kuka on |who is the |who is |vem ar )?(rekisterin ?pitaja|rekisteripitaja|personuppgiftsansvarig|registeransvarig"
    r"|(data )?controller)(n yhteystiedot|'s contact details|s kontaktuppgifter)?\W*$"
    r"|^(rekisterin ?pitaja|rekisteripitaja|personuppgiftsansvarig|registeransvarig|(data )?controller)")
_REGISTER_HEADINGS = re.compile(r"^rekisterin nimi|^registrets namn|^name of the register|^register name")
_OTHER_HEADINGS = re.compile(
    r"tarkoitu|peruste|tietolahte|lahteet|luovut|siirto|siirra|suojau|sailyt|kesto|tarkastusoikeu|oikeude"
    r"|^oikeus|evaste|kasittely|paatoksenteko|profilointi|valitus|muutokset|yhteyshenkilo\b|oikeellisuu"
    r"|laatimispaiva|laadittu|paivitetty|viimeisin muutos"
    r"|andamal|rattslig grund|kallor|utlamn|overfor|lagring|sakerhet|rattigheter|kakor|kontaktperson\b"
    r"|purpose|legal basis|source|recipient|transfer|retention|security|rights|cookies|contact person\b"
    r"|mista tiedot|kuinka kauan|luovutetaanko|kenelle|rekisteroityjen ryhmat|rekisteroidyt"
    r"|^why\b|^how (long|we)|^who we are|^your rights|shar(e|ing)|disclos|come from|^where (we|the|your) ")
_NUMBERED = re.compile(r"^\s*(?:\d{1,2}|[A-H])\s*[.)]\s+(?=\S)")
_MAX_HEADING_WORDS = 12


@dataclass
class Section:
    """A heading and the lines under it, each with its 1-based line number."""

    kind: str  # "title" (before the first heading), "data", "controller", "register", "other", "unknown"
    heading: str
    line: int
    body: list[tuple[int, str]] = field(default_factory=list)


def heading_kind(line: str) -> str | None:
    """The kind of section a line opens, or None if it is not a heading.

    >>> heading_kind("4. Rekisterin tietosisältö"), heading_kind("Rekisterin nimi:")
    ('data', 'register')
    >>> heading_kind("Postiosoite") is None, heading_kind("- Säilytysaika") is None
    (True, True)
    """
    text = line.strip()
    marked = re.match(r"#{1,6}\s+", text)  # a Markdown or HTML heading: a heading whatever its words
    text = text[marked.end():] if marked else text
    if not text or text[0] in "-–•*" or len(text) > 120:
        return None
    numbered = bool(_NUMBERED.match(text))
    title = fold(_NUMBERED.sub("", text)).strip().rstrip(":").strip()
    if not title or len(title.split()) > _MAX_HEADING_WORDS or re.search(r"[.;!?]\s", title):
        return None
    if title.endswith(".") and not numbered:
        return None  # a sentence, not a heading
    if _SECURITY_HEADINGS.match(title) or re.search(r"suojau|tietoturv|sakerhet|security|skyddet|skydd av", title):
        return "other"  # "Rekisterin suojauksen periaatteet B: ATK:lla käsiteltävät tiedot"
    if _DATA_HEADINGS.search(title):
        return "data"
    if re.search(r"seuraav|following|foljande", title):
        return None  # "Käsittelemme yhteyshenkilöistä seuraavia tietoja:" introduces items
    if text.endswith(":") and not numbered and re.search(r"(sta|ista)$|^(for|about|om|for) ", title):
        return None  # "Asiakasyritysten yhteyshenkilöistä:" labels whose data follow, inside a section
    for kind, pattern in (("controller", _CONTROLLER_HEADINGS), ("register", _REGISTER_HEADINGS),
                          ("other", _OTHER_HEADINGS)):
        if pattern.search(title):
            return kind
    # Headings known only by their looks: what they head is decided by what is under them
    if title.endswith("?") and len(title.split()) <= 10:
        return "unknown"  # question headings: "Mitä tiedämme sinusta?"
    if marked:
        return "unknown"
    if numbered and not re.search(r"[,:]", title) and title[:1].isalpha():
        from piiscan.draft.items import map_phrase

        # "3. Asiakkaan nimi" in a numbered data list is an item, "3. Rekisterin käyttö" is a heading
        return None if map_phrase(title) else "unknown"
    return None


def split_sections(lines: list[str]) -> list[Section]:
    """The notice cut at its headings; tab rows ("heading<TAB>text") are a heading with inline text."""
    sections = [Section("title", "", 1)]
    numbered_headings = [number for number, raw in enumerate(lines, start=1)
                         if _NUMBERED.match(raw.strip().lstrip("#").strip()) and heading_kind(raw.split("\t")[0])]
    data_level = 0  # level of the marked heading that opened the current data section (0: unmarked)
    for number, raw in enumerate(lines, start=1):
        line = raw.strip()
        if not line:
            continue
        later_numbered = bool(numbered_headings) and numbered_headings[-1] > number
        level = len(re.match(r"#*", line).group(0))
        if _in_numbered_data(sections[-1], lines, number, later_numbered) and not level \
                and not _NUMBERED.match(line):
            # "Contact persons of customers" under "3. What personal data do we process?": while the
            # numbering goes on, an unnumbered line is a sub-group of the data, not the next section
            sections[-1].body.append((number, line if "\t" in line else " ".join(line.split("\t"))))
            continue
        if sections[-1].kind == "data" and not sections[-1].body and not level and not _NUMBERED.match(line) \
                and heading_kind(line.split("\t")[0]) not in (None, "data"):
            # "What personal data do we collect?" then "Customers (contact persons of our clients)": a heading
            # with nothing under it yet is followed by its first sub-group, not by the next section
            sections[-1].body.append((number, line))
            continue
        if level and sections[-1].kind == "data" and data_level and level > data_level \
                and heading_kind(line) != "data":
            # "### Cookies" under "## What personal data we collect" is part of it, and may name data
            sections[-1].body.append((number, _clean_heading(line)))
            continue
        head, tab, rest = raw.lstrip(" ").partition("\t")
        kind = heading_kind(head) if tab and head.strip() else None
        if tab and head.strip() and not kind:
            sections[-1].body.append((number, line))  # a table row of data: cells stay apart
            continue
        if kind:
            sections.append(Section(kind, _clean_heading(head), number))
            inline = " ".join(cell.strip() for cell in rest.split("\t") if cell.strip())
            if inline:
                sections[-1].body.append((number, inline))
            continue
        label, colon, after = line.partition(":")
        kind = heading_kind(label) if colon and after.strip() else None
        if kind in ("data", "register", "controller"):
            # "Rekisterinpitäjä: Esimerkki Oy, ..." opens the section and starts its body
            sections.append(Section(kind, _clean_heading(label), number, [(number, after.strip())]))
            continue
        if kind == "other" and sections[-1].kind == "data" and _names_categories(after):
            # "Yhteistyökumppanien yhteyshenkilöt: nimi, yritys, titteli" is more data, not a new section
            sections[-1].body.append((number, line))
            continue
        if kind == "other" and sections[-1].kind == "data":
            # "TIETOLÄHTEET: Asiakas itse." after the data ends them
            sections.append(Section(kind, _clean_heading(label), number, [(number, after.strip())]))
            continue
        kind = heading_kind(line)
        if kind:
            if kind == "data" and sections[-1].kind != "data":
                data_level = level
            sections.append(Section(kind, _clean_heading(line), number))
            continue
        sections[-1].body.append((number, " ".join(line.split("\t"))))
    return sections


def _in_numbered_data(section: Section, lines: list[str], number: int, later_numbered: bool) -> bool:
    """Whether `section` is a data section opened by a numbered heading, with numbered headings still to come."""
    if section.kind != "data" or not later_numbered:
        return False
    opening = lines[section.line - 1].strip().lstrip("#").strip()
    return bool(_NUMBERED.match(opening))


def _lists_data(body: list[tuple[int, str]], least: int) -> bool:
    """Whether lines name at least `least` categories and are mostly data items, not prose about data."""
    from piiscan.draft.items import split_items

    phrases = split_items(body)
    named = {m.key for phrase in phrases for m in phrase.matches}
    # an item is a few words ("Sähköpostiosoite", "tiedot tilauksista"); prose that mentions data is not
    items = sum(1 for phrase in phrases if phrase.matches and len(phrase.text.split()) <= 5)
    return len(named) >= least and items >= 0.5 * len(phrases)


def _names_categories(text: str) -> bool:
    from piiscan.draft.items import split_items

    return sum(1 for phrase in split_items([(0, text)]) if phrase.matches) >= 2


def _clean_heading(text: str) -> str:
    return _NUMBERED.sub("", re.sub(r"^#{1,6}\s+", "", text.strip())).strip().rstrip(":").strip()


def data_sections(lines: list[str]) -> list[Section]:
    """Every data-content section; consecutive ones (a heading and its lead-in line) are merged."""
    found: list[Section] = []
    previous_kind = None
    for section in split_sections(lines):
        if section.kind == "unknown" and _lists_data(section.body, 2 if previous_kind == "data" else 3):
            # a heading worded in a way not known ("Information you give us", "Asiakkaista") over a
            # list of data items: the items say what it is
            section.kind = "data"
            section.heading += " (guessed: its lines list personal data)"
        if section.kind == "data":
            if previous_kind == "data":
                found[-1].body.extend(section.body)
            else:
                found.append(section)
        previous_kind = section.kind
    if found:
        return found
    return _lead_in_section(lines) or _densest_section(lines)


def _densest_section(lines: list[str]) -> list[Section]:
    """No data heading and no lead-in: the section whose lines name the most categories, if it names
    at least three; its heading says it was guessed, so the DPO checks it."""
    from piiscan.draft.items import split_items

    best: tuple[int, Section] | None = None
    for section in split_sections(lines):
        if section.kind in ("controller", "register") or not section.body:
            continue
        named = {m.key for phrase in split_items(section.body) for m in phrase.matches}
        if len(named) >= 3 and (best is None or len(named) > best[0]):
            best = (len(named), section)
    if best is None:
        return []
    section = best[1]
    heading = f"{section.heading or 'the text before the first heading'} (guessed: no data-content heading)"
    return [Section("data", heading, section.line, section.body)]


_LEAD_IN = re.compile(r"(tallennetaan|talletetaan|kerataan|kasitellaan|sisaltaa|ovat)\b.*\b(seuraav|tiedot|tietoja)"
                      r"|\bseuraav\w* (henkilo)?tie(dot|toja)|foljande (person)?uppgifter|(registreras|behandlar|"
                      r"innehaller|omfattar) foljande|we (collect|process) the following|following (personal )?"
                      r"(data|information)|(contains|includes) the following")


# "I registret sparas om eleven namn, ...", "Rekisteriin tallennetaan asiakkaasta nimi, ...": no colon
_LEAD_IN_SENTENCE = re.compile(r"^(i registret (sparas|lagras|registreras|antecknas|ingar)|rekisteriin (tallennetaan"
                               r"|talletetaan|kirjataan|merkitaan)|rekisterissa (on|ovat|kasitellaan)"
                               r"|the register (contains|holds|stores))\b")


def _lead_in_section(lines: list[str]) -> list[Section]:
    """No heading: the data are introduced by a sentence ending in ':' ("Tallennamme seuraavat tiedot:"),
    else by a sentence that starts by saying what the register stores ("I registret sparas ...")."""
    for number, line in enumerate(lines, start=1):
        label, colon, after = line.partition(":")
        if colon and _LEAD_IN.search(fold(label)):
            section = Section("data", label.strip(), number, [(number, after.strip())] if after.strip() else [])
            for later, text in enumerate(lines[number:], start=number + 1):
                if heading_kind(text.split("\t")[0]):
                    break
                if text.strip():
                    section.body.append((later, text.strip()))
            return [section]
    for number, line in enumerate(lines, start=1):
        if _LEAD_IN_SENTENCE.match(fold(line.strip())):
            section = Section("data", line.strip()[:40], number, [(number, line.strip())])
            for later, text in enumerate(lines[number:], start=number + 1):
                if not text.strip() or heading_kind(text.split("\t")[0]):
                    break  # the paragraph that the sentence opens
                section.body.append((later, text.strip()))
            return [section]
    return []


_COMPANY_FORMS = r"oy|oyj|ab|abp|ky|tmi|ry|rf|ltd|oü|gmbh|inc|llc|osk|osuuskunta|avoin yhtiö"
_COMPANY = re.compile(rf"\b({_COMPANY_FORMS})\b", re.IGNORECASE)
_CONTACT_BITS = re.compile(r"\S+(@|\(at\)|\[at\])\S+|\+?\d[\d \-]{5,}\d|\b(puh|tel|gsm|p)\.?:?\s*$", re.IGNORECASE)


_FORM = rf"(?i:{_COMPANY_FORMS})"
_NAME = r"([A-ZÅÄÖ0-9][\w&'’.\-]*(?: [\w&'’.\-]+){0,7}? " + _FORM + r")\b"
# "Kallio Healthy Feet Oy is the controller", "Rekisterinpitäjä on Esimerkki Oy", "X Ab är personuppgiftsansvarig"
_NAMED_CONTROLLER = re.compile(_NAME + r"[^.]{0,90}?\b(?:is the (?:data )?controller|acts as (?:the )?controller|on "
                               r"rekisterinpitäjä|toimii rekisterinpitäjänä|är personuppgiftsansvarig)"
                               r"|(?i:rekisterinpitäjä|rekisterinpitäjänä|the controller|personuppgiftsansvarig) (?:on|is|är|toimii) "
                               + _NAME)


def _without_lead(name: str) -> str:
    return re.sub(r"^(rekisterinpitäjä\w* (on|toimii)|the (data )?controller is|personuppgiftsansvarig är) ", "", name,
                  flags=re.IGNORECASE)


def find_controller_in_text(lines: list[str]) -> str:
    """No controller section: a sentence that names the controller, else the first company name at the
    top of the notice (where the letterhead is).

    >>> find_controller_in_text(["Tietosuojaseloste", "Kallio Healthy Feet Oy is the controller of your data."])
    'Kallio Healthy Feet Oy'
    >>> find_controller_in_text(["Privacy notice", "Nordic Data Days Ltd", "Updated 2024"])
    'Nordic Data Days Ltd'
    """
    for line in lines:
        found = _NAMED_CONTROLLER.search(line)
        if found:
            return _without_lead((found.group(1) or found.group(2)).strip())
    for line in [line for line in lines if line.strip()][:12]:
        found = re.search(_NAME, line.strip(" #*"))
        if found and len(line.split()) <= 12:
            return _without_lead(found.group(1).strip())
    return ""


def find_controller(sections: list[Section]) -> str:
    """The controller's name: a line with a company form (Oy, Ab, Ky, Tmi, ry) wins, else the first line.

    Only the name is kept: what follows a comma or parenthesis (address, Y-tunnus) and any e-mail
    address or phone number on the line are cut off.
    """
    for section in sections:
        if section.kind != "controller":
            continue
        candidates = []
        for _, text in section.body:
            if re.match(r"(y-tunnus|fo-nummer|business id|osoite|puh|tel|vaihde|e-?mail|sahkoposti|www)",
                        fold(text)):
                continue
            name = _CONTACT_BITS.sub(" ", re.split(r"[,(•|]|\.\s", text)[0])
            name = " ".join(name.split()).strip(" ,;:")
            if name and not re.match(r"^\d", name):
                candidates.append(name)
        for name in candidates:
            if _COMPANY.search(name):
                return name
        if candidates:
            return candidates[0]
    return ""


def find_register(sections: list[Section]) -> str:
    """The register's name: the text under 'Rekisterin nimi', else the title's "...rekisteri" part."""
    for section in sections:
        if section.kind == "register" and section.body:
            text = section.body[0][1].split(" • ")[0]
            quoted = re.search(r"[”“\"«]([^”“\"»]+)[”“\"»]", text)
            if quoted:
                return quoted.group(1).strip().rstrip(".")
            named = re.search(r"\bnimi on\s+(.+)$", text)
            return (named.group(1) if named else text).strip().rstrip(".")
    title = next((s for s in sections if s.kind == "title"), None)
    title_lines = [text for _, text in title.body[:5]] if title else []
    for text in title_lines + [s.heading for s in sections[:3]]:
        for part in re.split(r"\s[–—-]\s|,|:\s|[()]", text):  # not "ry:n"
            folded = fold(part)
            if re.search(r"rekisteri\b|register\b|registret\b", folded) and "seloste" not in folded:
                part = part.strip()
                return part.capitalize() if part.isupper() else part
            # "Kirjaston asiakasrekisterin tietosuojaseloste": the register named in the genitive
            genitive = re.search(r"^(.*?\w*rekisteri)n\s+(tietosuoja|rekisteri)?seloste", part.strip(), re.IGNORECASE)
            if genitive and genitive.group(1).strip():
                name = genitive.group(1).strip().lstrip("#").strip()
                return name.capitalize() if name.isupper() else name
    return ""


_YTUNNUS = re.compile(r"\b(\d{7}-\d)\b")


def find_business_id(lines: list[str]) -> str | None:
    """The controller's Y-tunnus: a valid one on a 'Y-tunnus' line (or the line after the label)."""
    from stdnum.fi import ytunnus

    for index, line in enumerate(lines):
        if not re.search(r"y-tunnus|y-tun\b|yritystunnus|fo-nummer|business id", fold(line)):
            continue
        for text in (line, lines[index + 1] if index + 1 < len(lines) else ""):
            for candidate in _YTUNNUS.findall(text):
                if ytunnus.is_valid(candidate):
                    return candidate
    return None


_DATE_LABEL = re.compile(r"laadittu|laatimispaiva|paivitetty|paivitys|viimeisin muutos|muutettu|voimassa"
                         r"|upprattad|uppdaterad|senast (andrad|uppdaterad)|last (updated|modified|changed)"
                         r"|updated|effective|created", re.IGNORECASE)
_DATE = re.compile(r"\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b|\b(\d{4})-(\d{2})-(\d{2})\b")


def find_dates(lines: list[str]) -> list[tuple[str, str]]:
    """(label as written, ISO date) for each dated label: laadittu, viimeisin muutos, päivitetty, ...

    >>> find_dates(["Laadittu: 4.6.2018   Päivitetty: 19.9.2023"])
    [('Laadittu', '2018-06-04'), ('Päivitetty', '2023-09-19')]
    """
    found = []
    for index, line in enumerate(lines):
        if len(line) > 200:
            continue
        labels = list(_DATE_LABEL.finditer(fold(line)))
        for number, label in enumerate(labels):
            end = labels[number + 1].start() if number + 1 < len(labels) else len(line)
            after = line[label.end():end]
            if not _DATE.search(after) and number + 1 == len(labels) and index + 1 < len(lines):
                after = lines[index + 1]  # "Laatimispäivä" on one line, the date on the next
            iso = _iso_date(_DATE.search(after))
            if iso:
                found.append((line[label.start():label.end()].strip(" :\t") or label.group(0), iso))
    return found


def _iso_date(match: re.Match[str] | None) -> str | None:
    if not match:
        return None
    day, month, year = (match.group(1), match.group(2), match.group(3)) if match.group(1) else (
        match.group(6), match.group(5), match.group(4))
    try:
        return datetime.date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None
