"""The plugin registry: lazy listing, broken and duplicate plugins, switching plugins off."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from exporters import registry
from exporters.errors import ExportError
from normalize.cli import main

from .conftest import SAMPLES


def install_fake(site: Path, dist: str, entries: dict[str, str], modules: dict[str, str]) -> None:
    """Make an installed distribution by hand: a .dist-info with entry points, plus modules."""
    info = site / f"{dist.replace('-', '_')}-1.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist}\nVersion: 1.0\n")
    lines = "\n".join(f"{name} = {target}" for name, target in entries.items())
    (info / "entry_points.txt").write_text(f"[docnorm.exporters]\n{lines}\n")
    for name, code in modules.items():
        (site / f"{name}.py").write_text(code)


@pytest.fixture
def site(tmp_path, monkeypatch):
    folder = tmp_path / "site"
    folder.mkdir()
    monkeypatch.syspath_prepend(str(folder))
    yield folder
    for name in ("wrong_shape", "old_schema", "good_extra"):
        sys.modules.pop(name, None)


def test_listing_does_not_import_plugins(site):
    install_fake(site, "explosive", {"boom": "explodes_on_import:Exporter"},
                 {"explodes_on_import": "raise SystemExit('imported!')"})
    listed = registry.plugins()
    assert listed["boom"].distribution == "explosive" and "explodes_on_import" not in sys.modules


def test_broken_plugins_are_reported_and_the_rest_still_build(site, tmp_path):
    install_fake(site, "broken-plugin", {"broken": "no_such_module:Exporter"}, {})
    install_fake(site, "wrong-shape", {"shape": "wrong_shape:thing"},
                 {"wrong_shape": "def thing():\n    return None\n"})
    formats = CliRunner().invoke(main, ["formats"])
    assert formats.exit_code == 0
    assert "docx" in formats.stdout and "pdf" in formats.stdout
    broken = [line for line in formats.stdout.splitlines() if "BROKEN" in line]
    assert len(broken) == 2
    assert any("broken-plugin 1.0" in line and "ModuleNotFoundError" in line for line in broken)
    assert any("wrong-shape" in line and "it has no name" in line for line in broken)
    out = tmp_path / "build"
    result = CliRunner().invoke(main, ["build", str(SAMPLES[0].parent), "-o", str(out), "-q",
                                       "--format", "docx", "--format", "broken"])
    assert result.exit_code == 1 and (out / "book.docx").exists()
    errors = [line for line in result.stderr.splitlines() if line.startswith("broken:")]
    assert errors == ["broken: format 'broken' from broken-plugin 1.0 is broken: "
                      "ModuleNotFoundError: No module named 'no_such_module'"]
    plain = CliRunner().invoke(main, ["build", str(SAMPLES[0].parent), "-o", str(out), "-q",
                                      "--format", "epub"])
    assert plain.exit_code == 0


def test_a_duplicate_name_names_both_distributions(site):
    install_fake(site, "rival-pdf", {"pdf": "rival:Exporter"}, {})
    with pytest.raises(ExportError, match=r"'pdf' is claimed by both docnorm \S+ and rival-pdf 1.0"):
        registry.load("pdf")
    assert registry.load("docx").name == "docx"


def test_wrong_schema_version_is_refused(site):
    code = ("from exporters import Exporter\n"
            "class Old(Exporter):\n    name = 'old'\n    suffix = '.x'\n    schema_major = 2\n")
    install_fake(site, "old-schema", {"old": "old_schema:Old"}, {"old_schema": code})
    with pytest.raises(ExportError, match="reads canonical XML 2.x; this docnorm writes 1.x"):
        registry.load("old")


def test_an_environment_variable_switches_plugins_off(site, monkeypatch):
    code = ("from exporters import Exporter\n"
            "class Extra(Exporter):\n    name = 'extra'\n    suffix = '.x'\n")
    install_fake(site, "good-extra", {"extra": "good_extra:Extra"}, {"good_extra": code})
    assert registry.load("extra").suffix == ".x"
    monkeypatch.setenv(registry.DISABLE_ENV, "extra, epub")
    assert "extra" not in registry.plugins() and "epub" not in registry.plugins()
    with pytest.raises(ExportError, match="no exporter for format 'extra'"):
        registry.load("extra")


def test_plugin_settings_come_from_the_book_config(tmp_path):
    from exporters.book import parse_book
    book = parse_book({"pdf": {"anything": 1}}, plugin_names=["pdf"])
    assert book.settings_for("pdf") == {"anything": 1}
    with pytest.raises(ExportError, match="unknown table"):
        parse_book({"nonexistent": {}}, plugin_names=["pdf"])
