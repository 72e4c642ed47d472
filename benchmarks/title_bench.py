"""How often the title `docnorm clean` finds in a text dump is the page's own title: the
`<title>` or `og:title` that the same page's HTML declares (the chrome-eval benchmark has both
forms of each page). A proxy, not a gold: a declared title may add the site's name ("… | ZDNet"),
so a found title counts when it stands inside a declared one or is near it (difflib ratio ≥ .8).

    python benchmarks/title_bench.py [--data ../shared/bench/chrome-eval] [--show 20]
"""

from __future__ import annotations

import argparse
import difflib
import gzip
import sys
from pathlib import Path

from normalize.classify import classify
from normalize.errors import InputError
from normalize.pipeline import prepare

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "bench" / "chrome-eval"
MIN_RATIO = 0.8
MIN_CHARS = 8  # a found title shorter than this ("News") matches by chance


def declared_titles(html: bytes, name: str) -> list[str]:
    head = prepare(html, name).segmented.head
    return [str(head[key]).lower() for key in ("title", "og:title") if head.get(key)]


def dump_title(text: bytes, name: str) -> str:
    prepared = prepare(text, name)
    return classify(prepared.segmented, prepared.kind).meta.title


def matches(found: str, declared: list[str]) -> bool:
    found = " ".join(found.split()).lower()
    return len(found) >= MIN_CHARS and any(
        found in title or difflib.SequenceMatcher(None, found, title).ratio() >= MIN_RATIO
        for title in (" ".join(t.split()) for t in declared))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--show", type=int, default=0, help="print this many misses")
    args = parser.parse_args()
    if not (args.data / "dump").is_dir():
        parser.error(f"{args.data}: not the chrome-eval benchmark (no dump/); pass --data")
    pages = matched = 0
    misses = []
    for dump in sorted((args.data / "dump").glob("*.txt")):
        page = args.data / "html" / f"{dump.stem}.html.gz"
        try:
            declared = declared_titles(gzip.decompress(page.read_bytes()), f"{dump.stem}.html")
            found = dump_title(dump.read_bytes(), dump.name)
        except (OSError, InputError):
            continue
        if not declared:
            continue
        pages += 1
        if matches(found, declared):
            matched += 1
        else:
            misses.append((dump.stem, found, declared[0]))
    print(f"dump titles matching the page's declared title: {matched}/{pages} = "
          f"{matched / max(pages, 1):.3f}")
    for stem, found, declared_title in misses[:args.show]:
        print(f"  {stem[:30]:30} {found[:40]!r:44} | {declared_title[:60]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
