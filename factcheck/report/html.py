"""The HTML report: one self-contained page an editor opens in a browser (`factcheck audit --format html`).

No external resources: CSS and JavaScript are inline, and a Content-Security-Policy
allows only those two blocks (by hash), so nothing is fetched and no injected markup
could run. Every piece of document text is escaped.

The page has a summary (documents, claims, findings by severity), filters by
severity, rule and document, and one card per finding: its message, each claim's
passage side by side with the claim highlighted (<mark>) in its sentence, where it is
(source:line:column), its role, and the numbers behind the verdict.

Without JavaScript every finding is shown and the filter form stays hidden. With it,
the filters hide cards by setting the `hidden` attribute; their state lives in the
URL fragment, which the page also reads on load, so a filtered view can be linked to:

    report.html#severity=error,warning&rule=value-conflict&document=sources/a.md

`severity` takes a comma-separated list (or repeats); `rule` a check id; `document` a
source as the report gives it, or its file name. A query string (`?severity=error`)
works the same. Stable hooks for tests and scripts: `#filters`, inputs
`#filter-severity-error|warning|info`, selects `#filter-rule` and `#filter-document`,
`#visible-count`, and cards `article.finding` with `data-severity`, `data-rule`,
`data-documents` (a JSON list of sources) and `data-fingerprint`.
"""

from __future__ import annotations

import base64
import hashlib
import json
from html import escape
from typing import Any, Iterable, Optional

from ..spans import find_span
from .figures import figure

SEVERITIES = ("error", "warning", "info")
SEVERITY_LABELS = {"error": "errors", "warning": "warnings", "info": "notes"}
SEVERITY_RANK = {"error": 2, "warning": 1, "info": 0}

CSS = """
:root { --error: #b42318; --warning: #b54708; --info: #175cd3; --ink: #1d2939; --muted: #667085;
        --line: #d0d5dd; --bg: #f9fafb; --mark: #fde68a; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink);
       background: var(--bg); }
header, main { max-width: 1200px; margin: 0 auto; padding: 0 20px; }
header { padding-top: 20px; }
h1 { font-size: 22px; margin: 0 0 4px; }
.tool { color: var(--muted); font-size: 13px; margin: 0 0 12px; }
.summary { display: flex; flex-wrap: wrap; gap: 10px; margin: 0 0 14px; padding: 0; list-style: none; }
.summary li { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 8px 14px; min-width: 110px; }
.summary b { display: block; font-size: 22px; line-height: 1.2; }
.summary .error b { color: var(--error); } .summary .warning b { color: var(--warning); }
.summary .info b { color: var(--info); }
#filters { display: flex; flex-wrap: wrap; align-items: center; gap: 10px 22px; background: #fff;
           border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; margin-bottom: 16px; }
#filters fieldset { border: 0; margin: 0; padding: 0; display: flex; gap: 12px; align-items: center; }
#filters legend { float: left; margin-right: 8px; font-weight: 600; }
#filters label { white-space: nowrap; }
#filters .filter { display: flex; gap: 8px; align-items: center; }
#filters .filter label { font-weight: 600; }
#filters select { font: inherit; max-width: 300px; }
.filter-status { margin-left: auto; display: flex; gap: 10px; align-items: center; }
#visible-count { color: var(--muted); }
.finding { background: #fff; border: 1px solid var(--line); border-left: 6px solid var(--muted);
           border-radius: 8px; padding: 12px 16px; margin: 0 0 14px; }
.finding.error { border-left-color: var(--error); } .finding.warning { border-left-color: var(--warning); }
.finding.info { border-left-color: var(--info); }
.finding[hidden] { display: none; }
.finding h2 { font-size: 15px; margin: 0 0 6px; display: flex; flex-wrap: wrap; gap: 8px; align-items: baseline; }
.badge { font-size: 12px; font-weight: 700; text-transform: uppercase; letter-spacing: .03em; color: #fff;
         border-radius: 4px; padding: 1px 7px; background: var(--muted); }
.badge.error { background: var(--error); } .badge.warning { background: var(--warning); }
.badge.info { background: var(--info); } .badge.waived { background: #475467; }
.rule { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 13px; }
.rule-summary { color: var(--muted); font-weight: 400; font-size: 13px; }
.message { margin: 0 0 10px; }
.passages { display: grid; grid-template-columns: repeat(auto-fit, minmax(260px, 1fr)); gap: 10px; }
.passage { border: 1px solid var(--line); border-radius: 6px; padding: 8px 10px; background: #fcfcfd; margin: 0; }
.passage header { padding: 0; margin: 0 0 4px; display: flex; flex-wrap: wrap; gap: 4px 10px; align-items: baseline;
                  font-size: 13px; }
.role { font-weight: 700; display: inline-block; }
.role::first-letter { text-transform: uppercase; }
.where { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; color: var(--muted);
         overflow-wrap: anywhere; }
.published { color: var(--muted); }
.passage blockquote { margin: 0; }
mark { background: var(--mark); padding: 0 2px; border-radius: 2px; font-weight: 600; }
.numbers { display: flex; flex-wrap: wrap; gap: 4px 18px; margin: 10px 0 0; font-size: 13px; }
.numbers div { display: flex; gap: 6px; } .numbers dt { color: var(--muted); } .numbers dd { margin: 0; font-weight: 600; }
.suppressed { font-size: 13px; color: #475467; margin: 8px 0 0; }
.fingerprint { font-size: 11px; color: var(--muted); margin: 8px 0 0;
               font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
.none { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 16px; }
footer { max-width: 1200px; margin: 0 auto; padding: 4px 20px 24px; color: var(--muted); font-size: 12px; }
"""

