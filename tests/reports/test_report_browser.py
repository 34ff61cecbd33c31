"""The HTML report in a real browser: the verdict and the first gap on the first screen, nothing fetched.

Headless Chromium (Debian's ``chromium``) opens the demo's Finnish report at 1280 × 900. In CI a
missing browser fails the test; on a developer's machine it skips it. With
PIISCAN_UPDATE_SCREENSHOTS=1 the screenshot is also saved as docs/report-fi.png for the README.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from headless_chromium import find_chromium, visit
from piiscan.reports.files import write_report

REPO = Path(__file__).resolve().parents[2]
WIDTH, HEIGHT = 1280, 900

# Where the verdict sentence and the first undeclared finding are, and whether anything covers them.
MEASURE = """(() => {
  const box = (selector) => {
    const el = document.querySelector(selector);
    if (!el) return null;
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + Math.min(20, r.width / 2), r.top + r.height / 2);
    return {top: r.top, bottom: r.bottom, left: r.left, right: r.right, text: el.innerText,
            uncovered: !!hit && (hit === el || el.contains(hit)),
            visible: getComputedStyle(el).visibility === "visible" && r.width > 0 && r.height > 0};
  };
  return {width: innerWidth, height: innerHeight,
          verdict: box("#verdict .sentence"),
          finding: box("#undeclared article.category tbody tr")};
})()"""


@pytest.fixture(scope="module")
def chromium() -> str:
    path = find_chromium()
    if path is None:
        message = "headless Chromium is not installed (apt-get install chromium)"
        if os.environ.get("CI") or os.environ.get("PIISCAN_REQUIRE_SERVERS"):
            pytest.fail(message)
        pytest.skip(message)
    return path


def _on_first_screen(box: dict | None, width: int, height: int) -> bool:
    return bool(box) and box["visible"] and box["uncovered"] and 0 <= box["top"] and box["bottom"] <= height \
        and 0 <= box["left"] and box["right"] <= width


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["fi", "en"])
def test_demo_report_in_chromium(chromium, demo_report, tmp_path, lang):
    page = tmp_path / f"report-{lang}.html"
    write_report(demo_report, page, lang)
    result = visit(chromium, page, tmp_path / "profile", MEASURE, WIDTH, HEIGHT)

    assert result.requests == []
    assert result.console_errors == []
    assert (result.boxes["width"], result.boxes["height"]) == (WIDTH, HEIGHT)
    verdict, finding = result.boxes["verdict"], result.boxes["finding"]
    assert _on_first_screen(verdict, WIDTH, HEIGHT), verdict
    assert _on_first_screen(finding, WIDTH, HEIGHT), finding
    if lang == "fi":
        assert verdict["text"].startswith("Tarkastetuista tiedoista löytyi henkilötietoja")
        assert finding["text"].startswith("asiakkaat.hetu")
        assert "varmistettu" in finding["text"]
    else:
        assert "does not declare: personal identity code" in verdict["text"]
    assert result.screenshot.startswith(b"\x89PNG\r\n\x1a\n")
    shot = tmp_path / f"report-{lang}.png"
    shot.write_bytes(result.screenshot)
    if lang == "fi" and os.environ.get("PIISCAN_UPDATE_SCREENSHOTS"):
        (REPO / "docs").mkdir(exist_ok=True)
        shutil.copyfile(shot, REPO / "docs" / "report-fi.png")


@pytest.mark.browser
def test_a_page_that_fetches_is_caught(chromium, tmp_path):
    """The checks can fail: a page with a remote image and a script error is reported as such."""
    page = tmp_path / "bad.html"
    page.write_text('<!DOCTYPE html><html><body><p id="x">x</p><img src="http://192.0.2.1/pixel.png">'
                    "<script>undefinedFunction()</script></body></html>", encoding="utf-8")
    result = visit(chromium, page, tmp_path / "profile", "({})", WIDTH, HEIGHT)
    assert result.requests == ["http://192.0.2.1/pixel.png"]
    assert any("undefinedFunction" in error for error in result.console_errors)
