"""The HTML report: self-contained, escaped, every finding visible without JavaScript, and filters that
work in a real headless Chromium (tests marked `browser`, skipped with the reason when none is installed).

The browser is driven over the Chrome DevTools protocol on a pipe (`--remote-debugging-pipe`: JSON
messages ended by NUL on file descriptors 3 and 4), so no websocket client and no downloaded browser
are needed; a page can be loaded with scripts disabled, and the DOM read back as the browser has it."""

from __future__ import annotations

import json
import os
import select
import shutil
import subprocess
import time
from pathlib import Path
from urllib.parse import quote

import pytest
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from factcheck.audit import audit_documents
from factcheck.models import Suppression
from factcheck.read import read_text
from factcheck.report.html import render_html

from tests.report_corpus import BODIES, FRONT

XSS = '<script>document.title="pwned"</script><img src=x onerror="document.title=\'pwned\'">"\'&amp;'


@pytest.fixture(scope="module")
def report():
    documents = [read_text(f"---\npublished: {FRONT[s]}\n---\n{body}", source=s) for s, body in BODIES.items()]
    return audit_documents(documents)


@pytest.fixture(scope="module")
def page(report):
    return render_html(report)


def cards(html: str):
    return HTMLParser(html).css("article.finding")


def visible(html: str) -> int:
    return sum(1 for card in cards(html) if "hidden" not in card.attributes)


# ------------------------------------------------------------------ without a browser


def test_the_corpus_has_findings_of_every_severity(report):
    assert {f.severity for f in report.findings} == {"error", "warning", "info"}
    assert len({f.rule for f in report.findings}) >= 4


def test_self_contained(page):
    tree = HTMLParser(page)
    assert page.startswith("<!DOCTYPE html>")
    assert not tree.css("link, iframe, object, embed, img, base")
    assert all("src" not in node.attributes for node in tree.css("*"))
    assert all("href" not in node.attributes for node in tree.css("*"))
    assert "http://" not in page and "https://" not in page and "@import" not in page and "url(" not in page
    assert len(tree.css("style")) == 1 and len(tree.css("script")) == 1
    csp = tree.css_first('meta[http-equiv="Content-Security-Policy"]').attributes["content"]
    assert "default-src 'none'" in csp and "script-src 'sha256-" in csp and "unsafe" not in csp


def test_summary_and_every_finding_visible_without_javascript(report, page):
    tree = HTMLParser(page)
    assert tree.css_first("#summary-documents b").text() == str(len(report.documents))
    assert tree.css_first("#summary-claims b").text() == str(len(report.claims))
    for severity in ("error", "warning", "info"):
        assert tree.css_first(f"#summary-{severity} b").text() == str(report.summary[severity])
    assert len(cards(page)) == len(report.findings)
    assert visible(page) == len(report.findings)
    assert "hidden" in tree.css_first("#filters").attributes  # the controls only show once the script runs


def test_cards_show_message_passages_marks_and_numbers(report, page):
    by_fingerprint = {card.attributes["data-fingerprint"]: card for card in cards(page)}
    for finding in report.findings:
        card = by_fingerprint[finding.fingerprint]
        assert card.attributes["data-severity"] == finding.severity
        assert card.attributes["data-rule"] == finding.rule
        assert card.css_first(".message").text() == finding.message
        passages = card.css("figure.passage")
        assert len(passages) == len(finding.claims)
        for claim, passage in zip(finding.claims, passages):
            assert passage.css_first(".role").text() == claim.role
            assert passage.css_first(".where").text().startswith(f"{claim.source}:{claim.line}:{claim.column}")
            assert passage.css_first("mark").text() == " ".join(claim.text.split())
            assert passage.css_first("blockquote").text() == " ".join(claim.sentence.split())
        numbers = {dt.text(): dd.text() for dt, dd in zip(card.css(".numbers dt"), card.css(".numbers dd"))}
        assert len(numbers) == sum(1 for v in finding.numbers.values() if v is not None)
    shares = [c for c in cards(page) if c.attributes["data-rule"] == "shares-total"][0]
    assert [m.text() for m in shares.css("mark")] == ["62%", "31%", "15%"]


def test_a_span_is_marked_where_it_stands_as_a_word():
    from factcheck.report.html import highlight

    assert highlight("In 2012, 12 drivers died.", "12") == "In 2012, <mark>12</mark> drivers died."
    assert highlight("Fewer than 5 <b>.", "not there") == "Fewer than 5 &lt;b&gt;. <mark>not there</mark>"