# Reads the filters from the URL (fragment, then query), applies them by setting `hidden`,
# and keeps the fragment in step with the controls. It never writes document text into the page.
JS = """
(function () {
  "use strict";
  var form = document.getElementById("filters");
  if (!form) { return; }
  var cards = Array.prototype.slice.call(document.querySelectorAll("article.finding"));
  var boxes = Array.prototype.slice.call(form.querySelectorAll("input[data-filter=severity]"));
  var rule = document.getElementById("filter-rule");
  var doc = document.getElementById("filter-document");
  var count = document.getElementById("visible-count");
  var reset = document.getElementById("filter-reset");

  function base(path) { var parts = path.split(/[\\\\/]/); return parts[parts.length - 1]; }
  function docMatches(source, wanted) { return source === wanted || base(source) === wanted; }

  function parse(text) {
    var out = {};
    text.replace(/^[#?]/, "").split("&").forEach(function (pair) {
      if (!pair) { return; }
      var at = pair.indexOf("=");
      var key = decodeURIComponent((at < 0 ? pair : pair.slice(0, at)).replace(/\\+/g, " "));
      var value = at < 0 ? "" : decodeURIComponent(pair.slice(at + 1).replace(/\\+/g, " "));
      (out[key] = out[key] || []).push(value);
    });
    return out;
  }

  function selectValue(select, wanted) {
    if (!wanted) { select.value = ""; return; }
    for (var i = 0; i < select.options.length; i++) {
      if (select.options[i].value && docMatches(select.options[i].value, wanted)) {
        select.value = select.options[i].value; return;
      }
    }
    select.value = "";
  }

  function fromUrl() {
    var params = parse(window.location.search);
    var hash = parse(window.location.hash);
    Object.keys(hash).forEach(function (key) { params[key] = hash[key]; });
    if (params.severity) {
      var wanted = [];
      params.severity.forEach(function (v) { wanted = wanted.concat(v.split(",")); });
      boxes.forEach(function (box) { box.checked = wanted.indexOf(box.value) >= 0; });
    } else {
      boxes.forEach(function (box) { box.checked = true; });
    }
    selectValue(rule, params.rule ? params.rule[0] : "");
    var wantedDoc = params.document ? params.document[0] : "";
    selectValue(doc, wantedDoc);
    return wantedDoc;
  }

  function apply(wantedDoc) {
    var severities = boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; });
    var docValue = doc.value || wantedDoc || "";
    var shown = 0;
    cards.forEach(function (card) {
      var docs = JSON.parse(card.getAttribute("data-documents") || "[]");
      var ok = severities.indexOf(card.getAttribute("data-severity")) >= 0 &&
        (!rule.value || card.getAttribute("data-rule") === rule.value) &&
        (!docValue || docs.some(function (s) { return docMatches(s, docValue); }));
      if (ok) { card.removeAttribute("hidden"); shown++; } else { card.setAttribute("hidden", ""); }
    });
    count.textContent = shown + " of " + cards.length + " finding" + (cards.length === 1 ? "" : "s") + " shown";
  }

  function toUrl() {
    var parts = [];
    var severities = boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; });
    if (severities.length !== boxes.length) { parts.push("severity=" + severities.join(",")); }
    if (rule.value) { parts.push("rule=" + encodeURIComponent(rule.value)); }
    if (doc.value) { parts.push("document=" + encodeURIComponent(doc.value)); }
    var url = window.location.pathname + window.location.search + (parts.length ? "#" + parts.join("&") : "");
    try { window.history.replaceState(null, "", url); } catch (e) { /* file: URLs in some browsers */ }
  }

  form.addEventListener("change", function () { apply(""); toUrl(); });
  if (reset) {
    reset.addEventListener("click", function () {
      boxes.forEach(function (b) { b.checked = true; }); rule.value = ""; doc.value = ""; apply(""); toUrl();
    });
  }
  window.addEventListener("hashchange", function () { apply(fromUrl()); });
  form.removeAttribute("hidden");
  apply(fromUrl());
})();
"""


