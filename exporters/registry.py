"""Finding exporters through the `docnorm.exporters` entry-point group, lazily and safely.

Listing reads only package metadata; a plugin's code is imported when it is asked for by name,
and checked then. A broken plugin is reported with its distribution and never hides the others.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from importlib.metadata import EntryPoint, entry_points

from .base import Exporter
from .errors import ExportError

GROUP = "docnorm.exporters"
DISABLE_ENV = "DOCNORM_DISABLE_PLUGINS"  # comma-separated exporter names to ignore
SCHEMA_MAJOR = 1


@dataclass(frozen=True)
class Plugin:
    """An exporter as its distribution declares it; `problem` says why it cannot be used."""

    name: str
    target: str
    distribution: str
    version: str
    entry_point: EntryPoint | None = None
    problem: str = ""


def plugins() -> dict[str, Plugin]:
    """Every declared exporter by name, without importing any; duplicates are marked broken."""
    disabled = {n.strip() for n in os.environ.get(DISABLE_ENV, "").split(",") if n.strip()}
    found: dict[str, list[Plugin]] = {}
    for ep in entry_points(group=GROUP):
        if ep.name in disabled:
            continue
        dist = ep.dist
        found.setdefault(ep.name, []).append(Plugin(
            ep.name, ep.value, dist.name if dist else "?", dist.version if dist else "?", ep))
    out = {}
    for name, candidates in sorted(found.items()):
        if len({(p.distribution, p.target) for p in candidates}) > 1:
            owners = " and ".join(sorted(f"{p.distribution} {p.version}" for p in candidates))
            out[name] = Plugin(name, candidates[0].target, candidates[0].distribution,
                               candidates[0].version,
                               problem=f"the format name {name!r} is claimed by both {owners}")
        else:
            out[name] = candidates[0]
    return out


def load(name: str) -> Exporter:
    """Import and check the exporter called `name`; raise ExportError saying what is wrong."""
    available = plugins()
    plugin = available.get(name)
    if plugin is None:
        known = ", ".join(n for n, p in available.items() if not p.problem) or "none"
        raise ExportError(f"no exporter for format {name!r} (available: {known})")
    if plugin.problem:
        raise ExportError(plugin.problem)
    where = f"format {name!r} from {plugin.distribution} {plugin.version}"
    assert plugin.entry_point is not None
    try:
        target = plugin.entry_point.load()
        exporter = target() if isinstance(target, type) else target
    except Exception as exc:  # any failure inside a third party's import is its problem
        raise ExportError(f"{where} is broken: {type(exc).__name__}: {exc}") from None
    check_interface(exporter, where)
    return exporter


def check_interface(exporter: object, where: str) -> None:
    """Raise ExportError unless `exporter` has the attributes and call the interface needs."""
    for attribute, kind in (("name", str), ("suffix", str), ("media_type", str),
                            ("schema_major", int)):
        if not isinstance(getattr(exporter, attribute, None), kind):
            raise ExportError(f"{where} is broken: it has no {attribute} ({kind.__name__})")
    if not callable(getattr(exporter, "write", None)):
        raise ExportError(f"{where} is broken: it has no write(compilation, out) method")
    if exporter.schema_major != SCHEMA_MAJOR:  # type: ignore[attr-defined]
        raise ExportError(f"{where} reads canonical XML {exporter.schema_major}.x; "  # type: ignore[attr-defined]
                          f"this docnorm writes {SCHEMA_MAJOR}.x")


def status(name: str) -> tuple[Plugin, str]:
    """The plugin called `name` and "" if it loads and checks out, else the reason it does not."""
    plugin = plugins()[name]
    try:
        load(name)
    except ExportError as exc:
        return plugin, str(exc)
    return plugin, ""
