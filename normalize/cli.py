"""The `docnorm` command line."""

from __future__ import annotations

import glob
import os
import sys
from pathlib import Path

import click

from . import canonical
from .batch import (
    Entry,
    clean_one,
    collect_less,
    decode_file,
    decode_one,
    discover,
    run,
    with_site_lines,
    write_report,
)
from .correct import Context, correct_text, survey
from .errors import DocnormError
from .inputs import shown
from .options import DEFAULT_MAX_BYTES, Options, read_replacements, read_word_list
from .pipeline import decode_bytes
from .restore import restore as restore_text
from .rules import all_rule_names
from .version import __version__

_KIND = click.Choice(["html", "text"])


def _options(kind: str | None, no_correct: bool, disable: tuple[str, ...], max_bytes: int,
             text: bool = False, typo: dict | None = None) -> Options:  # type: ignore[type-arg]
    names = all_rule_names()
    unknown = sorted(set(disable) - set(names) - {n.split(".")[0] for n in names})
    if unknown:
        raise click.BadParameter(f"no rule or stage named {', '.join(unknown)} "
                                 "(see `docnorm rules`)", param_hint="--disable")
    typo = typo or {}
    try:
        protected = read_word_list(typo["dictionary"]) if typo.get("dictionary") else frozenset()
        replacements = read_replacements(typo["replacements"]) if typo.get("replacements") else ()
    except (OSError, ValueError) as exc:
        raise click.BadParameter(str(exc)) from None
    return Options(kind=kind, correct=not no_correct, disabled=frozenset(disable),
                   max_bytes=max_bytes, write_text=text,
                   threshold=float(typo.get("threshold", 0.9)),
                   tone_style=str(typo.get("tone_style", "document")),
                   protected=protected, replacements=replacements)


def _megabytes(size: float) -> int:
    """--max-size, given in MB, in bytes."""
    return int(size * 1024 * 1024)


def _typo_options(func):  # type: ignore[no-untyped-def]
    """The options of the typo stage, shared by clean, correct and build."""
    decorators = [
        click.option("--dictionary", type=click.Path(dir_okay=False),
                     help="Your words (names, terms), one a line: never changed."),
        click.option("--replacements", type=click.Path(dir_okay=False),
                     help="Your corrections, 'wrong<TAB>right' a line: always applied."),
        click.option("--tone-style", type=click.Choice(["document", "old", "new"]),
                     help="Write oa/oe/uy syllables in the document's own dominant style (the "
                     "default), or everywhere in the old (hòa) or new (hoà) style."),
        click.option("--threshold", type=click.FloatRange(0, 1),
                     help="Make only corrections at least this confident (default 0.9)."),
    ]
    for decorator in reversed(decorators):
        func = decorator(func)
    return func


def _typo(dictionary: str | None, replacements: str | None, tone_style: str | None,
          threshold: float | None) -> dict:  # type: ignore[type-arg]
    """The typo options given on the command line (None: not given)."""
    given = {"dictionary": dictionary, "replacements": replacements, "tone_style": tone_style,
             "threshold": threshold}
    return {key: value for key, value in given.items() if value is not None}


def _folder(ctx: click.Context, param: click.Parameter, value: str) -> str:
    """An output folder: "-" means standard output, which only `decode` writes (a folder
    called "-" is never what a user means by it)."""
    if value == "-" and ctx.command.name != "decode":
        raise click.BadParameter(f"'-' (standard output) is for `docnorm decode`; "
                                 f"`{ctx.command.name}` writes files: give a folder")
    return value


def _batch_options(func):  # type: ignore[no-untyped-def]
    """The options every batch command shares."""
    decorators = [
        click.argument("inputs", nargs=-1, required=True),
        click.option("-o", "--output", "outdir", required=True, type=click.Path(file_okay=False),
                     callback=_folder, help="Folder for the outputs and report.json."),
        click.option("--kind", type=_KIND, help="Read every input as HTML or as text "
                     "(default: by file name)."),
        click.option("--disable", multiple=True, metavar="RULE",
                     help="Switch a rule (stage.rule) or a whole stage off; repeatable."),
        click.option("--max-size", type=float, default=DEFAULT_MAX_BYTES / 1024 / 1024,
                     show_default=True, help="Refuse inputs larger than this many MiB."),
        click.option("-j", "--jobs", type=click.IntRange(min=1), default=os.cpu_count() or 1,
                     show_default="all cores", help="Files processed in parallel."),
        click.option("-f", "--force", is_flag=True, help="Redo outputs that are already current."),
        click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary."),
    ]
    for decorator in reversed(decorators):
        func = decorator(func)
    return func


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="docnorm")
def main() -> None:
    """Clean scraped web articles into canonical XML, and compile them into books."""


