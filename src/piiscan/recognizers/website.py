"""Websites: URLs with a scheme (or ``www.``) by value, bare domains only in website-named columns.

Parsed with the stdlib (``urllib.parse``) and checked label by label; the top-level domain must be
alphabetic (or IDNA ``xn--``). No public-suffix list is used or downloaded. URLs of static files
("…/kuva.jpg", "…/ehdot.pdf") are assets, not somebody's site, and social-media profile URLs are
left to ``social_media``. A bare domain ("kauppa.fi") proves nothing on its own — file names
("raportti.pdf") and version strings look alike — so that form needs a website-named column.

>>> is_url("https://www.matinpaja.fi")
True
>>> is_url("http://example.com/about")
True
>>> is_url("www.esimerkki.fi")
True
>>> is_url("https://kauppa.fi/wp-content/uploads/2024/05/kuva.jpg")   # an image, not a site
False
>>> is_url("https://www.facebook.com/matti.meikalainen")              # a social-media profile
False
>>> is_url("kauppa.fi")           # bare domain: only in website-named columns
False
>>> is_domain("kauppa.fi")
True
>>> is_domain("raportti.pdf")     # a file name
False
>>> is_domain("1.2.3")
False
>>> mask("https://www.matinpaja.fi/yhteys")
'https://www.m***.fi/***'
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from piiscan.recognizers.base import ValueRecognizer

_LABEL = re.compile(r"(?!-)[a-z0-9à-öø-ÿ-]{1,63}(?<!-)", re.IGNORECASE)
_TLD = re.compile(r"[a-z]{2,24}|xn--[a-z0-9-]{2,59}", re.IGNORECASE)
# Extensions of files that a bare "domain" or a URL path is more likely to be than a website.
_FILE_EXTENSIONS = frozenset(
    "jpg jpeg png gif webp svg bmp tif tiff ico pdf doc docx xls xlsx ppt pptx odt csv txt json xml zip gz "
    "tar rar 7z mp3 mp4 mov avi wav css js woff woff2 ttf eot exe dmg apk sql db bak log py php html htm md".split()
)
# Those of them that are no top-level domain either (.zip, .mov, .md and .py are real ones).
NOT_TOP_LEVEL_DOMAINS = _FILE_EXTENSIONS - {"zip", "mov", "md", "py"}
# Keep only what a page can be: static assets under these paths are a shop's own files.
_ASSET_PATH = re.compile(r"\.(?:" + "|".join(sorted(_FILE_EXTENSIONS - {"php", "html", "htm"})) + r")$", re.IGNORECASE)

SHAPE_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"']+", re.IGNORECASE)
SHAPE_DOMAIN = re.compile(r"(?:[\w-]{1,63}\.)+[a-z]{2,24}/?", re.IGNORECASE)
IN_TEXT = re.compile(r"(?<![\w@/.])(?:https?://|www\.)[^\s<>\"'()\[\]]+[^\s<>\"'()\[\].,;:!?]", re.IGNORECASE)


def is_domain(value: str) -> bool:
    """A host name of at least two labels whose top-level domain is alphabetic and no file extension."""
    host = value.strip().rstrip("/").rstrip(".").lower()
    labels = host.split(".")
    if len(labels) < 2 or not _TLD.fullmatch(labels[-1]) or labels[-1] in _FILE_EXTENSIONS:
        return False
    return all(_LABEL.fullmatch(label) for label in labels)


def is_url(value: str) -> bool:
    """An http(s) URL or a www. address of a site (not a file, not a social-media profile)."""
    from piiscan.recognizers.social_media import is_profile_url

    value = value.strip()
    if not SHAPE_URL.fullmatch(value):
        return False
    try:
        parts = urlsplit(value if "://" in value else "http://" + value)
        host = parts.hostname
    except ValueError:  # "Invalid IPv6 URL" and the like
        return False
    if parts.scheme.lower() not in ("http", "https") or not host:
        return False
    if not is_domain(host) or _ASSET_PATH.search(parts.path):
        return False
    return not is_profile_url(value)


def mask(value: str) -> str:
    value = value.strip()
    scheme, sep, rest = value.partition("://")
    if not sep:
        scheme, rest = "", value
    host, slash, path = rest.partition("/")
    labels = host.split(".")
    www = "www." if labels[0].lower() == "www" and len(labels) > 2 else ""
    site = labels[1] if www else labels[0]
    masked = f"{www}{site[:1]}***.{labels[-1]}" if len(labels) > 1 else "***"
    return f"{scheme}{sep}{masked}{'/***' if path else ''}"


RECOGNIZERS = [
    ValueRecognizer(
        name="website.url",
        category="website",
        shape=SHAPE_URL,
        validate=is_url,
        mask=mask,
        in_text=IN_TEXT,
        context=("kotisivu", "sivusto", "verkkosivu", "website", "homepage", "blogi", "blog", "portfolio",
                 "nettisivu", "hemsida", "webbplats"),
        min_length=8,
        max_length=2000,
        # In running text most links are a shop's own product pages that a customer pasted; a URL
        # counts there only beside a word that makes it somebody's site (freetext.MIN_SCORE is 0.5).
        text_score=0.3,
    ),
    ValueRecognizer(
        name="website.domain",
        category="website",
        shape=SHAPE_DOMAIN,
        validate=is_domain,
        mask=mask,
        needs_name=True,
        min_length=4,
        max_length=253,
    ),
]
