"""factcheck: a statistics fact-checker and consistency auditor.

The pipeline, one subpackage per stage:

    read     -> factcheck.read      files to Documents
    extract  -> factcheck.extract   Documents to Claims
    align    -> factcheck.align     Claims that measure the same thing
    checks   -> factcheck.checks    Findings: where aligned claims disagree
    report   -> factcheck.report    text, JSON, Markdown, SARIF, HTML
"""

from .extract import extract
from .models import Claim, Document

__version__ = "0.1.0"
__all__ = ["extract", "Claim", "Document", "__version__"]
