"""Batches: finding inputs, naming outputs, running files in parallel, atomic writes, report.json."""

from __future__ import annotations

import gc
import glob
import json
import os
import re
import tempfile
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from contextlib import nullcontext
from dataclasses import dataclass, field, replace
from itertools import chain, combinations, repeat
from pathlib import Path
from typing import TypeVar

import numpy as np

from . import canonical
from .classify import CLASSIFIERS
from .errors import DocnormError
from .inputs import HTML_SUFFIXES, MHTML_SUFFIXES, kind_for, read_input, shown
from .options import Options
from .pipeline import (
    BlockKeys,
    DecodedText,
    Prepared,
    block_keys,
    clean,
    clean_prepared,
    decode_bytes,
    prepare,
)
from .version import __version__
from .vocabulary import (
    SAME_ARTICLE_SHARE,
    SAME_STORY_SHARE,
    SITE_ANY_SITES,
    SITE_COMMON_FILES,
    SITE_REPEAT_MIN_FILES,
    SITE_SIMILAR_MIN,
    SITE_SIMILAR_SHARE,
)

INPUT_SUFFIXES = (".txt",) + HTML_SUFFIXES + MHTML_SUFFIXES


@dataclass(frozen=True)
class Job:
    """One input file and the output path (relative to OUTDIR, without suffix) it gets."""

    path: Path
    stem: Path
    error: str = ""
    site_lines: frozenset[str] = frozenset()  # short blocks other pages of its site repeat
    prepared: Prepared | None = None  # the file as the pre-pass read it (see with_site_lines)


@dataclass
class Entry:
    """What happened to one input: its row in report.json."""

    input: str
    output: str = ""
    status: str = "ok"  # ok | skipped | error
    kind: str = ""
    encoding: str = ""
    evidence: str = ""
    repairs: list[str] = field(default_factory=list)
    removals: int = 0
    corrections: int = 0
    error: str = ""


# ------------------------------------------------------------------ discovery

# Folders a recursive walk never enters: hidden ones and packaging debris.
_SKIP_DIRS = re.compile(r"^(\..*|__pycache__|.*\.egg-info|node_modules)$")


def _is_input(path: Path, root: Path) -> bool:
    folders = path.relative_to(root).parts[:-1]
    if any(_SKIP_DIRS.match(part) for part in folders):
        return False
    if any(_saved_page_resources(root.joinpath(*folders[:n + 1])) for n in range(len(folders))):
        return False
    name = path.name.lower()
    name = name[:-3] if name.endswith(".gz") else name
    return name.endswith(INPUT_SUFFIXES)


def _saved_page_resources(folder: Path) -> bool:
    """Whether `folder` is what a browser's "Save page, complete" writes beside the page: its
    images, scripts, and the HTML of the frames it shows (ads, share buttons, comment boxes),
    none of them an article. Such a folder is named for the page: "X_files" beside "X.html"."""
    if not folder.name.endswith("_files"):
        return False
    page = folder.name[:-len("_files")]
    return any((folder.parent / (page + suffix)).is_file() for suffix in HTML_SUFFIXES)


def _strip_suffixes(name: str) -> str:
    if name.lower().endswith(".gz"):
        name = name[:-3]
    return name.rsplit(".", 1)[0] if "." in name.lstrip(".") else name


def discover(inputs: Iterable[str], outdir: Path | None = None) -> list[Job]:
    """Expand files, directories (recursively, sub-folders mirrored) and globs into jobs.

    What a folder or a glob finds inside `outdir` is left out: `docnorm clean in/ -o in/out
    --text` run twice must not clean its own outputs (and nest them one folder deeper)."""
    jobs: list[Job] = []
    ours = _inside(outdir) if outdir is not None else lambda _: False
    for given in inputs:
        path = Path(given)
        if path.is_dir() and ours(path):
            jobs.append(Job(path, Path(path.name), "the output folder holds this folder, whose "
                            "outputs would overwrite or join its inputs: choose another -o"))
        elif path.is_dir():
            holds_out = outdir is not None and _inside(path)(outdir)
            for found in sorted(p for p in path.rglob("*") if _listed(p) and _is_input(p, path)
                                and not (holds_out and ours(p))):  # (a path resolved only then)
                rel = found.relative_to(path)
                jobs.append(Job(found, rel.with_name(_strip_suffixes(rel.name))))
        elif path.exists() or path.is_symlink():
            jobs.append(Job(path, Path(_strip_suffixes(path.name))))
        elif glob.has_magic(given):
            matches = sorted(glob.glob(given, recursive=True))
            if not matches:
                jobs.append(Job(path, Path(path.name), "no file matches this pattern"))
            jobs.extend(Job(Path(m), Path(_strip_suffixes(Path(m).name)))
                        for m in matches if _listed(Path(m)) and not ours(Path(m)))
        else:
            jobs.append(Job(path, Path(path.name), "no such file or directory"))
    return _deduplicate(jobs)


