"""eventwire: who did what to whom, when, where, and according to whom — from news text."""

from .options import Options
from .pipeline import CodedArticle, Pipeline, code_text
from .records import ActorRef, Article, Attribution, Event, Evidence, Location, Quote, Speaker, Time

__version__ = "0.1.0"

__all__ = [
    "Options", "Pipeline", "CodedArticle", "code_text",
    "Article", "Event", "Quote", "Time", "ActorRef", "Speaker", "Attribution", "Location", "Evidence",
    "__version__",
]
