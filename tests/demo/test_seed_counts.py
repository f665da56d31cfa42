"""seed_demo on a fresh database gives the same rows, model by model, as the recorded baseline
(tests/demo/data/seed_counts.json, taken before the demo moved into lms/demo), and a second run
adds nothing.

Set ``SEED_COUNTS_WRITE=1`` to record a new baseline after a deliberate change of the demo.
"""

import json
import os
from io import StringIO
from pathlib import Path

from django.apps import apps
from django.core.management import call_command

BASELINE = Path(__file__).resolve().parent / "data" / "seed_counts.json"

# Counts left out of the comparison, each with its reason. Everything else the seed touches
# (revisions, log entries, reference index, redirects, ...) is filled deterministically.
NOT_COMPARED = {
    # Made by migrations for every model, not by the seed: they grow whenever an app adds a model.
    "auth.Permission": "one row per model and action, written by migrate",
    "contenttypes.ContentType": "one row per model, written by migrate",
    # Wagtail's search index table of the SQLite backend only; PostgreSQL keeps its own.
    "wagtailsearch.SQLiteFTSIndexEntry": "database-specific search index",
}


def _counts() -> dict[str, int]:
    counts = {}
    for model in sorted(apps.get_models(), key=lambda m: m._meta.label):
        if model._meta.proxy or not model._meta.managed:
            continue
        counts[model._meta.label] = model._default_manager.count()
    return counts


def _compared(counts: dict[str, int]) -> dict[str, int]:
    # A model added after the baseline counts as 0 there; a model with no rows is left out, so
    # the comparison is about what the seed wrote.
    return {k: v for k, v in counts.items() if v and k not in NOT_COMPARED}


def _seed(capture) -> None:
    # Run the on-commit side effects (certificate PDFs, ...) as a real commit would.
    with capture(execute=True):
        call_command("seed_demo", stdout=StringIO())


def test_seed_demo_gives_the_baseline_rows_and_a_second_run_adds_nothing(
    db, django_capture_on_commit_callbacks
):
    _seed(django_capture_on_commit_callbacks)
    first = _counts()
    _seed(django_capture_on_commit_callbacks)
    second = _counts()

    if os.environ.get("SEED_COUNTS_WRITE"):
        BASELINE.write_text(
            json.dumps({"first_run": first, "second_run": second}, indent=2) + "\n",
            encoding="utf-8",
        )
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))
    assert _compared(first) == _compared(baseline["first_run"])
    assert _compared(second) == _compared(baseline["second_run"])
    assert second == first