def _listed(path: Path) -> bool:
    """Whether a path a folder or a glob finds is an input: a file, or a broken link named as
    one, which cleaning then reports (passing over it would lose a file without a word)."""
    return path.is_file() or path.is_symlink() and not path.exists()


def _inside(folder: Path) -> Callable[[Path], bool]:
    """A test of whether a path lies in `folder`, however either is spelled."""
    root = folder.resolve()
    return lambda path: path.resolve().is_relative_to(root)


def _deduplicate(jobs: list[Job]) -> list[Job]:
    """Give inputs that would share an output name distinct names: x.txt.xml, x.html.xml, x-2."""
    counts: dict[Path, int] = {}
    for job in jobs:
        counts[job.stem] = counts.get(job.stem, 0) + 1
    taken: set[Path] = set()
    out = []
    for job in jobs:
        stem = job.stem
        if counts[stem] > 1:
            stem = stem.with_name(job.path.name[:-3] if job.path.name.endswith(".gz")
                                  else job.path.name)
        base, n = stem, 2
        while stem in taken:
            stem, n = base.with_name(f"{base.name}-{n}"), n + 1
        taken.add(stem)
        out.append(Job(job.path, stem, job.error))
    return out


# ------------------------------------------------------------------ writing

def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to `path` through a temporary file and a rename: never a half-written file.
    The file gets the permissions any new file gets under the user's umask (a temporary file is
    made readable by its owner only, and would hide a book from the group it is made for)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        os.fchmod(fd, 0o666 & ~_umask())
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    """The process's umask: reading it means setting it, so it is set back at once."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


# ------------------------------------------------------------------ one file

_GENERATOR = re.compile(rb'<generator name="docnorm" version="([^"]*)" options="([^"]*)"')


def _current(job: Job, outputs: list[Path], options: Options) -> bool:
    """An output is current when it is newer than its input and made by this version and options."""
    try:
        source_time = job.path.stat().st_mtime
        if any(not p.exists() or p.stat().st_mtime < source_time for p in outputs):
            return False
        head = outputs[0].read_bytes()[:4096]
    except OSError:
        return False
    match = _GENERATOR.search(head)
    if match is None:
        return False
    return match[1].decode() == __version__ and match[2].decode() == options.digest()


def _refuse_overwriting(job: Job, outputs: list[Path]) -> None:
    """An output that is the input itself (`docnorm clean a.txt -o . --text`) would replace
    the user's file with what was made of it."""
    try:
        source = job.path.resolve()
    except RuntimeError:  # what Python 3.11 raises for a loop of links
        raise DocnormError("a loop of symbolic links: it leads back to itself") from None
    if any(path.resolve() == source for path in outputs):
        raise DocnormError("its output would overwrite it: choose another output folder (-o)")