@main.command()
@_batch_options
@click.option("--text", is_flag=True, help="Also write OUTDIR/<name>.txt: the running text, a block a line.")
@click.option("--no-correct", is_flag=True, help="Skip the typo-correction stage.")
@_typo_options
def clean(inputs: tuple[str, ...], outdir: str, kind: str | None, disable: tuple[str, ...],
          max_size: float, jobs: int, force: bool, quiet: bool, text: bool,
          no_correct: bool, dictionary: str | None, replacements: str | None,
          tone_style: str | None, threshold: float | None) -> None:
    """Clean INPUTS (files, folders, globs; .txt, .html, .htm, also .gz) into OUTDIR/<name>.xml."""
    options = _options(kind, no_correct, disable, _megabytes(max_size), text,
                       _typo(dictionary, replacements, tone_style, threshold))
    _run_batch("clean", clean_one, inputs, Path(outdir), options, jobs, force, quiet)


@main.command()
@_batch_options
def decode(inputs: tuple[str, ...], outdir: str, kind: str | None, disable: tuple[str, ...],
           max_size: float, jobs: int, force: bool, quiet: bool) -> None:
    """Decode and repair only: write each input as UTF-8 NFC text, nothing else changed.

    `docnorm decode - -o -` reads standard input and writes standard output; so does
    `docnorm decode FILE -o -`, for one file.
    """
    options = _options(kind, False, disable, _megabytes(max_size))
    if inputs == ("-",) or outdir == "-":
        _decode_to_stdout(inputs, options)
        return
    _run_batch("decode", decode_one, inputs, Path(outdir), options, jobs, force, quiet)


def _decode_to_stdout(inputs: tuple[str, ...], options: Options) -> None:
    """Decode one input (a file, or - for standard input) to standard output: a folder called
    "-" is never what `-o -` means."""
    if len(inputs) != 1:
        _fail(f"-o -: standard output takes one input, not {len(inputs)}")
    source = inputs[0]
    try:
        decoded = decode_bytes(sys.stdin.buffer.read(), options.kind or "text", options) if source == "-" \
            else decode_file(Path(source), options)[1]
    except DocnormError as exc:
        _fail(f"{source}: {exc}")
    sys.stdout.buffer.write(decoded.text.encode("utf-8"))


@main.command()
@click.argument("source", default="-")
@click.option("--disable", multiple=True, metavar="RULE", help="Switch a correction rule off.")
@_typo_options
def correct(source: str, disable: tuple[str, ...], dictionary: str | None,
            replacements: str | None, tone_style: str | None, threshold: float | None) -> None:
    """Correct typos in plain text (a file, or - for standard input), line by line, to stdout.

    The whole input is read first: its dominant tone style and its recurring word pairs are
    evidence for the corrections of each line.
    """
    options = _options(None, False, disable, DEFAULT_MAX_BYTES, False,
                       _typo(dictionary, replacements, tone_style, threshold))
    try:
        data = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
        text = decode_bytes(data, "text", options).text if data.strip() else data.decode()
    except OSError as exc:
        _fail(f"{source}: {exc.strerror or exc}")
    except DocnormError as exc:
        _fail(f"{source}: {exc}")
    lines = text.split("\n")[:-1] if text.endswith("\n") else text.split("\n")
    context = Context(options.correction_settings(), survey(lines))
    sys.stdout.write("".join(correct_text(line, context).text + "\n" for line in lines))


@main.command()
@click.argument("files", nargs=-1, required=True)
def check(files: tuple[str, ...]) -> None:
    """Validate canonical XML files (a folder: every .xml in it); print `file:line: reason`
    for every failure."""
    failed = False
    for path in _xml_inputs(files):
        name = shown(str(path))
        try:
            errors = canonical.validate(path.read_bytes())
        except OSError as exc:
            errors = [canonical.CanonicalError(exc.strerror or str(exc))]
        for err in errors:
            where = f"{name}:{err.line}" if err.line else name
            click.echo(f"{where}: {err.reason}", err=True)
        failed = failed or bool(errors)
        if not errors:
            click.echo(f"{name}: valid canonical XML {canonical.VERSION}")
    sys.exit(1 if failed else 0)


