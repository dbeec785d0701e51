"""Quotations and attribution: who said what, and through whom.

``QuoteFinder`` finds quotes in a parsed document (quotation marks + reporting verbs from
``data/quotes/reporting_verbs.yaml``, channels from ``data/quotes/channels.yaml``);
``attribute_events`` gives events inside reported speech their attribution.
"""

from .attribution import attribute_events
from .finder import QuoteFinder
from .lexicon import QuoteLexicon
from .marks import Segment, find_segments
from .quote_assembly import FoundQuote

__all__ = ["QuoteFinder", "FoundQuote", "QuoteLexicon", "attribute_events", "Segment", "find_segments"]