def clean_one(job: Job, outdir: Path, options: Options, force: bool) -> Entry:
    """Clean one file into OUTDIR; every failure becomes the entry's one-line error."""
    xml_path = outdir / job.stem.with_name(job.stem.name + ".xml")
    outputs = [xml_path] + ([xml_path.with_suffix(".txt")] if options.write_text else [])
    entry = Entry(str(job.path), str(xml_path))
    if job.site_lines:
        options = replace(options, site_lines=job.site_lines)
    try:
        if job.error:
            raise DocnormError(job.error)
        _refuse_overwriting(job, outputs)
        if not force and _current(job, outputs, options):
            entry.status = "skipped"
            _describe(entry, canonical.load(xml_path))
            return entry
        if job.prepared is None:
            result = clean(read_input(job.path, options.max_bytes), job.path.name, options)
        else:
            result = clean_prepared(job.prepared, job.path.name, options)
        write_atomic(xml_path, result.xml)
        if options.write_text:
            write_atomic(outputs[1], result.text.encode("utf-8"))
        _describe(entry, result.document)
    except DocnormError as exc:
        entry.status, entry.error = "error", str(exc)
    except Exception as exc:  # a bug must not stop the batch; report it in one line
        entry.status, entry.error = "error", f"internal error: {type(exc).__name__}: {exc}"
    return entry


def _describe(entry: Entry, document: canonical.Document) -> None:
    source = document.meta.source
    entry.kind, entry.encoding, entry.evidence = source.kind, source.encoding, source.evidence
    entry.repairs = [e.rule for e in document.audit.events if e.stage == "repair"]
    entry.removals = len(document.audit.removals)
    entry.corrections = len(document.audit.corrections)


def decode_file(path: Path, options: Options) -> tuple[str, DecodedText]:
    """The kind of the file at `path` (by its name, unless options say) and its decoded text."""
    kind = options.kind or kind_for(path)
    return kind, decode_bytes(read_input(path, options.max_bytes), kind, options)


def decode_one(job: Job, outdir: Path, options: Options, force: bool) -> Entry:
    """Decode and repair one file into OUTDIR/<stem>.txt."""
    out = outdir / job.stem.with_name(job.stem.name + ".txt")
    entry = Entry(str(job.path), str(out))
    try:
        if job.error:
            raise DocnormError(job.error)
        _refuse_overwriting(job, [out])
        kind, decoded = decode_file(job.path, options)
        write_atomic(out, decoded.text.encode("utf-8"))
        entry.kind, entry.encoding, entry.evidence = kind, decoded.encoding, decoded.evidence
        entry.repairs = list(decoded.repairs)
    except DocnormError as exc:
        entry.status, entry.error = "error", str(exc)
    except Exception as exc:
        entry.status, entry.error = "error", f"internal error: {type(exc).__name__}: {exc}"
    return entry


# ------------------------------------------------------------------ the batch

GC_YOUNG = 20_000  # allocations between two collections of young objects (Python's default: 700)


def collect_less() -> None:
    """Collect garbage less often, in this process: cleaning allocates millions of short-lived
    objects that form no cycles (blocks, labels, XML elements), and while the pre-pass holds
    many pages every full collection walks all of them. At Python's default thresholds that
    was 7 % of a batch's time."""
    gc.set_threshold(GC_YOUNG, 10, 10)


def with_site_lines(jobs: list[Job], options: Options, processes: int = 1) -> list[Job]:
    """The jobs, each with the blocks that other pages of its own site repeat: the site's
    menus, footers, share bars and boilerplate paragraphs.

    Pages are of one site when they share many short blocks (SITE_SIMILAR_*); a block counts
    for a page when a page of its site repeats it, or when pages of many sites do ("Share",
    "Impressum"): a multi-site batch must not turn one page's headline into chrome because one
    other site has a menu entry of the same words. A long block counts when a page of its site
    repeats it (an "About us" under every press release). Copies of one article do not count
    against each other (see _same_article). A file that cannot be read is left out.

    Reading a file for its blocks is most of the work of cleaning it, so the pre-pass keeps
    what it read (up to KEEP_SEGMENTS blocks in all) for the cleaning. In parallel, workers read
    the files and hand back what they read: passing it to the main process and on to a worker
    costs about half of reading an HTML page again.
    """
    if len(jobs) < SITE_REPEAT_MIN_FILES or not CLASSIFIERS.enabled("site-repeat", options.disabled):
        return jobs  # nothing to compare, or nobody to use it
    found: list[BlockKeys] = []
    kept: list[Prepared | None] = []
    budget = KEEP_SEGMENTS
    with ProcessPoolExecutor(max_workers=processes, initializer=collect_less) if processes > 1 \
            else nullcontext() as pool:
        read = pool.map(_prepared, jobs, repeat(options), chunksize=8) if pool else \
            (_prepared(job, options) for job in jobs)
        for prepared in read:
            found.append(block_keys(prepared))
            budget -= len(prepared.segmented.segments) if prepared else 0
            kept.append(prepared if budget >= 0 else None)
    similar = _same_site([blocks.short for blocks in found])
    site = _sites(similar)
    copies, stories = _copies(found)
    of_site: dict[int, set[str]] = {}
    for i, blocks in enumerate(found):
        of_site.setdefault(site[i], set()).update(blocks.short)
    sites_with = Counter(chain.from_iterable(of_site.values()))
    common = {key for key, count in sites_with.items() if count >= SITE_ANY_SITES}
    holders = _holders([blocks.short for blocks in found]) if any(stories) else {}
    out = []
    for i, job in enumerate(jobs):
        mine = found[i]
        repeated = set().union(*((mine.short & found[j].short) | (mine.long & found[j].long)
                                 for j in similar[i] - copies[i]))
        everywhere = mine.short & common
        if stories[i]:  # a story other sites carry too: its headline is no site's chrome
            everywhere = {key for key in everywhere
                          if len({site[j] for j in holders[key] if j not in stories[i]}) >= SITE_ANY_SITES}
        out.append(replace(job, site_lines=frozenset(repeated | everywhere), prepared=kept[i]))
    return out


