"""How many cases each fuzz test runs.

CI runs a small, derandomised budget (the same cases every run, so a red build is reproducible).
The long run draws fresh random cases: ``EVENTWIRE_FUZZ_EXAMPLES=2000 pytest tests/reliability``
(see tests/reliability/README.md); ``--hypothesis-show-statistics`` prints the cases run per test.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

LONG_RUN = int(os.environ.get("EVENTWIRE_FUZZ_EXAMPLES", "0") or 0)


def fuzz(fast: int, *, scale: float = 1.0) -> settings:
    """Hypothesis settings: ``fast`` cases in CI; ``scale`` x the long-run budget otherwise."""
    examples = max(1, int(LONG_RUN * scale)) if LONG_RUN else fast
    return settings(max_examples=examples, deadline=None, derandomize=not LONG_RUN, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                                           HealthCheck.data_too_large, HealthCheck.filter_too_much])
