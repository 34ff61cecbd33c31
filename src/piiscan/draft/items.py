"""Data items: the data-content section split into phrases, each mapped to category keys.

A phrase is mapped by the terms of categories.py, compared word by word after lemmatisation
(simplemma, offline) and, for forms the dictionary does not know, by stem and compound ending.
Specific items inside parentheses (or after "Yhteystiedot:") win over the group that names them;
a consent word next to a marketing word ("lupa sähköpostitarjouksien lähettämiseen") is a marketing
consent, not an e-mail address; a vague catch-all ("muut asiakassuhteeseen liittyvät tiedot") is
left for the DPO to review.

>>> [m.key for m in map_phrase("yhteystiedot (puhelinnumero, sähköpostiosoite, osoite)")]
['phone', 'email', 'address']
>>> [m.key for m in map_phrase("lupa sähköpostitarjouksien lähettämiseen")]
['marketing_consent']
>>> [m.key for m in map_phrase("Tiedot aikaisemmista tilauksista")]
['order_history']
>>> map_phrase("muut asiakassuhteeseen liittyvät tiedot")
[]
>>> [(p.text, [m.key for m in p.matches]) for p in split_items([(1, "Nimi, osoite ja lupa uutiskirjeeseen.")])]
[('Nimi', ['name']), ('osoite', ['address']), ('lupa uutiskirjeeseen', ['marketing_consent'])]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from piiscan.categories import CATEGORIES, GROUPS, members
from piiscan.terms import fold, known_word, lemma, match_term, same_stem, words


@dataclass(frozen=True)
class Match:
    """One category (or group) key found in a phrase, and the words that named it."""

    key: str
    words: str  # the phrase's own words, as written, that matched a term


@dataclass
class Phrase:
    """One declared item as written in the notice, with its line and what it maps to."""

    text: str
    line: int
    matches: list[Match] = field(default_factory=list)


# Words that make a phrase about a consent or a ban, and words that make it about marketing.
_CONSENT = re.compile(r"^(lupa|luva|lupi|suostum|kielto|kiello|kielt|opt-?in|opt-?out|opted|opting|consent|permission|samtyck"
                      r"|tillstand|forbud|medgivande)")
_MARKETING = re.compile(r"markkinoin|tarjou|uutiskirj|mainon|mainos|newsletter|marketing|advertis|marknadsfor"
                        r"|nyhetsbrev|reklam|promotion|offers")
_CATCH_ALL = re.compile(r"^(muut|muu|muita|other|others|ovriga|andra)\b")
_CONJUNCTION = re.compile(r"^(ja|sekä|seka|tai|and|or|och|samt|eller)\s+", re.IGNORECASE)
# "(emme tallenna korttinumeroita)", "(we do not store card numbers)": said NOT to be kept
_NEGATION = re.compile(r"\b(ei|emme|eivat|eika|emmeka|eivatka|ilman|not|never|without|inte|ej|aldrig|inga|ingen|inget)\b|n't\b"
                       r"|^no\b")  # not "en": Swedish "a"; "no" only first: "phone no." is a number
# "korttitiedot käsittelee maksunvälittäjä, emme näe niitä": a negated clause pointing back at the part before it
_BACK_REFERENCE = re.compile(r"\b(niita|niista|niihin|sita|siita|them|it|dem|den|det)\b")
# Term words too generic to be recognised as the end of a compound: "ajokorttitiedot" is no payment card.
_NO_COMPOUND = frozenset({"korttitiedot", "korttitieto", "kortti", "korttinumero", "kortin", "plats"})
_MAGAZINE = re.compile(r"lehde|lehti|lehtie|tidning|magazine|journal")
_SUBSCRIPTION = re.compile(r"tilau|tilaa|tilat|prenumer|subscri")
NEWSLETTER = re.compile(r"uutiskirj|newsletter|nyhetsbrev")
# "the services you buy from us", "the tickets you bought": what the person bought, in English prose
_BOUGHT = re.compile(r"\b(services|products|tickets|items|goods|what) (that )?you (have )?(buy|bought|order|ordered|purchase"
                     r"|purchased|book|booked)\b")
# "eläimen nimi, rotu, syntymäaika", "the animal's medical record": a line about an animal, not a person
# "ostetut sarjakortit", "tilatut osallistumispaketit", "köpta seriekort", "booked classes": what was bought
_BOUGHT_PARTICIPLE = re.compile(r"^(ostet|ostett|ostam|tilatu|tilatt|tilaam|varatu|varatt|varaam|kopt|bestallda|bestalld|bokade|bokad|purchased"
                                r"|bought|ordered|booked)\w*$")
# "korttimaksut käsittelee maksunvälittäjä", "card payments are handled by our payment provider": held elsewhere
# Payment providers and finance companies: what they handle is not in the controller's register
_PROVIDERS = (r"(maksunvalit|maksupalvel|maksuvalit|payment (service )?provider|betaltjanst|betalningsformedl|paytrail"
              r"|stripe|klarna|paypal|checkout finland|svea|bambora|nets|visma pay|rahoitusyhtio|finance company)")
# "korttimaksut käsittelee maksunvälittäjä", "card payments are handled by our payment provider", "X processes it as
# an independent controller", "laskutuksesta vastaa vakuutusyhtiö": held elsewhere
_HANDLED_ELSEWHERE = re.compile(r"\bvastaa(vat)? (\w+ )?\w*(yhtio|pankki|palveluntarjoaja|kumppani|valittaja)\b"
                                r"|(independent|separate|its own|their own) controller|omana rekisterinpitajanaan"
                                r"|itsenaisena rekisterinpitajana|sjalvstandig personuppgiftsansvarig"
                                r"|\b(bank|insurer|insurance company|provider|partner) (is|are) responsible"
                                r"|ansvarar (\w+ )?\w*(bolaget|banken|leverantoren)"
                                r"|(kasittelee|kasittelevat|hoitaa|hoitavat|handled by|processed by|skots av|hanteras av"
                                r"|behandlas av|behandlar|processes).*" + _PROVIDERS
                                + "|" + _PROVIDERS + r".*(kasittelee|hoitaa|handles|processes|hanterar|skoter|behandlar)")
_VERIFIED = re.compile(r"\b(tarkistetaan|tarkastetaan|todennetaan|varmistetaan|verified|checked|kontrolleras"
                       r"|verifieras)\b")
_CHECKBOX = re.compile(r"\s*\b(kyllä\s*/\s*ei|ei\s*/\s*kyllä|yes\s*/\s*no|ja\s*/\s*nej)\b", re.IGNORECASE)
_REMINDER = re.compile(r"muistut|reminder|paminnel")
# "collected under our separate employee privacy notice", "erillisessä rekisterissä": another register's data
_ELSEWHERE = re.compile(r"\b(separate|another|erillis\w*|toise\w* rekister\w*|separat\w*|annat register)\b.{0,40}"
                        r"(notice|register|rekister|seloste|dataskydd|registret)")
_PROVIDER = re.compile(_PROVIDERS)
_GROUP_IN_PROSE = frozenset({"financial"})
# "tax card details", "loyalty card number": cards that pay nothing
_OTHER_CARD = (r"\b(tax|loyalty|membership|library|access|key|id|identity|student|bonus|customer|vero|kanta-asiakas|jasen"
               r"|kulku|kirjasto|skatte|kund|medlems|bibliotek)\w*\s+")
_UNION_FEE = re.compile(r"\b(union|ammattiliit|ammattiyhdisty|fackforen|fackforbund)\w*\s+(\w+\s+)?(fees?|dues|jasenmaksu"
                        r"|avgift)")
# "käyntien ja ajanvarausten ajankohdat": the times of bookings are log times, not what was booked
_TIME_WORDS = (r"(ajankohta|ajankohdat|ajankohdista|paivamaara|paivamaarat|kellonaika|kellonajat|times|dates|tidpunkt"
               r"|tidpunkter|datum)")
# "verkkosivujemme", "our website", "Website visitors", "verkkosivujen käyttötiedot": the controller's own site,
# or the people who use it, is no website of the person's
_OWN_SITE_BEFORE = re.compile(r"\b(our|the|this|var|vart|foreningens|yhdistyksen|yrityksen|foretagets)\s*$")
_OWN_SITE_AFTER = re.compile(r"^\s*((and|ja|och|tai|or)( [\w-]+){1,4} )?\w*(kayttaj|kavij|kaytto|kayton|lomak|users?|visitors?|visits?"
                             r"|use|usage|form|besokar|anvandar|anvandning|formular)")
# An animal named anywhere in a label or sub-heading ("Tiedot lemmikistä:", "Hästens uppgifter"), unless it is
# about the owner ("Koiranomistajan tiedot")
_ANIMAL_WORD = re.compile(r"\b(elain\w*|elaim\w*|lemmik\w*|koira\w*|koiri\w*|kissa\w*|kisso\w*|hevonen|hevose\w*"
                          r"|ponit?|ponin|ponien|animals?|pets?|dogs?|cats?|horses?|ponys|ponies|djur\w*|husdjur\w*"
                          r"|hund(en|ens|ar|arna)?|katt(en|ens|er)?|hast(en|ens|ar|arna)?)\b")
_OWNER_WORD = re.compile(r"omistaj|owner|agare|haltij|keeper|huoltaj|ratsastaj|rider|ryttar")
_PRONOUN = re.compile(r"^(niiden|naiden|sen|hanen|their|its|deras|dess)\b")
_LEAD_IN_WORDS = re.compile(r"seuraav|sisalt|talleteta|tallenneta|kerata|keraamme|kasitella|kasittelemme|ovat\b"
                            r"|following|include|contain|collect|process|foljande|innehall|behandla|registrera")


@lru_cache(maxsize=1)
def _term_index() -> list[tuple[tuple[frozenset[str], ...], str, bool]]:
    """Every term as a tuple of word-form sets (folded form and lemma), its key and whether it is
    English; longest terms first."""
    index = []
    for item in list(GROUPS.values()) + list(CATEGORIES.values()):
        # a group's key ("contact", "customer") is an everyday English word in prose: only its terms count
        own_key = () if item.key in GROUPS else (item.key.replace("_", " "),)
        for terms, english in ((item.fi + item.sv, False), (own_key + item.en, True)):
            for term in terms:
                forms = tuple(frozenset({fold(w)} | _term_lemma(w)) for w in words(term))
                if forms:
                    index.append((forms, item.key, english))
    index.sort(key=lambda entry: -len(entry[0]))
    return index


def _term_lemma(word: str) -> set[str]:
    """A term word's lemma, unless it cuts off much more than an ending: the Finnish lemmatiser reads the
    English "allergies" as "alle" (under), which would make every "alle 15-vuotias" a health datum."""
    form = lemma(word)
    return {form} if len(fold(word)) - len(form) <= 3 else set()


def _word_match(phrase_forms: frozenset[str], term_forms: frozenset[str], group: bool = False,
                known: bool = True, english: bool = False, by_first_part: bool = False) -> int:
    """3 for the same word or lemma, 2 for the same stem, 1 for a compound ending in the term, else 0.

    Stems are compared only for words the lemmatiser does not know: a known word has its own lemma,
    and a shared start makes no kinship ("toiminnan" is not "toiminimi", "tervehdys" no "terveys").
    English terms are matched by their plural endings only ("occupational" is no "occupation").
    """
    if phrase_forms & term_forms:
        return 3
    if group:
        return 0  # a group names many categories: only its own words, never a look-alike ("identifiers")
    if english:
        plurals = {t + "s" for t in term_forms} | {t + "es" for t in term_forms} | {
            t[:-1] + "ies" for t in term_forms if t.endswith("y")}
        return 3 if phrase_forms & plurals else 0
    if not known and any(same_stem(w, t) for w in phrase_forms for t in term_forms):
        return 2
    for w in phrase_forms:
        for t in term_forms:
            # "kotipuhelinnumero", "työsähköposti": a compound whose last part is the term
            if len(t) >= 5 and len(w) > len(t) + 2 and w.endswith(t) and t not in _NO_COMPOUND:
                return 1
            # "LinkedIn-profiilin": a hyphenated compound whose first part is the term
            if len(t) >= 5 and w.partition("-")[0] == t and "-" in w:
                return 1
            # "sairauspoissaolot", "Instagramprofil": sensitive data or a service named by a compound's first part
            if by_first_part and len(t) >= 5 and w.startswith(t) and known_word(w[len(t):]) and len(w) - len(t) >= 4:
                return 1
    return 0


# Categories that a compound names by its first part: "sairauspoissaolo" is health data, "Instagramprofil" social media
_BY_FIRST_PART = frozenset(members("special")) | {"social_media"}
_POSSESSIVE = re.compile(r"^(\w{3,}?)(si|ni|nsa|mme|nne)$")


def _phrase_forms(word: str) -> frozenset[str]:
    """A phrase word's folded form and lemma; with a possessive suffix ("nimesi", your name) also the
    lemma of its genitive ("nimen" -> "nimi"), which the lemmatiser may read otherwise ("nimetä")."""
    folded = fold(word)
    forms = {folded, lemma(word)}
    possessive = _POSSESSIVE.match(folded)
    if possessive and len(folded) >= 6:
        forms.add(lemma(possessive.group(1) + "n"))
    return frozenset(forms)


def _scan_terms(text: str) -> list[Match]:
    """Every known term inside a phrase, longest and best-matching first, without overlaps."""
    return list(_scan_terms_once(text))


@lru_cache(maxsize=8192)
def _scan_terms_once(text: str) -> tuple[Match, ...]:
    # a phrase is scanned whole, without its purpose clause and in its parts: each text once
    surface = words(text)
    forms = [_phrase_forms(w) for w in surface]
    known = [known_word(w) for w in surface]
    candidates = []
    for term_forms, key, english in _term_index():
        size = len(term_forms)
        for start in range(len(forms) - size + 1):
            scores = [_word_match(forms[start + i], term_forms[i], key in GROUPS, known[start + i], english,
                                  key in _BY_FIRST_PART) for i in range(size)]
            if all(scores):
                # a compound ending may only stand alone; in a longer term every word must be the word
                if size > 1 and min(scores) < 2:
                    continue
                candidates.append((size, min(scores), -start, start, key))
    candidates.sort(reverse=True)
    taken: set[int] = set()
    found = []
    for size, _, _, start, key in candidates:
        span = set(range(start, start + size))
        if span & taken:
            continue
        taken |= span
        found.append((start, Match(key, " ".join(surface[start:start + size]))))
    return tuple(match for _, match in sorted(found, key=lambda pair: pair[0]))


def _is_marketing_consent(text: str) -> bool:
    folded = [fold(w) for w in words(text)] + [lemma(w) for w in words(text)]
    return any(_CONSENT.match(w) or re.search(r"(lupa|luvat|suostumus|kielto)$", w) for w in folded) and any(
        _MARKETING.search(w) for w in folded)


def _split_top_level(text: str, separators: str) -> list[str]:
    """Split at separators that are not inside parentheses."""
    parts, depth, current = [], 0, []
    for char in text:
        depth += char == "("
        depth -= char == ")" and depth > 0
        if depth == 0 and char in separators:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return [part for part in parts if part.strip()]


def map_phrase(text: str) -> list[Match]:
    """Category keys (or group keys) a phrase names; [] when it names none or is a vague catch-all."""
    text = _CHECKBOX.sub("", text.strip())  # "kyllä/ei" is a form's box, not a negation
    outer, inner = _parenthesised(text)
    if inner is not None and "(" not in outer and _NEGATION.search(" ".join(fold(outer).split()[:4])):
        return []  # "We do not collect your personal identity code (henkilötunnus)"
    if inner is not None:
        items = _split_top_level(inner, ",;")
        inner_matches = [m for i, item in enumerate(items) if not _negated_by_next(items, i) for m in map_phrase(item)]
        outer_matches = map_phrase(outer)
        if inner_matches:
            # the specific items win over a group that names them all ("yhteystiedot (...)")
            kept = [m for m in outer_matches if m.key not in GROUPS]
            return _unique(kept + inner_matches)
        return outer_matches
    folded = fold(text)
    # "username and password if the school does not use MPASSid": a condition's negation negates no item
    unconditional = re.split(r"\b(if|unless|jos|mikali|ellei|om|savida)\b", folded)[0]
    if not words(text) or _CATCH_ALL.match(folded) or _NEGATION.search(unconditional) or _HANDLED_ELSEWHERE.search(folded) \
            or _ELSEWHERE.search(folded):
        return []
    if _is_marketing_consent(text):
        return [Match("marketing_consent", text)]
    if re.search(r"\b(rotu|rodun|rotunsa|breed|ras|rasen)\b", folded):
        return []  # "rotu ja syntymäpäivä": a breed makes it the animal's birthday
    if _REMINDER.search(folded) and any(_CONSENT.match(w) for w in folded.split()):
        return []  # a consent to appointment or vaccination reminders is no marketing consent, nor health data
    whole = match_term(text)
    whole = "billing" if whole in _GROUP_IN_PROSE else whole
    if whole == "website" and _own_site(text, text):
        return []
    if whole:
        # "käyttäjätunnus ja salasana" is a term (credentials) whose parts also name a category each
        # (a username is an online identifier): both count, as when they are listed apart
        parts = re.split(r"(?<!-)\s+(?:ja|and|och)\s+", text) if whole in CATEGORIES else [text]
        extra = [m for part in parts if len(parts) > 1 for m in _scan_terms(part) if m.key in CATEGORIES]
        return _unique([Match(whole, text)] + extra)
    scanned = _without_purpose(text)
    matches = _members_over_groups(_unique(_of_online_drop_address(_scan_terms(scanned) + _elided(scanned), scanned)))
    for match in list(matches):
        # "ajanvarausjärjestelmän käyttäjätunnus ja salasana": a term of two parts names each part's category too
        parts = re.split(r"\s+(?:ja|and|och)\s+", match.words)
        if match.key in CATEGORIES and len(parts) > 1:
            matches = _unique(matches + [m for part in parts for m in _scan_terms(part) if m.key in CATEGORIES])
    matches = _groups_as_modifiers_dropped(matches, text)
    if _BOUGHT.search(folded):
        matches = _unique(matches + [Match("order_history", _BOUGHT.search(folded).group(0))])
    bought = [w for w in words(text)[:-1] if _BOUGHT_PARTICIPLE.match(fold(w))]
    if bought and not matches:
        matches = [Match("order_history", bought[0])]
    matches = [m for m in matches if not (m.key == "order_history" and _times_of(m.words, folded))]
    matches = [m for m in matches if not (m.key == "website" and _own_site(m.words, text))]
    matches = [m for m in matches if not (m.key == "payment_card" and re.search(
        _OTHER_CARD + re.escape(fold(m.words).split()[0]), folded))]
    if _UNION_FEE.search(folded):
        # a union fee deducted from pay tells the union membership, not a bill to the person
        matches = _unique([m for m in matches if m.key != "billing"] + [Match("special_category", text)])
    if _PROVIDER.search(folded):
        # "card details are entered directly into our payment provider's form": the provider keeps them
        matches = [m for m in matches if m.key not in ("payment_card", "bank_account")]
    # "maksu- ja laskutustiedot" is the financial group's term, but in a notice's list it means the bills
    matches = _unique([Match("billing", m.words) if m.key in _GROUP_IN_PROSE else m for m in matches])
    if _MAGAZINE.search(fold(text)):
        # "jäsenlehden tilaus": the subscription to a magazine, not an order
        matches = [m for m in matches if not (m.key == "order_history" and _SUBSCRIPTION.match(fold(m.words)))]
    return matches


_GROUP_MAY_PRECEDE = re.compile(r"^(data|information|details|tiedot|tietoja|uppgifter|ja|sekä|seka|tai|and|or|och"
                                r"|samt|eller|kuten|esim|such|e|eg|som|t)$")


_PURPOSE = re.compile(r"\s+(for (paying|payment|the payment|salary|invoicing|the purpose|purposes)\b.*$|för (att|utbetalning|betalning"
                      r"|fakturering)\b.*$|jotta\b.*$|so that\b.*$|in order to\b.*$|(\S+\s+){1,3}varten\b.*$)", re.IGNORECASE)


def _without_purpose(text: str) -> str:
    """"Bank account number (IBAN) for paying mentor fees", "tilinumero korvauksen maksamista varten": what the
    datum is for names no datum, once the datum itself has been named."""
    head = _PURPOSE.sub("", text)
    return head if head != text and _scan_terms(head) else text


def _elided(text: str) -> list[Match]:
    """Terms a coordination leaves half-written: "koti- ja sähköpostiosoite" names kotiosoite too,
    "alennus- ja kampanjakoodit" alennuskoodit, "discount and presale codes" discount codes."""
    found = []
    for first, second in re.findall(r"([^\W\d_]{3,})-\s+(?:ja|tai|sekä|och|eller)\s+([^\W\d_]{5,})", text):
        for cut in range(2, len(second) - 3):
            key = match_term(first + second[cut:])
            if key in CATEGORIES:
                found.append(Match(key, f"{first}-"))
                break
    for first, second, head in re.findall(r"\b([a-z]{3,}) (?:and|or) ([a-z]{3,}) ([a-z]{3,})\b", text.casefold()):
        key = match_term(f"{first} {head}")
        if key in CATEGORIES:
            found.append(Match(key, first))
    return found


def _times_of(matched: str, folded: str) -> bool:
    """"ajanvarausten ajankohdat", "tidpunkter för bokningar": the times of what was booked, not the bookings."""
    at = folded.find(fold(matched))
    after = folded[at + len(matched):] if at >= 0 else ""
    return bool(re.match(r"\s*(\w+\s+)?" + _TIME_WORDS + r"\b", after)) or bool(
        re.search(r"\b(tidpunkt|tidpunkter|times?|dates?) (of|for|av|för) (\w+ )?$", folded[:at] if at >= 0 else ""))


def _own_site(matched: str, text: str) -> bool:
    """"verkkosivujemme", "our website", "Website visitors": the controller's site, not the person's."""
    folded, word = fold(text), fold(matched)
    at = folded.find(word)
    if at < 0:
        return False
    before, after = folded[:at], folded[at + len(word):]
    # "kotisivuilla", "verkkosivustolla", "webbplatsen": on a site (where something is published), or the site itself
    located = re.search(r"(lla|lta|lle|ssa|sta|platsen|sidan)$", word.split()[-1])
    return bool(re.search(r"mme\w{0,4}$", word) or located or _OWN_SITE_BEFORE.search(before)
                or _OWN_SITE_AFTER.match(after))


def _groups_as_modifiers_dropped(matches: list[Match], text: str) -> list[Match]:
    """"tiedot henkilöllisyyden todentamisesta": a group word that modifies another word ("the
    verification of identity") declares no group; "yhteystiedot", "contact details" at the end do."""
    out = []
    for match in matches:
        if match.key in GROUPS:
            after = re.search(re.escape(match.words) + r"\s+([^\W\d_]+)", text, re.IGNORECASE)
            if after and not _GROUP_MAY_PRECEDE.match(fold(after.group(1))):
                continue
        out.append(match)
    return out


def _members_over_groups(matches: list[Match]) -> list[Match]:
    """"ammattiliiton jäsenyys on arkaluonteinen tieto": the member named wins over its group."""
    named = {m.key for m in matches}
    return [m for m in matches if m.key not in GROUPS or not named & set(members(m.key))]


def _of_online_drop_address(matches: list[Match], text: str) -> list[Match]:
    """"verkkoportfolion osoite", "LinkedIn-profiilin osoite", "LinkedIn profile URL": the address of a
    web thing is its URL, no postal address or second website."""
    out: list[Match] = []
    for match in matches:
        if match.key in ("address", "website") and out \
                and fold(match.words) in ("osoite", "osoitteet", "address", "addresses", "adress", "adresser", "url",
                                          "urls", "linkki", "link") \
                and match.key != out[-1].key and out[-1].key in CATEGORIES \
                and CATEGORIES[out[-1].key].group == "online" \
                and re.search(re.escape(out[-1].words) + r"(\s+(?!(ja|seka|sekä|tai|and|or|och|samt|eller)\b)\S+)?\s+" + re.escape(match.words), text, re.IGNORECASE):
            continue
        out.append(match)
    return out


def _negates_before(part: str) -> bool:
    """"emme näe niitä", "we never see them": a negated clause about the part before it."""
    folded = fold(part)
    # "your card details go to the provider and we never see them" names its own referent
    return bool(_NEGATION.search(folded) and _BACK_REFERENCE.search(folded)) and not _scan_terms(part)


def _negated_by_next(parts: list[str], index: int) -> bool:
    return index + 1 < len(parts) and _negates_before(parts[index + 1])


def _parenthesised(text: str) -> tuple[str, str | None]:
    match = re.search(r"\(([^()]*)\)", text)
    if not match:
        return text, None
    return (text[: match.start()] + " " + text[match.end():]).strip(), match.group(1)


def _unique(matches: list[Match]) -> list[Match]:
    seen, out = set(), []
    for match in matches:
        if match.key not in seen:
            seen.add(match.key)
            out.append(match)
    return out


# Item boundaries inside a line: bullets, semicolons, and "sukunimi- Edustamansa" run-together lists.
_BULLETS = re.compile(r"\s*[•·▪●◦]\s*|\s+/\s+|\s+[–—-]\s+|(?<=[^\W\d_])-\s+(?=[A-ZÅÄÖ])|;\s*|^\s*[–—*-]\s*")
# "henkilötunnus- yhteystiedot": a bullet run onto the word before it, not "koti- ja sähköposti" (half a word)
_RUN_TOGETHER = re.compile(r"(?<=[^\W\d_])-\s+(?!(ja|tai|seka|sekä|och|eller|samt|and|or|&)\b)(?=[^\W\d_])")
_NUMBER_PREFIX = re.compile(r"^\s*(\d{1,2}[.)]|[a-h]\))\s+")


def clean_item(text: str) -> str:
    """An item without its bullet, number, leading conjunction and trailing punctuation."""
    text = _NUMBER_PREFIX.sub("", text.strip(" \t-–—•*"))
    text = _CONJUNCTION.sub("", text.strip())
    return text.strip(" .;:,\t")


def _join_wrapped(body: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Lines hard-wrapped mid-list ("nimi, osoite,\\npuhelinnumero") joined back together."""
    out: list[tuple[int, str]] = []
    widest = max((len(text.strip()) for _, text in body), default=0)
    previous = ""
    for number, text in body:
        text = text.strip()
        # only after a long line: a short one ("Account data") is a label of what follows, not wrapped;
        # a line that ends in a word must also be about as wide as the widest, or it is one item of a
        # list written one per line ("nimi / osoite" then "ajokortin numero")
        if out and text[:1].islower() and len(previous) >= 40 and not re.match(r"^[-–•*]", text) and (
                previous.endswith(",") or (re.search(r"[^\W\d_]$", previous) and len(previous) >= 0.85 * widest)):
            out[-1] = (out[-1][0], out[-1][1] + " " + text)
        else:
            out.append((number, text))
        previous = text
    return out


_SENTENCE_END = re.compile(r"(?<=[^\W\d_])\.\s+(?=[A-ZÅÄÖ])")
# "perustiedot, kuten nimi ja syntymäaika": the examples are the items, as if in parentheses
_EXAMPLES = re.compile(r",?\s+(?:kuten|esimerkiksi|esim\.|mm\.|muun muassa|such as|e\.g\.|including|såsom|t\.ex\.)\s+"
                       r"([^.()]+)", re.IGNORECASE)


def _sentences(body: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Lines cut at sentence ends, examples turned into parentheses, table rows reduced to their item."""
    out = []
    columns: list[str] | None = None  # the kinds of the current table's columns, from its header row
    for number, line in _join_wrapped(body):
        if "\t" not in line:
            columns = None
        elif columns is None and _header_columns(line):
            columns = _header_columns(line)
            continue  # "Tietoryhmä | Tiedot | Käyttötarkoitus" names the columns, not data
        elif columns:
            line = _row_by_columns(line, columns)
        else:
            line = _table_row(line)
        for sentence in _SENTENCE_END.split(line):
            out.append((number, _EXAMPLES.sub(lambda m: f" ({m.group(1).strip()})", sentence)))
    return out


# A table's header cells: what a column holds. Purposes, bases, retention and sources are no data.
_OTHER_COLUMN = re.compile(r"tarkoitu|purpose|peruste|basis|sailytys|retention|andamal|syfte|grund|lagring|why|miksi"
                           r"|kesto|lahde|source|kalla|how long|kuinka kauan|recipient|vastaanottaja|mottagare")
_DATA_COLUMN = re.compile(r"^((kasiteltavat|tallennettavat|kerattavat|tallennetut) )?(tiedot|tietoja|tieto|henkilotiedot)$"
                          r"|^((personal|processed|collected) )?(data|details|information|examples?)$|^esimerk"
                          r"|^((behandlade|insamlade) )?(uppgifter|personuppgifter)$|includes|^sisalto|^innehall"
                          r"|^what we (collect|keep|hold|process)")


def _header_columns(line: str) -> list[str] | None:
    """Column kinds ("data", "other", "label") of a table's header row, or None if it is no header."""
    cells = [fold(cell.strip()).strip(" :*") for cell in line.split("\t")]
    if len(cells) < 2 or any(len(cell.split()) > 5 for cell in cells):
        return None
    kinds = ["other" if _OTHER_COLUMN.search(cell) else "data" if _DATA_COLUMN.match(cell) else "label"
             for cell in cells]
    if "data" not in kinds and "other" not in kinds:
        return None
    return kinds


def _row_by_columns(line: str, columns: list[str]) -> str:
    """A row read by its header: the label with the data cells as its examples; other columns dropped."""
    cells = [cell.strip().replace("(", "").replace(")", "") for cell in line.split("\t")]
    kept = [cell for cell, kind in zip(cells, columns) if kind != "other" and cell]
    if not kept:
        return ""
    if columns[0] != "label" or len(kept) == 1:
        return ", ".join(kept)
    examples = ", ".join(_SENTENCE_END.sub(", ", cell.rstrip(". ")) for cell in kept[1:])
    return f"{kept[0]} ({examples})"


def _table_row(line: str) -> str:
    """A table row as one item. "Sähköposti | tiedotteet" (data and purpose) is its first cell;
    "Contact data | email, mobile" (a label and its examples) is the label with the examples in
    parentheses, so that the examples win over a group label."""
    cells = [cell.strip().replace("(", "").replace(")", "") for cell in line.split("\t") if cell.strip()]
    if not cells:
        return ""
    first = map_phrase(cells[0])
    if first and not any(m.key in GROUPS for m in first):
        return cells[0]
    # "Perustiedot | nimi, syntymäpäivä | asiakassuhteen hoito": a third column is a purpose or a basis
    examples = _SENTENCE_END.sub(", ", cells[1].rstrip(". ")) if len(cells) > 1 else ""
    return f"{cells[0]} ({examples})" if examples else cells[0]


def split_items(body: list[tuple[int, str]]) -> list[Phrase]:
    """The body of a data-content section as mapped phrases, in order."""
    lines: list[list[Phrase]] = []
    animal_block = False  # under a sub-heading about the animal ("Eläimen tiedot"), until the next sub-heading
    sentences = _sentences(body)
    for index, (number, line) in enumerate(sentences):
        if len(_RUN_TOGETHER.findall(line)) >= 2:
            # "- nimi ja henkilötunnus- yhteystiedot: ..- ammatti": a list pasted onto one line
            line = _RUN_TOGETHER.sub(" • ", line)
        label, items = _label_and_items(line)
        following = sentences[index + 1][1] if index + 1 < len(sentences) else ""
        if _is_sub_heading(line, following):
            animal_block = _about_animal(line)
        if animal_block or _starts_with_animal(clean_item(line)) or (label and _about_animal(label)):
            lines.append([Phrase(clean_item(line), number, [])])
            continue
        parts, animal_parts = [], set()
        for chunk in filter(None, _BULLETS.split(items)):
            # "... - Adress <p>Om djuret:</p> - Namn, ras": a label inside a table cell turns to the animal
            chunk_label, colon, _ = fold(chunk).partition(":")
            if colon and len(chunk_label.split()) <= 6:
                if _about_animal(chunk_label):
                    animal_block = True
                elif re.search(_OWNER_WORD.pattern + r"|asiakk|kund|customer|laskut|fakturer|billing", chunk_label):
                    animal_block = False
            for part in filter(None, (clean_item(p) for p in _split_top_level(chunk, ","))):
                if animal_block:
                    animal_parts.add(len(parts))
                parts.append(part)
        line_phrases: list[Phrase] = []
        # "Henkilöllisyys ja ikä tarkistetaan henkilöllisyystodistuksesta": identity is checked, not kept
        verified = bool(_VERIFIED.search(fold(line)))
        newsletter_line = bool(NEWSLETTER.search(fold(line)))
        # "Emme kysy henkilötunnusta, syntymäaikaa emmekä valokuvaa": a list opened by a negation is
        # negated throughout, until "mutta" / "but" turns it
        negated_list = bool(parts) and bool(_NEGATION.search(" ".join(fold(parts[0]).split()[:4])))
        for index, part in enumerate(parts):
            part_phrases = _phrases_of_part(part, number)
            if negated_list and re.match(r"(mutta|vaan|but|men|utan)\b", fold(part)):
                negated_list = False
            if negated_list or _negated_by_next(parts, index) or index in animal_parts:
                for phrase in part_phrases:
                    phrase.matches = []
            for phrase in part_phrases:
                if verified:
                    phrase.matches = [m for m in phrase.matches if m.key not in GROUPS]
                if newsletter_line and not phrase.matches and re.search(r"\b(" + _SUBSCRIPTION.pattern + r")",
                                                                         fold(phrase.text)):
                    # "Om prenumeranter på nyhetsbrevet: ... uppgift om prenumerationen": the subscription is the consent
                    phrase.matches = [Match("marketing_consent", phrase.text)]
            line_phrases.extend(part_phrases)
        if label:
            label_matches = map_phrase(label)
            if any(p.matches for p in line_phrases):
                label_matches = [m for m in label_matches if m.key not in GROUPS]
            if label_matches:
                line_phrases.insert(0, Phrase(label, number, label_matches))
        lines.append(line_phrases)
    _drop_group_labels(lines)
    return [phrase for line_phrases in lines for phrase in line_phrases]


def _about_animal(text: str) -> bool:
    folded = fold(text)
    return bool(_ANIMAL_WORD.search(folded)) and not _OWNER_WORD.search(folded)


def _starts_with_animal(line: str) -> bool:
    """"eläimen nimi, rotu, syntymäaika", "the animal's medical record": a line about an animal, not a person."""
    head = re.sub(r"^(the|your|our) ", "", fold(line))
    return bool(_ANIMAL_WORD.match(head)) and not _OWNER_WORD.match(head)


def _is_sub_heading(line: str, following: str) -> bool:
    """A short line, not a list item, that ends in a colon, names no category of its own or stands over a
    list: "Eläimen tiedot", "Asiakkaat:", "Laskutus" above "- laskut"."""
    text = line.strip()
    if not text or text[0] in "-–•*" or ":" in text.rstrip(":") or len(text.split()) > 5:
        return False
    return text.endswith(":") or following.strip()[:1] in ("-", "–", "•", "*") or all(
        m.key in GROUPS for m in map_phrase(text))


def _is_label_line(line_phrases: list[Phrase]) -> bool:
    """A line that is one short phrase naming no category, or only a group: a sub-heading."""
    return len(line_phrases) == 1 and len(line_phrases[0].text.split()) <= 4 and all(
        m.key in GROUPS for m in line_phrases[0].matches)


def _drop_group_labels(lines: list[list[Phrase]]) -> None:
    """"Potilaan perustiedot" on its own line, then "nimi, henkilötunnus, ...": the items below
    win over the group that heads them, as inside parentheses."""
    for index, line_phrases in enumerate(lines):
        if not _is_label_line(line_phrases) or not line_phrases[0].matches:
            continue
        below: set[str] = set()
        for later in lines[index + 1:]:
            if _is_label_line(later):
                break
            below |= {m.key for phrase in later for m in phrase.matches}
        label = line_phrases[0]
        label.matches = [m for m in label.matches if not below & set(members(m.key))]


def _label_and_items(line: str) -> tuple[str, str]:
    """'Yhteystiedot: puhelin, sähköposti' -> ('Yhteystiedot', 'puhelin, sähköposti'); lead-ins dropped."""
    label, colon, rest = line.partition(":")
    if not colon or "(" in label or "•" in label:
        return "", line
    if _LEAD_IN_WORDS.search(fold(label)) or len(label.split()) > 4:
        if label.count(",") >= 2:
            # "I registret behandlas namn, adress, ... samt de uppgifter som behövs för vården: anamnes, ...":
            # a lead-in that is itself a list keeps its items
            return "", label + ", " + rest
        return "", rest
    if not rest.strip():
        return "", ""  # "Asiakasyritysten yhteyshenkilöistä:" labels the items on the next lines
    return clean_item(label), rest


def _phrases_of_part(part: str, number: int) -> list[Phrase]:
    """One comma-separated part; "X ja Y" becomes two phrases only when both name something."""
    if _CATCH_ALL.match(fold(part)) or "(" in part or match_term(part):
        return [Phrase(part, number, map_phrase(part))]
    # not after a hyphen: "etu- ja sukunimi" is one item
    pieces = re.split(r"(?<!-)\s+(?:ja|sekä|and|och|samt|&)\s+", part)
    phrases: list[Phrase] = []
    for piece in pieces:
        piece = clean_item(piece)
        if phrases and _PRONOUN.match(fold(piece)):
            # "palveluista ja niiden muutoksista": the pronoun part belongs to the one before
            phrases[-1].text += " ja " + piece
            phrases[-1].matches = map_phrase(phrases[-1].text)
            continue
        phrases.append(Phrase(piece, number, map_phrase(piece)))
    if sum(1 for phrase in phrases if phrase.matches) >= 2:
        return phrases
    return [Phrase(part, number, map_phrase(part))]
