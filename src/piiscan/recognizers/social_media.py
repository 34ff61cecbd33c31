"""Social-media profiles: profile URLs by value, ``@handles`` only in social-named columns.

A profile URL names one account on a known service (Facebook, Instagram, X/Twitter, LinkedIn,
TikTok, YouTube, Threads, Mastodon-style ``/@user``, Pinterest, Snapchat, GitHub, Bluesky). Links
to a service's own pages ("facebook.com/help", "…/sharer.php", "instagram.com/p/…" posts) are not
profiles. A bare ``@handle`` is anything from an e-mail fragment to a code annotation, so it counts
only in a column whose name says social media.

>>> is_profile_url("https://www.facebook.com/matti.meikalainen")
True
>>> is_profile_url("instagram.com/kahvila_helmi")
True
>>> is_profile_url("https://x.com/kauppa_fi")
True
>>> is_profile_url("https://fi.linkedin.com/in/maija-virtanen-123")
True
>>> is_profile_url("https://www.tiktok.com/@tanssija")
True
>>> is_profile_url("https://www.facebook.com/sharer/sharer.php?u=x")   # a share button, no one's profile
False
>>> is_profile_url("https://www.example.fi/matti")
False
>>> is_handle("@kahvila_helmi")
True
>>> is_handle("@")
False
>>> mask("https://www.facebook.com/matti.meikalainen")
'facebook.com/m***'
>>> mask("@kahvila_helmi")
'@k***'
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from piiscan.recognizers.base import ValueRecognizer

# host (without "www."/"m."/country prefixes) -> path prefix before the account name
_SERVICES: dict[str, str] = {
    "facebook.com": "", "fb.com": "", "instagram.com": "", "x.com": "", "twitter.com": "",
    "linkedin.com": "in/", "tiktok.com": "@", "youtube.com": "@", "threads.net": "@", "threads.com": "@",
    "pinterest.com": "", "snapchat.com": "add/", "github.com": "", "bsky.app": "profile/", "vk.com": "",
}
# First path parts that are a service's own pages, not accounts.
_NOT_ACCOUNTS = frozenset(
    "sharer share sharer.php dialog help login signup about policies privacy legal intent hashtag search explore "
    "p reel reels tv watch events groups pages marketplace gaming stories home settings i tos terms jobs company "
    "school feed results channel c user embed plugins photo.php profile.php permalink.php".split()
)
_HOSTS = "|".join(re.escape(h) for h in sorted(_SERVICES, key=len, reverse=True))
SHAPE_URL = re.compile(rf"(?:https?://)?(?:[a-z]{{2,3}}\.|www\.|m\.)?(?:{_HOSTS})/\S+", re.IGNORECASE)
SHAPE_HANDLE = re.compile(r"@[A-Za-z0-9_.]{2,30}")
# In text the match starts at the service's host ("https://www." before it is left out): a pattern
# that starts with a host name is cheap to search for, one that starts with optional parts is not.
IN_TEXT = re.compile(rf"(?<![\w@-])(?:{_HOSTS})/[^\s<>\"'()\[\],;]+", re.IGNORECASE)
_ACCOUNT = re.compile(r"[\w.\-]{2,100}")


def _host_and_path(value: str) -> tuple[str, str]:
    """Lowercase host and path of a URL written with or without its scheme; ("", "") for junk."""
    try:
        parts = urlsplit(value if "://" in value else "https://" + value)
        return (parts.hostname or "").lower(), parts.path
    except ValueError:  # "Invalid IPv6 URL" and the like
        return "", ""


def is_profile_url(value: str) -> bool:
    """A URL of one account's profile on a known social-media service."""
    value = value.strip()
    if not SHAPE_URL.fullmatch(value):
        return False
    host, path = _host_and_path(value)
    base = next((h for h in _SERVICES if host == h or host.endswith("." + h)), None)
    if base is None:
        return False
    path = path.lstrip("/")
    prefix = _SERVICES[base]
    if prefix:
        if not path.lower().startswith(prefix):
            return False
        path = path[len(prefix):]
    account = path.split("/")[0]
    if account.lower() in _NOT_ACCOUNTS:
        return False
    return bool(_ACCOUNT.fullmatch(account))


def is_handle(value: str) -> bool:
    """'@name' written alone: 2-30 letters, digits, dots or underscores."""
    return bool(SHAPE_HANDLE.fullmatch(value.strip()))


def mask(value: str) -> str:
    value = value.strip()
    if value.startswith("@"):
        return f"@{value[1:2]}***"
    host, path = _host_and_path(value)
    base = next((h for h in _SERVICES if host == h or host.endswith("." + h)), host)
    account = path.lstrip("/").removeprefix(_SERVICES.get(base, ""))
    return f"{base}/{_SERVICES.get(base, '')}{account[:1]}***"


RECOGNIZERS = [
    ValueRecognizer(
        name="social_media.profile_url",
        category="social_media",
        shape=SHAPE_URL,
        validate=is_profile_url,
        mask=mask,
        in_text=IN_TEXT,
        context=("facebook", "instagram", "some", "profiili", "twitter", "linkedin", "tiktok"),
        min_length=8,
        max_length=500,
        text_score=0.8,
    ),
    ValueRecognizer(
        name="social_media.handle",
        category="social_media",
        shape=SHAPE_HANDLE,
        validate=is_handle,
        mask=mask,
        needs_name=True,
        min_length=3,
        max_length=31,
    ),
]
