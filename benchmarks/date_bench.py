"""How often the publication date `docnorm clean` finds in a text dump is the date the same
page's HTML declares (article:published_time, datePublished, …; the chrome-eval benchmark has
both forms of each page). A proxy, not a gold: a declared time is often in UTC where the page
shows its local day, so a found date counts when it is within a day of the declared one (the
exact day is counted too).

    python benchmarks/date_bench.py [--data ../shared/bench/chrome-eval] [--show 20]
"""

from __future__ import annotations

import argparse
import gzip
import sys
from datetime import date
from pathlib import Path

from normalize.classify import classify
from normalize.errors import InputError
from normalize.pipeline import prepare

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "bench" / "chrome-eval"


def declared_day(html: bytes, name: str) -> date | None:
    """The day the page's head declares it was published, or None."""
    value = str(prepare(html, name).segmented.head.get("date", ""))[:10]
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def found_date(text: bytes, name: str) -> tuple[date, str] | None:
    """The day and the wording of the date docnorm finds in a dump, or None."""
    prepared = prepare(text, name)
    found = classify(prepared.segmented, prepared.kind).meta.date
    if found is None:
        return None
    return date.fromisoformat(found[0][:10]), found[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--show", type=int, default=0, help="print this many misses")
    args = parser.parse_args()
    if not (args.data / "dump").is_dir():
        parser.error(f"{args.data}: not the chrome-eval benchmark (no dump/); pass --data")
    pages = found = near = exact = 0
    misses = []
    for dump in sorted((args.data / "dump").glob("*.txt")):
        page = args.data / "html" / f"{dump.stem}.html.gz"
        try:
            declared = declared_day(gzip.decompress(page.read_bytes()), f"{dump.stem}.html")
            result = found_date(dump.read_bytes(), dump.name) if declared else None
        except (OSError, InputError):
            continue
        if declared is None:
            continue
        pages += 1
        if result is None:
            misses.append((dump.stem, declared, "(none)"))
            continue
        found += 1
        days = abs((result[0] - declared).days)
        near += days <= 1
        exact += days == 0
        if days > 1:
            misses.append((dump.stem, declared, result[1]))
    print(f"dumps whose page declares a date: {pages}; a date found: {found}; "
          f"within a day of the declared one: {near} = {near / max(pages, 1):.3f} "
          f"(the same day: {exact})")
    for stem, declared_on, wording in misses[:args.show]:
        print(f"  {stem[:30]:30} {declared_on} | {wording[:60]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