def hostile(report):
    """The report with markup in every text a document or a path can put into the page."""
    bad = report.model_copy(deep=True)
    finding = bad.findings[0]
    finding.message = "Message " + XSS
    finding.numbers = {"key " + XSS: "value " + XSS}
    claim = finding.claims[0]
    claim.sentence = "Before " + claim.text + " after " + XSS
    claim.source = "dir/" + XSS + ".md"
    claim.role = "role " + XSS
    finding.claims[-1].text = XSS
    finding.claims[-1].sentence = "x " + XSS + " y"
    finding.suppression = Suppression(kind="baseline", justification="because " + XSS, location=XSS)
    return bad


def test_document_text_is_escaped(report):
    html = render_html(hostile(report))
    tree = HTMLParser(html)
    assert len(tree.css("script")) == 1 and not tree.css("img")
    assert "<script>document" not in html and "<img" not in html
    card = tree.css_first("article.finding")
    assert card.css_first(".message").text() == "Message " + XSS
    assert XSS in card.css_first(".suppressed").text()
    assert card.css("mark")[-1].text() == XSS
    assert "dir/" + XSS + ".md" in json.loads(card.attributes["data-documents"])


# ------------------------------------------------------------------ in a real browser


def find_chromium() -> str | None:
    candidates = [os.environ.get("FACTCHECK_CHROMIUM", "")]
    candidates += ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"]
    for name in candidates:
        path = shutil.which(name) if name else None
        if path:
            return path
    return None


FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-extensions",
         "--disable-default-apps", "--mute-audio"]


class Browser:
    """Headless Chromium driven over the DevTools protocol on a pipe."""

    def __init__(self, chromium: str, profile: Path, timeout: float = 60):
        self.timeout = timeout
        to_browser_r, self._to_browser = os.pipe()
        self._from_browser, from_browser_w = os.pipe()

        def wire() -> None:  # in the child: our pipe ends become its descriptors 3 (commands) and 4 (answers)
            import fcntl

            commands = fcntl.fcntl(to_browser_r, fcntl.F_DUPFD, 100)
            answers = fcntl.fcntl(from_browser_w, fcntl.F_DUPFD, 100)
            os.dup2(commands, 3)
            os.dup2(answers, 4)

        self.process = subprocess.Popen(
            [chromium, *FLAGS, f"--user-data-dir={profile}", "--remote-debugging-pipe", "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            close_fds=False, preexec_fn=wire,
        )
        os.close(to_browser_r)
        os.close(from_browser_w)
        self._buffer = b""
        self._id = 0
        self._events: list[dict] = []

    def send(self, method: str, params: dict | None = None, session: str | None = None) -> dict:
        self._id += 1
        message = {"id": self._id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        while True:
            answer = self._read()
            if answer.get("id") == self._id:
                if "error" in answer:
                    raise RuntimeError(f"{method}: {answer['error']}")
                return answer["result"]
            self._events.append(answer)

    def _read(self) -> dict:
        deadline = time.monotonic() + self.timeout
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self._from_browser], [], [], left)[0]:
                raise TimeoutError("chromium did not answer")
            chunk = os.read(self._from_browser, 1 << 16)
            if not chunk:
                raise RuntimeError("chromium closed the DevTools pipe")
            self._buffer += chunk
        raw, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(raw)

    def _wait(self, method: str, session: str) -> dict:
        while True:
            for n, event in enumerate(self._events):
                if event.get("method") == method and event.get("sessionId") == session:
                    return self._events.pop(n)
            self._events.append(self._read())

    def open(self, url: str, scripts: bool = True) -> "Tab":
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        self.send("Page.enable", session=session)
        if not scripts:
            self.send("Emulation.setScriptExecutionDisabled", {"value": True}, session=session)
        self.send("Page.navigate", {"url": url}, session=session)
        self._wait("Page.loadEventFired", session)
        return Tab(self, target, session)

    def close(self) -> None:
        try:
            self.send("Browser.close")
        except Exception:
            pass
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        os.close(self._to_browser)
        os.close(self._from_browser)


class Tab:
    def __init__(self, browser: Browser, target: str, session: str):
        self.browser, self.target, self.session = browser, target, session

    def dom(self) -> str:
        """The document as the browser has it now (attributes the script set included)."""
        root = self.browser.send("DOM.getDocument", {"depth": -1}, session=self.session)["root"]
        return self.browser.send("DOM.getOuterHTML", {"nodeId": root["nodeId"]}, session=self.session)["outerHTML"]

    def eval(self, expression: str):
        result = self.browser.send("Runtime.evaluate", {"expression": expression, "returnByValue": True},
                                   session=self.session)
        assert "exceptionDetails" not in result, result
        return result["result"].get("value")

    def close(self) -> None:
        self.browser.send("Target.closeTarget", {"targetId": self.target})


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    path = find_chromium()
    if not path:
        pytest.skip("no chromium binary found (apt-get install chromium, or set FACTCHECK_CHROMIUM)")
    chromium = Browser(path, tmp_path_factory.mktemp("chromium-profile"))
    yield chromium
    chromium.close()