@main.command()
@click.argument("file")
def restore(file: str) -> None:
    """Print the source text FILE.xml was cleaned from, rebuilt from its audit trail."""
    try:
        text = restore_text(canonical.load(file))
    except OSError as exc:
        _fail(f"{shown(file)}: {exc.strerror or exc}")
    except DocnormError as exc:
        _fail(f"{shown(file)}: {exc}")
    sys.stdout.write(text)


@main.command()
def rules() -> None:
    """List every rule of every stage, in the order they run, for --disable."""
    from .rules import REGISTRY
    for table in REGISTRY:
        for rule in table.rules:
            click.echo(f"{rule.name:32} {rule.summary}")


DEFAULT_FORMATS = ("docx", "pdf", "epub")


def _export_options(func):  # type: ignore[no-untyped-def]
    """The options `export` and `build` share."""
    decorators = [
        click.option("--format", "formats", multiple=True, metavar="FORMAT",
                     help="docx, pdf, epub or a plugin's format (repeatable; default: "
                          "docx, pdf and epub). `docnorm formats` lists them."),
        click.option("-c", "--config", type=click.Path(dir_okay=False),
                     help="Book settings (TOML). Default: book.toml in the input folder, if any."),
        click.option("--option", "options", multiple=True, metavar="[FORMAT.]KEY=VALUE",
                     help="A setting of an exporter; repeatable."),
        click.option("-n", "--name", default="book", show_default=True,
                     help="File name of the outputs, without suffix."),
    ]
    for decorator in reversed(decorators):
        func = decorator(func)
    return func


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", "outdir", required=True, type=click.Path(file_okay=False),
              callback=_folder, help="Folder for the books.")
@_export_options
def export(inputs: tuple[str, ...], outdir: str, formats: tuple[str, ...], config: str | None,
           options: tuple[str, ...], name: str) -> None:
    """Compile canonical XML files (files, folders, globs) into one book per format."""
    paths = _xml_inputs(inputs)
    _export(paths, Path(outdir), formats, config, options, name, inputs)


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", "outdir", required=True, type=click.Path(file_okay=False),
              callback=_folder, help="Folder for the books; the cleaned XML goes to OUTDIR/xml/.")
@_export_options
@click.option("--no-correct", is_flag=True, help="Skip the typo-correction stage.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=os.cpu_count() or 1,
              show_default="all cores", help="Files cleaned in parallel.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary.")
@_typo_options
def build(inputs: tuple[str, ...], outdir: str, formats: tuple[str, ...], config: str | None,
          options: tuple[str, ...], name: str, no_correct: bool, jobs: int, quiet: bool,
          dictionary: str | None, replacements: str | None, tone_style: str | None,
          threshold: float | None) -> None:
    """Clean INPUTS and compile them: `docnorm build samples/ -o book/` makes DOCX, PDF, EPUB.

    The book config's [correct] table may name a dictionary and a replacement list too.
    """
    xml_dir = Path(outdir) / "xml"
    typo = {**_config_correct(config, inputs),
            **_typo(dictionary, replacements, tone_style, threshold)}  # the command line wins
    opts = _options(None, no_correct, (), DEFAULT_MAX_BYTES, False, typo)
    entries = _clean_batch(inputs, xml_dir, opts, jobs, quiet)
    made = [Path(e.output) for e in entries if e.status != "error"]
    code = _export(made, Path(outdir), formats, config, options, name, inputs, exit_=False)
    sys.exit(1 if code or any(e.status == "error" for e in entries) else 0)


@main.command()
def formats() -> None:
    """List the export formats: name, suffix, distribution and version; broken ones marked."""
    from exporters import registry

    for name in registry.plugins():
        plugin, problem = registry.status(name)
        suffix = "" if problem else registry.load(name).suffix
        line = f"{name:12} {suffix:8} {plugin.distribution} {plugin.version}"
        click.echo(f"{line}  BROKEN: {problem}" if problem else line)