def _csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def _e(value: Any) -> str:
    return escape("" if value is None else str(value), quote=True)


def _collapse(text: str) -> str:
    return " ".join(str(text).split())


def _name(source: str) -> str:
    return source.replace("\\", "/").rsplit("/", 1)[-1]


def highlight(sentence: str, span: str) -> str:
    """The sentence, escaped, with the claim's span (whitespace collapsed) in <mark>.
    When the span is not in the sentence, the sentence is followed by the marked span."""
    sentence, span = _collapse(sentence), _collapse(span)
    if not span:
        return _e(sentence)
    at = find_span(sentence, span)
    if at < 0:
        prefix = _e(sentence) + " " if sentence else ""
        return prefix + "<mark>" + _e(span) + "</mark>"
    return _e(sentence[:at]) + "<mark>" + _e(span) + "</mark>" + _e(sentence[at + len(span):])


def _rule_summaries() -> dict[str, str]:
    try:
        from ..checks import CHECKS
        from .sarif import rule_doc
    except Exception:  # pragma: no cover - the registry is always importable in the package
        return {}
    return {check.id: rule_doc(check)["summary"] for check in CHECKS}


def _sort_key(f: Any):
    first = f.claims[0] if f.claims else None
    return (-SEVERITY_RANK.get(f.severity, 0), f.rule, first.source if first else "", first.line if first else 0,
            first.column if first else 0, f.fingerprint)


def _passage(c: Any, titles: dict[str, str]) -> str:
    where = f"{c.source}:{c.line}:{c.column}"
    title = titles.get(c.source)
    title_attr = f' title="{_e(title)}"' if title else ""
    page = f" (page {c.page})" if getattr(c, "page", None) is not None else ""
    published = getattr(c, "published", None)
    pub = f'<span class="published">published {_e(published.isoformat())}</span>' if published else ""
    label = c.cell_label() if hasattr(c, "cell_label") else None
    if label:
        pub += f'<span class="published">{_e(label)}</span>'
    return (
        f'<figure class="passage" data-claim-id="{_e(c.id)}" data-source="{_e(c.source)}">'
        f'<header><span class="role">{_e(c.role)}</span>'
        f'<code class="where"{title_attr}>{_e(where)}{_e(page)}</code>{pub}</header>'
        f"<blockquote>{highlight(c.sentence, c.text)}</blockquote>"
        f"</figure>"
    )


def _numbers(numbers: dict) -> str:
    items = [(k, v) for k, v in numbers.items() if v is not None]
    if not items:
        return ""
    cells = "".join(f"<div><dt>{_e(k.replace('_', ' '))}</dt><dd>{_e(figure(v))}</dd></div>" for k, v in items)
    return f'<dl class="numbers">{cells}</dl>'


def _suppression(s: Any) -> str:
    if s is None:
        return ""
    kind = {"claim-list": "a claim list", "baseline": "the baseline"}.get(getattr(s, "kind", ""), "a waiver")
    where = f" ({_e(s.location)})" if getattr(s, "location", None) else ""
    why = f": {_e(s.justification)}" if getattr(s, "justification", "") else ""
    return f'<p class="suppressed">Waived by {kind}{where}{why}</p>'


def _card(n: int, f: Any, summaries: dict[str, str], titles: dict[str, str]) -> str:
    documents = sorted({c.source for c in f.claims})
    waived = getattr(f, "suppression", None) is not None
    summary = summaries.get(f.rule, "")
    classes = f"finding {f.severity}" + (" waived" if waived else "")
    fingerprint = f.fingerprint or f"n{n}"
    return (
        f'<article class="{_e(classes)}" id="finding-{_e(fingerprint)}" data-severity="{_e(f.severity)}" '
        f'data-rule="{_e(f.rule)}" data-documents="{_e(json.dumps(documents, ensure_ascii=False))}" '
        f'data-fingerprint="{_e(f.fingerprint)}" data-waived="{"true" if waived else "false"}">'
        f'<h2><span class="badge {_e(f.severity)}">{_e(f.severity)}</span>'
        + ('<span class="badge waived">waived</span>' if waived else "")
        + f'<span class="rule">{_e(f.rule)}</span>'
        + (f'<span class="rule-summary">{_e(summary)}</span>' if summary else "")
        + "</h2>"
        f'<p class="message">{_e(f.message)}</p>'
        f'<div class="passages">{"".join(_passage(c, titles) for c in f.claims)}</div>'
        f"{_numbers(f.numbers)}{_suppression(getattr(f, 'suppression', None))}"
        f'<p class="fingerprint">fingerprint {_e(f.fingerprint)}</p>'
        f"</article>"
    )


