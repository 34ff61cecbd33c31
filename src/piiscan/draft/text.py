"""Notice text: a published privacy notice (plain text, Markdown or a saved HTML page) as lines.

Saved web pages lose their navigation, scripts and styles; table rows become tab-separated lines
(the layout of notices copied from a two-column table), list items become "- " lines, and
headings keep their level as Markdown "#"s, in pages and in Markdown alike. Plain text
keeps its lines, but HTML fragments pasted inside it ("<p>", "<ul>") are stripped in place so that
a table row stays on one line.

>>> html_to_text("<nav>Etusivu</nav><h2>4. Tietosisältö</h2><ul><li>Nimi</li><li>Osoite</li></ul>")
'## 4. Tietosisältö\\n- Nimi\\n- Osoite'
>>> html_to_text("<table><tr><td>Rekisterin nimi</td><td>Asiakasrekisteri</td></tr></table>")
'Rekisterin nimi\\tAsiakasrekisteri'
>>> strip_inline_html("Tietoja: <ul><li>nimi</li><li>osoite</li></ul>&amp; muut")
'Tietoja: • nimi • osoite & muut'
>>> markdown_to_text("## 4. Tietosisältö\\n* **Nimi**\\n| Rekisterin nimi | Asiakkaat |")
'## 4. Tietosisältö\\n- Nimi\\nRekisterin nimi\\tAsiakkaat'
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from pathlib import Path

from piiscan.errors import NoticeError

MAX_BYTES = 5 * 1024 * 1024  # a privacy notice, even a saved page with its scripts, is far smaller

# Elements whose text is never notice content on a saved page.
_SKIP = {"script", "style", "noscript", "template", "svg", "nav", "header", "footer", "aside", "form",
         "button", "select", "iframe", "head", "title"}
_BLOCK = {"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "br", "hr", "ul",
          "ol", "dl", "dt", "dd", "table", "tbody", "thead", "tfoot", "blockquote", "pre", "address", "figure",
          "figcaption", "caption", "body", "html"}
_VOID = {"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed", "source", "track", "wbr"}


class _TextExtractor(HTMLParser):
    """Collects visible text with line structure: blocks on lines, cells tab-separated, items bulleted."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip_depth = 0
        self.cells_in_row = 0
        self.in_cell = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.skip_depth or tag in _SKIP:
            if tag not in _VOID:
                self.skip_depth += 1
            return
        if tag == "li":
            self.parts.append("\n- ")
        elif tag == "tr":
            self.parts.append("\n")
            self.cells_in_row = 0
        elif re.fullmatch(r"h[1-6]", tag):
            self.parts.append("\n" + "#" * int(tag[1]) + " ")  # the level tells a section from its parts
        elif tag in ("td", "th"):
            self.parts.append("\t" if self.cells_in_row else "")
            self.cells_in_row += 1
            self.in_cell = True
        elif tag == "br" and self.in_cell:
            self.parts.append(" • ")  # a line break inside a cell separates its items; a newline would end the row
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if self.skip_depth:
            if tag not in _VOID:
                self.skip_depth -= 1
            return
        if tag in ("td", "th", "tr", "table"):
            self.in_cell = False
        if tag in _BLOCK or tag in ("li", "tr"):
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if not self.skip_depth and tag in ("br", "hr"):
            self.parts.append(" • " if tag == "br" and self.in_cell else "\n")

    def handle_data(self, data: str) -> None:
        if not self.skip_depth:
            # Inside a cell a newline would break the row; elsewhere HTML whitespace is one space.
            self.parts.append(re.sub(r"\s+", " ", data))


def _tidy(lines: list[str]) -> str:
    out = []
    for line in lines:
        cells = [re.sub(r"[ \u00a0]+", " ", cell).strip() for cell in line.split("\t")]
        line = "\t".join(cells).strip("\t ")
        out.append(line)
    text = "\n".join(out)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def html_to_text(source: str) -> str:
    """Visible text of an HTML page, navigation and scripts removed, one block per line."""
    parser = _TextExtractor()
    parser.feed(source)
    parser.close()
    text = "".join(parser.parts)
    text = re.sub(r"\n[ \t]*-[ \t]*\n", "\n", text)  # empty list items
    text = re.sub(r"[ ]*\n[ ]*", "\n", text)
    text = re.sub(r"\n\s*\n(?=- )", "\n", text)  # list items stay together
    return _tidy(text.split("\n"))


_INLINE_TAG = re.compile(r"<\s*(/?)\s*([a-zA-Z][a-zA-Z0-9]*)[^<>]*>")


def strip_inline_html(line: str) -> str:
    """One line of text with pasted HTML tags removed; list items become " • " so they still split."""

    in_row = "\t" in line  # a table row pasted with HTML cells: its blocks are the cell's items

    def replace(match: re.Match[str]) -> str:
        closing, tag = match.group(1), match.group(2).lower()
        if (tag == "li" and not closing) or tag == "br" or (in_row and tag in _BLOCK):
            return " • "  # a <br> inside a pasted table cell separates its items
        return " " if tag in _BLOCK or tag == "li" else ""

    text = html.unescape(_INLINE_TAG.sub(replace, line))
    if in_row:
        text = re.sub(r"•(\s*•)+", "•", text)
        text = "\t".join(cell.strip(" •") for cell in text.split("\t"))
    return re.sub(r" {2,}", " ", text)