KEEP_SEGMENTS = 300_000  # ≈ 0.2–0.4 GB: some 1,500 pages of a news site


def _prepared(job: Job, options: Options) -> Prepared | None:
    """The file read as far as its blocks, or None when it cannot be: cleaning it will say
    why (a bug in reading one file must not stop the pre-pass of all the others)."""
    if job.error:
        return None
    try:
        return prepare(read_input(job.path, options.max_bytes), job.path.name, options)
    except Exception:  # noqa: BLE001 - reported by clean_one, file by file
        return None


K = TypeVar("K", bound=Hashable)


def _copies(found: list[BlockKeys]) -> tuple[list[set[int]], list[set[int]]]:
    """For each page, the other pages that are copies of its article (see _same_article), and
    those that carry its story (see _shared), of any site. Only pages that share a
    paragraph's opening or close, or a declared title, can be: those are compared, not every
    pair."""
    keys: list[set[Hashable]] = [{*blocks.heads, *blocks.tails} for blocks in found]
    for blocks, mine in zip(found, keys, strict=True):
        if blocks.title:
            mine.add(("title", blocks.title))
    pairs = {(a, b) for files in _holders(keys).values() if 2 <= len(files) <= SITE_COMMON_FILES
             for a, b in combinations(files, 2)}
    copies: list[set[int]] = [set() for _ in found]
    stories: list[set[int]] = [set() for _ in found]
    for a, b in pairs:
        share = _shared(found[a], found[b])
        copy = _same_article(found[a], found[b], share)
        for related, holds in ((copies, copy), (stories, copy or share > SAME_STORY_SHARE)):
            if holds:
                related[a].add(b)
                related[b].add(a)
    return copies, stories


def _holders(keys: list[set[K]]) -> dict[K, list[int]]:
    """For each key, the files (their indexes, in order) whose set of keys holds it."""
    holders: dict[K, list[int]] = {}
    for i, found in enumerate(keys):
        for key in found:
            holders.setdefault(key, []).append(i)
    return holders


def _same_article(first: BlockKeys, second: BlockKeys, share: float) -> bool:
    """Whether two pages of a site are copies of one article (saved twice, or again after
    some edits): they declare one title, or nearly all the long blocks of each are the
    other's too (`share`, see _shared), word for word or edited at one end. What copies share
    is the article's text, not the site's chrome. (Pages of one site share long blocks, a
    sidebar's blurbs, an "About us", but not nearly all of them: two thirds at most on the
    benchmark's pages.) Nearly all is SAME_ARTICLE_SHARE or more: a short article saved as a
    page and copied as a dump shares four long blocks of five (the page's caption joined with
    its credit is the fifth)."""
    return bool(first.title) and first.title == second.title or share >= SAME_ARTICLE_SHARE