def _options(values: Iterable[tuple[str, str]], everything: str) -> str:
    out = [f'<option value="">{_e(everything)}</option>']
    out += [f'<option value="{_e(value)}">{_e(label)}</option>' for value, label in values]
    return "".join(out)


def _filters(findings: list, documents: list[str]) -> str:
    by_severity = {s: sum(1 for f in findings if f.severity == s) for s in SEVERITIES}
    rules = sorted({f.rule for f in findings})
    rule_counts = {r: sum(1 for f in findings if f.rule == r) for r in rules}
    doc_counts = {d: sum(1 for f in findings if any(c.source == d for c in f.claims)) for d in documents}
    boxes = "".join(
        f'<label><input type="checkbox" id="filter-severity-{s}" name="severity" value="{s}" '
        f'data-filter="severity" checked> {s} ({by_severity[s]})</label>'
        for s in SEVERITIES
    )
    rule_options = _options(((r, f"{r} ({rule_counts[r]})") for r in rules), "all rules")
    doc_options = _options(((d, f"{d} ({doc_counts[d]})") for d in documents), "all documents")
    return (
        '<form id="filters" hidden>'
        f'<fieldset id="filter-severity"><legend>Severity</legend>{boxes}</fieldset>'
        f'<div class="filter"><label for="filter-rule">Rule</label>'
        f'<select id="filter-rule" name="rule" data-filter="rule">{rule_options}</select></div>'
        f'<div class="filter"><label for="filter-document">Document</label>'
        f'<select id="filter-document" name="document" data-filter="document">{doc_options}</select></div>'
        '<div class="filter-status">'
        f'<output id="visible-count">{len(findings)} of {len(findings)} findings shown</output>'
        '<button type="button" id="filter-reset">Show all</button></div>'
        "</form>"
    )


def render_html(report: Any, title: Optional[str] = None) -> str:
    """The report as one self-contained HTML page (UTF-8 text)."""
    findings = sorted(report.findings, key=_sort_key)
    documents = sorted({d.source for d in report.documents} | {c.source for f in findings for c in f.claims})
    summary = dict(getattr(report, "summary", {}) or {})
    waived = sum(1 for f in findings if getattr(f, "suppression", None) is not None)
    tool = getattr(report, "tool", None)
    tool_line = f"{getattr(tool, 'name', 'factcheck')} {getattr(tool, 'version', '')}".strip()
    title = title or "factcheck audit"
    summaries = _rule_summaries()
    titles = {d.source: d.title for d in report.documents if getattr(d, "title", None)}

    stats = [
        ("documents", "documents", len(report.documents)),
        ("claims", "claims", len(report.claims)),
    ] + [(s, SEVERITY_LABELS[s], summary.get(s, sum(1 for f in findings if f.severity == s and
                                                      getattr(f, "suppression", None) is None)))
         for s in SEVERITIES]
    if waived:
        stats.append(("waived", "waived", waived))
    summary_html = "".join(f'<li class="{k}" id="summary-{k}"><b>{v}</b>{_e(label)}</li>' for k, label, v in stats)

    if findings:
        body = "".join(_card(n, f, summaries, titles) for n, f in enumerate(findings, 1))
    else:
        body = '<p class="none">No contradictions found.</p>'

    csp = (f"default-src 'none'; style-src {_csp_hash(CSS)}; script-src {_csp_hash(JS)}; "
           "img-src 'none'; base-uri 'none'; form-action 'none'")
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{_e(csp)}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f"<title>{_e(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
        f"<header><h1>{_e(title)}</h1><p class=\"tool\">{_e(tool_line)}</p>"
        f'<ul class="summary" id="summary">{summary_html}</ul></header>\n'
        f"<main>\n{_filters(findings, documents) if findings else ''}\n"
        f'<section id="findings">{body}</section>\n</main>\n'
        "<footer>Filters need JavaScript; without it every finding is shown. "
        "Link to a filtered view with #severity=error&amp;rule=RULE&amp;document=FILE.</footer>\n"
        f"<script>{JS}</script>\n</body>\n</html>\n"
    )
