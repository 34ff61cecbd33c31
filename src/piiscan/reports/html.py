"""The DPO's report as one self-contained HTML page (jinja2, autoescaped, CSS inline, no scripts).

The page fetches nothing: styles are inline and a Content-Security-Policy forbids every other
resource, so it reads the same offline, from an email attachment or printed to PDF.
"""

from __future__ import annotations

from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from piiscan.reports.view import build_view


def _environment() -> Environment:
    return Environment(
        loader=PackageLoader("piiscan.reports", "templates"),
        autoescape=select_autoescape(enabled_extensions=("html", "j2", "css"), default=True),
        undefined=StrictUndefined,  # a misspelt word in the template fails the tests instead of vanishing
        trim_blocks=False,
        keep_trailing_newline=True,
    )


def render_html(report: dict[str, Any], lang: str = "fi") -> str:
    """The report dict (reports.json.report_dict or a saved JSON report) as an HTML document."""
    view = build_view(report, lang)
    template = _environment().get_template("report.html.j2")
    return template.render(v=view, t=view.t.words())