def _config_correct(config: str | None, inputs: tuple[str, ...]) -> dict:  # type: ignore[type-arg]
    """The [correct] table of the book config, its file paths made relative to the config."""
    from exporters.book import correct_settings

    path = _book_config(config, inputs)
    try:
        return correct_settings(path) if path else {}
    except DocnormError as exc:
        raise click.BadParameter(str(exc), param_hint="--config") from None


def _xml_inputs(inputs: tuple[str, ...]) -> list[Path]:
    paths: list[Path] = []
    for given in inputs:
        path = Path(given)
        if path.is_dir():
            paths.extend(sorted(p for p in path.rglob("*.xml") if p.is_file()))
        elif glob.has_magic(given) and not path.exists():
            paths.extend(sorted(Path(p) for p in glob.glob(given, recursive=True)))
        else:
            paths.append(path)
    return paths


def _book_config(config: str | None, inputs: tuple[str, ...]) -> Path | None:
    if config:
        return Path(config)
    folders = [Path(i) for i in inputs if Path(i).is_dir()]
    candidate = folders[0] / "book.toml" if len(folders) == 1 else None
    return candidate if candidate and candidate.is_file() else None


def _export(paths: list[Path], outdir: Path, formats: tuple[str, ...], config: str | None,
            options: tuple[str, ...], name: str, inputs: tuple[str, ...],
            exit_: bool = True) -> int:
    from exporters import registry
    from exporters.book import load_book
    from exporters.compile import export as run_export
    from exporters.compile import split_options

    chosen = formats or DEFAULT_FORMATS
    try:
        book = load_book(_book_config(config, inputs), list(registry.plugins()))
        outcome = run_export(paths, outdir, chosen, book, split_options(options, chosen), name)
    except DocnormError as exc:
        click.echo(str(exc), err=True)
        outcome = None
    if outcome is not None:
        for line in outcome.errors:
            click.echo(line, err=True)
        for line in outcome.warnings:
            click.echo(f"warning: {line}", err=True)
        for path in outcome.written:
            click.echo(str(path))
    code = 1 if outcome is None or outcome.errors else 0
    if exit_:
        sys.exit(code)
    return code


def _process(command: str, worker, inputs: tuple[str, ...], outdir: Path,  # type: ignore[no-untyped-def]
             options: Options, jobs: int, force: bool, quiet: bool) -> tuple[list[Entry], Path]:
    """Run a batch: one line per failure, a progress bar on a terminal, report.json written."""
    todo = discover(inputs, outdir)
    collect_less()
    if worker is clean_one:
        todo = with_site_lines(todo, options, jobs)
    entries: dict[str, Entry] = {}
    show_bar = not quiet and sys.stderr.isatty()
    with click.progressbar(length=len(todo), label=command, file=sys.stderr,
                           hidden=not show_bar) as bar:
        for entry in run(worker, todo, outdir, options, force=force, processes=jobs):
            entries[entry.input] = entry
            if entry.status == "error":
                click.echo(f"{shown(entry.input)}: {entry.error}", err=True)
            bar.update(1)
    ordered = [entries[str(job.path)] for job in todo]
    try:
        report = write_report(outdir, command, options, ordered)
    except OSError as exc:
        _fail(f"{outdir}: cannot write report.json: {exc.strerror or exc}")
    return ordered, report


def _clean_batch(inputs: tuple[str, ...], outdir: Path, options: Options, jobs: int,
                 quiet: bool) -> list[Entry]:
    """Clean a batch for `build`; return the rows of its report."""
    return _process("clean", clean_one, inputs, outdir, options, jobs, False, quiet)[0]


def _run_batch(command: str, worker, inputs: tuple[str, ...], outdir: Path,  # type: ignore[no-untyped-def]
               options: Options, jobs: int, force: bool, quiet: bool) -> None:
    """Run a batch command to the end: a summary line, then exit 0 or 1."""
    ordered, report = _process(command, worker, inputs, outdir, options, jobs, force, quiet)
    counts = {s: sum(e.status == s for e in ordered) for s in ("ok", "skipped", "error")}
    if not quiet:
        click.echo(f"{command}: {len(ordered)} files, {counts['ok']} done, {counts['skipped']} "
                   f"already current, {counts['error']} failed; report: {report}", err=True)
    sys.exit(1 if counts["error"] else 0)


def _fail(message: str) -> None:
    click.echo(message, err=True)
    sys.exit(1)
