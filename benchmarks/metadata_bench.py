"""A text dump's title, date, authors and section, as docnorm finds them, against its page's head.

How often what `docnorm clean` finds in a dump is what the same page's HTML declares in its head
(the chrome-eval benchmark has both forms of each page).

A proxy, not a gold:
- title: a declared title may add the site's name ("… | ZDNet"), so a found title counts when
  it stands inside a declared one (`<title>` or `og:title`) or is near it (difflib ratio ≥ .8);
- date: a declared time (article:published_time, datePublished, …) is often in UTC where the
  page shows its local day, so a found date counts when it is within a day of it;
- authors: a declared author (`<meta name="author">`, article:author) counts as found when a
  found name holds it or stands in it; a page declaring a company or a site is a miss;
- section: a declared section (article:section) counts when the found one holds it or stands in
  it, case aside; most pages declare a category's slug that their text never shows.
With --schema, what a page's schema.org JSON-LD declares counts too where its meta tags say
nothing (its Person authors, datePublished, an articleSection that reads as a section's name).

    python benchmarks/metadata_bench.py [--data ../shared/bench/chrome-eval] [--show 20] [--schema]
"""

from __future__ import annotations

import argparse
import difflib
import gzip
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from normalize.classify import Found, classify
from normalize.errors import InputError
from normalize.pipeline import prepare

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "bench" / "chrome-eval"
MIN_RATIO = 0.8
MIN_CHARS = 8  # a found title shorter than this ("News") matches by chance


@dataclass
class Tally:
    """One field's count: pages that declare it, pages where it was found, and matches."""

    name: str
    declared: int = 0
    found: int = 0
    matched: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, page: str, found: bool, matched: bool, shown: str) -> None:
        self.declared += 1
        self.found += found
        self.matched += matched
        if not matched:
            self.misses.append(f"{page[:30]:30} {shown}")

    def line(self) -> str:
        return (f"{self.name}: {self.declared} pages declare one; found on {self.found}; matching "
                f"{self.matched} = {self.matched / max(self.declared, 1):.3f}")


def title_matches(found: str, declared: list[str]) -> bool:
    found = " ".join(found.split()).lower()
    return len(found) >= MIN_CHARS and any(
        found in title or difflib.SequenceMatcher(None, found, title).ratio() >= MIN_RATIO
        for title in (" ".join(t.lower().split()) for t in declared))


def day(value: str) -> date | None:
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def authors_match(found: tuple[str, ...], declared: str) -> bool:
    return any(name.lower() in author or author in name.lower()
               for author in declared.lower().splitlines() for name in found)


def with_schema(head: dict[str, str]) -> dict[str, str]:
    """The head with what its JSON-LD declares (linkeddata) where its meta tags say nothing."""
    return {**{key: head[f"schema_{key}"] for key in ("author", "date", "section")
               if f"schema_{key}" in head}, **head}


def measure(head: dict[str, str], meta: Found, page: str, tallies: dict[str, Tally]) -> None:
    """Add one page's title, date and authors to their tallies, for what its head declares."""
    titles = [head[key] for key in ("title", "og:title") if head.get(key)]
    if titles:
        tallies["title"].add(page, bool(meta.title), title_matches(meta.title, titles),
                             f"{meta.title[:40]!r:44} | {titles[0][:50]}")
    declared_day = day(head.get("date", ""))
    if declared_day:
        found_day = day(meta.date[0]) if meta.date else None
        near = found_day is not None and abs((found_day - declared_day).days) <= 1
        tallies["date"].add(page, found_day is not None, near,
                            f"{declared_day} | {meta.date[1][:60] if meta.date else '(none)'}")
    author = head.get("author", "")
    if author:
        tallies["authors"].add(page, bool(meta.authors), authors_match(meta.authors, author),
                               f"{author[:30]!r:34} | {', '.join(meta.authors)[:50]}")
    section = head.get("section", "")
    if section:
        found = meta.section.lower()
        tallies["section"].add(page, bool(found), bool(found) and (found in section.lower()
                                                                   or section.lower() in found),
                               f"{section[:30]!r:34} | {meta.section[:50]}")


def pages(data: Path) -> Iterator[tuple[str, dict[str, str], Found]]:
    """Each page with a dump and an HTML form: its name, its HTML head, the dump's metadata."""
    for dump in sorted((data / "dump").glob("*.txt")):
        page = data / "html" / f"{dump.stem}.html.gz"
        try:
            head = prepare(gzip.decompress(page.read_bytes()), f"{dump.stem}.html").segmented.head
            prepared = prepare(dump.read_bytes(), dump.name)
        except (OSError, InputError):
            continue
        yield dump.stem, head, classify(prepared.segmented, prepared.kind).meta


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--show", type=int, default=0, help="print this many misses of each")
    parser.add_argument("--schema", action="store_true",
                        help="also count what a page's JSON-LD declares where its meta tags do not")
    args = parser.parse_args()
    if not (args.data / "dump").is_dir():
        parser.error(f"{args.data}: not the chrome-eval benchmark (no dump/); pass --data")
    tallies = {name: Tally(name) for name in ("title", "date", "authors", "section")}
    for page, head, meta in pages(args.data):
        measure(with_schema(head) if args.schema else head, meta, page, tallies)
    for tally in tallies.values():
        print(tally.line())
        for miss in tally.misses[:args.show]:
            print(f"  {miss}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