def _shared(first: BlockKeys, second: BlockKeys) -> float:
    """The smaller of the shares of each page's long blocks that the other holds (see
    _found_in); 0 for a page with none. Two pages carry one story, though not as copies of one
    article, when it is more than SAME_STORY_SHARE: sites that run an agency's story set their
    own lead, captions and signature around its paragraphs."""
    if not first.ends or not second.ends:
        return 0.0
    return min(_found_in(first, second) / len(first.ends), _found_in(second, first) / len(second.ends))


def _found_in(first: BlockKeys, second: BlockKeys) -> int:
    """How many long blocks of the first page the second holds, whole or edited at one end."""
    if first.heads.isdisjoint(second.heads) and first.tails.isdisjoint(second.tails):
        return 0  # most pairs of pages of a site: no need to look at each block
    return sum(head in second.heads or tail in second.tails for head, tail in first.ends)


def _sites(similar: list[set[int]]) -> list[int]:
    """A site number for each file: files linked by similarity, directly or not, share one."""
    site = [-1] * len(similar)
    for start in range(len(similar)):
        if site[start] < 0:
            site[start], todo = start, [start]
            while todo:
                for other in similar[todo.pop()]:
                    if site[other] < 0:
                        site[other] = start
                        todo.append(other)
    return site


def _same_site(keys: list[set[str]]) -> list[set[int]]:
    """For each file, the other files that share enough short blocks to be of the same site.

    Blocks found in very many files ("Home", "Facebook") are left out of the count: every site
    has them, so they tell sites apart no better than chance. The pairs of files that share a
    block are counted with numpy, a size of group at a time: a batch of a thousand pages of a
    few sites has hundreds of thousands of them."""
    by_size: dict[int, list[list[int]]] = {}
    for files in _holders(keys).values():
        if 2 <= len(files) <= SITE_COMMON_FILES:
            by_size.setdefault(len(files), []).append(files)
    similar: list[set[int]] = [set() for _ in keys]
    if not by_size:
        return similar
    n = len(keys)
    codes = []  # a * n + b for every pair a < b of files sharing a block, once per block
    for size, groups in by_size.items():
        rows, (a, b) = np.array(groups), np.triu_indices(size, 1)  # a row of files a block
        codes.append((rows[:, a] * n + rows[:, b]).ravel())
    pairs, shared = np.unique(np.concatenate(codes), return_counts=True)
    first, second = np.divmod(pairs, n)
    sizes = np.array([len(found) for found in keys])
    need = np.maximum(SITE_SIMILAR_MIN, SITE_SIMILAR_SHARE * np.minimum(sizes[first], sizes[second]))
    for a, b in zip(first[shared >= need].tolist(), second[shared >= need].tolist(), strict=True):
        similar[a].add(b)
        similar[b].add(a)
    return similar


Worker = Callable[[Job, Path, Options, bool], Entry]


def run(worker: Worker, jobs: list[Job], outdir: Path, options: Options, *, force: bool,
        processes: int) -> Iterator[Entry]:
    """Yield each job's entry as it finishes (in any order); in parallel when `processes` > 1."""
    if processes <= 1 or len(jobs) <= 1:
        for job in jobs:
            yield worker(job, outdir, options, force)
        return
    with ProcessPoolExecutor(max_workers=min(processes, len(jobs)), initializer=collect_less) as pool:
        futures = [pool.submit(worker, job, outdir, options, force) for job in jobs]
        for future in as_completed(futures):
            yield future.result()


def write_report(outdir: Path, command: str, options: Options, entries: list[Entry]) -> Path:
    """Write OUTDIR/report.json: the run's options and one row per input, in input order."""
    rows = [{**vars(e), "input": shown(e.input), "output": shown(e.output)} for e in entries]
    summary = {status: sum(e.status == status for e in entries) for status in ("ok", "skipped", "error")}
    report = {
        "docnorm": __version__,
        "command": command,
        "options": {"kind": options.kind, "correct": options.correct,
                    "disabled": sorted(options.disabled), "text": options.write_text,
                    "digest": options.digest()},
        "summary": summary,
        "files": rows,
    }
    path = outdir / "report.json"
    write_atomic(path, (json.dumps(report, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
    return path