def markdown_to_text(source: str) -> str:
    """Markdown reduced to the plain-text layout: headings without '#', '- ' bullets, tab tables."""
    lines = []
    for line in source.splitlines():
        stripped = line.strip()
        if re.fullmatch(r"\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?", stripped):
            continue  # table separator row
        if stripped.startswith("|") and stripped.endswith("|") and len(stripped) > 1:
            line = "\t".join(cell.strip() for cell in stripped[1:-1].split("|"))
        line = re.sub(r"^\s{0,3}(#{1,6})\s+", r"\1 ", line)  # levels kept: see sections.split_sections
        line = re.sub(r"^\s*[*+]\s+", "- ", line)
        line = re.sub(r"(\*\*|__)(.+?)\1", r"\2", line)
        line = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", line)  # links keep their text
        lines.append(line)
    return "\n".join(lines)


def looks_like_html(source: str) -> bool:
    """A whole HTML page, as opposed to plain text with a few pasted tags."""
    head = source.lstrip()[:1000].lower()
    return head.startswith("<!doctype html") or head.startswith("<html") or "<body" in source[:20000].lower()


_PAGE_MARK = re.compile(r"\b(sivu|page|sida|s\.)\s*\d{1,3}\s*(\(\s*\d{1,3}\s*\)|/\s*\d{1,3}|of\s+\d{1,3}|av\s+\d{1,3})"
                        r"|^\s*\d{1,3}\s*(/|\(|of|av)\s*\d{1,3}\)?\s*$", re.IGNORECASE)


def drop_page_furniture(lines: list[str]) -> list[str]:
    """A notice copied out of a PDF repeats its page header and footer ("Sivu 2 (3)") in the middle of
    the text; those lines are blanked (not removed, so that line numbers still point into the file).

    >>> drop_page_furniture(["Esimerkki Oy  TIETOSUOJASELOSTE", "nimi, osoite,", "Esimerkki Oy | Y-tunnus 1572860-0  Sivu 1 (2)",
    ...                      "Esimerkki Oy  TIETOSUOJASELOSTE", "puhelinnumero", "Sivu 2 (2)"])
    ['', 'nimi, osoite,', '', '', 'puhelinnumero', '']
    """
    marks = [index for index, line in enumerate(lines) if _PAGE_MARK.search(line) and len(line) < 160]
    if not marks:
        return lines
    out = list(lines)
    for index in marks:
        out[index] = ""
    # a line repeated next to two or more page marks is the running header or footer
    def key(line: str) -> str:
        return re.sub(r"\d+", "#", " ".join(line.split())).casefold()
    near: dict[str, set[int]] = {}  # a line's text -> where it stands next to a page mark
    for mark in marks:
        for index in range(max(0, mark - 4), min(len(lines), mark + 5)):
            if lines[index].strip() and index not in marks:
                near.setdefault(key(lines[index]), set()).add(index)
    for index, line in enumerate(lines):
        if line.strip() and len(near.get(key(line), ())) >= 2:
            out[index] = ""
    return out


def read_notice_text(path: str | Path) -> list[str]:
    """The notice's lines, from .txt, .md or .html; raises NoticeError naming the file."""
    path = Path(path)
    name = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise NoticeError(f"file is {size // (1024 * 1024)} MB; a privacy notice is at most 5 MB", name)
        raw = path.read_bytes()
    except FileNotFoundError:
        raise NoticeError("file not found", name) from None
    except IsADirectoryError:
        raise NoticeError("is a folder, not a notice file", name) from None
    except OSError as exc:
        raise NoticeError(f"cannot read: {exc.strerror}", name) from None
    source = _decode(raw, name)
    if not source.strip():
        raise NoticeError("file is empty", name)
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm", ".xhtml") or looks_like_html(source):
        text = html_to_text(source)
    elif suffix in (".md", ".markdown"):
        text = markdown_to_text(source)
    else:
        text = source
    text = "".join(ch for ch in text if ch.isprintable() or ch in "\t\n")  # a saved page may carry control bytes
    # "•<TAB>nimi", "o<TAB>osoite": Word's bullets pasted with a tab are bullets, not table cells
    lines = [re.sub(r"^\s*[•·▪●◦o\uf0b7\uf0a7]\t+", "- ", line) for line in text.splitlines()]
    lines = [re.sub(r"[•·▪●◦\uf0b7\uf0a7]\t+", "• ", line) for line in lines]  # "nimi•<TAB>puhelin": run together
    # "5.<TAB>Rekisteriin talletettavat tiedot": a numbered heading from Word, not a table row
    lines = [re.sub(r"^(\s*(?:\d{1,2}|[A-H])[.)])\t+", r"\1 ", line) for line in lines]
    lines = [strip_inline_html(line).replace("\u00a0", " ").rstrip() for line in lines]
    lines = drop_page_furniture(lines)
    if not any(line.strip() for line in lines):
        raise NoticeError("no text found in the file", name)
    return lines


def _decode(raw: bytes, name: str) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        # Older Finnish pages declare windows-1252 / ISO-8859-1; honour an explicit declaration only.
        declared = re.search(rb"charset=[\"']?([\w-]+)", raw[:4000], re.IGNORECASE)
        if declared and declared.group(1).lower() in (b"windows-1252", b"iso-8859-1", b"iso-8859-15", b"latin-1"):
            return raw.decode("cp1252", errors="replace")
        raise NoticeError(f"not UTF-8 text (byte {exc.start}); save the notice as UTF-8", name) from None