@pytest.fixture(scope="module")
def html_url(tmp_path_factory, page):
    path = tmp_path_factory.mktemp("html") / "report.html"
    path.write_text(page, encoding="utf-8")
    return path.resolve().as_uri()


def load(browser: Browser, url: str, scripts: bool = True) -> str:
    tab = browser.open(url, scripts=scripts)
    try:
        return tab.dom()
    finally:
        tab.close()


@pytest.mark.browser
def test_browser_filters_by_severity_rule_and_document(browser, html_url, report):
    findings = report.findings

    def touching(doc):
        return [f for f in findings if any(c.source == doc for c in f.claims)]

    rule = "value-conflict"
    cases = {
        "": len(findings),
        "severity=error": sum(f.severity == "error" for f in findings),
        "severity=warning": sum(f.severity == "warning" for f in findings),
        "severity=info": sum(f.severity == "info" for f in findings),
        "severity=error,warning": sum(f.severity in ("error", "warning") for f in findings),
        f"rule={rule}": sum(f.rule == rule for f in findings),
        "rule=shares-total": sum(f.rule == "shares-total" for f in findings),
        "document=b.md": len(touching("b.md")),
        f"document={quote('c d.md')}": len(touching("c d.md")),
        f"document={quote('brief/a.md', safe='')}": len(touching("brief/a.md")),
        "document=a.md": len(touching("brief/a.md")),  # a file name finds the document in its folder
        "severity=error&document=b.md": sum(f.severity == "error" for f in touching("b.md")),
        f"severity=info&rule={rule}": 0,
    }
    assert len(set(cases.values())) >= 4  # the filters really tell the findings apart on this corpus
    for fragment, expected in cases.items():
        dom = load(browser, html_url + (f"#{fragment}" if fragment else ""))
        assert len(cards(dom)) == len(findings), fragment
        assert visible(dom) == expected, fragment
        tree = HTMLParser(dom)
        assert "hidden" not in tree.css_first("#filters").attributes  # the script ran and showed the controls
        assert tree.css_first("#visible-count").text().startswith(f"{expected} of {len(findings)} "), fragment


@pytest.mark.browser
def test_browser_query_string_works_like_the_fragment(browser, html_url, report):
    dom = load(browser, html_url + "?severity=warning")
    assert visible(dom) == sum(f.severity == "warning" for f in report.findings)


@pytest.mark.browser
def test_browser_controls_follow_the_url_and_the_url_follows_the_controls(browser, html_url, report):
    tab = browser.open(html_url + "#severity=error,info&rule=value-conflict&document=a.md")
    try:
        assert tab.eval("['error','warning','info'].map(s => document.getElementById('filter-severity-' + s)"
                        ".checked).join()") == "true,false,true"
        assert tab.eval("document.getElementById('filter-rule').value") == "value-conflict"
        assert tab.eval("document.getElementById('filter-document').value") == "brief/a.md"
        # an editor picks another rule and document in the form
        tab.eval("""(() => {
            document.getElementById('filter-severity-warning').checked = true;
            document.getElementById('filter-rule').value = 'shares-total';
            document.getElementById('filter-document').value = '';
            document.getElementById('filters').dispatchEvent(new Event('change'));
        })()""")
        assert visible(tab.dom()) == sum(f.rule == "shares-total" and f.severity in ("error", "warning", "info")
                                         for f in report.findings)
        assert tab.eval("location.hash") == "#rule=shares-total"
        tab.eval("document.getElementById('filter-reset').click()")
        assert visible(tab.dom()) == len(report.findings)
        assert tab.eval("location.hash") == ""
    finally:
        tab.close()


@pytest.mark.browser
def test_browser_without_javascript_shows_every_finding(browser, html_url, report):
    dom = load(browser, html_url + "#severity=error&rule=value-conflict", scripts=False)
    assert len(cards(dom)) == len(report.findings)
    assert visible(dom) == len(report.findings)
    assert "hidden" in HTMLParser(dom).css_first("#filters").attributes  # no dead controls without the script


@pytest.mark.browser
def test_browser_runs_no_injected_markup(browser, tmp_path, report):
    path = tmp_path / "hostile.html"
    path.write_text(render_html(hostile(report)), encoding="utf-8")
    tab = browser.open(path.as_uri() + "#severity=error")
    try:
        assert tab.eval("document.title") == "factcheck audit"
        assert tab.eval("document.scripts.length") == 1
        assert tab.eval("document.images.length") == 0
        assert tab.eval("document.querySelector('article.finding .message').textContent") == "Message " + XSS
        # the filters still work with markup in the documents' names
        assert visible(tab.dom()) == sum(f.severity == "error" for f in report.findings)
    finally:
        tab.close()
