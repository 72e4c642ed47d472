"""Fonts that render every Vietnamese letter: Noto Serif from PyPI, or the user's own files.

reportlab draws only a variable font's default instance, so the bundled family is cut into
static Regular/Bold/Italic/Bold Italic instances once, with fontTools, and cached.
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

from normalize.batch import write_atomic

from .book import Book
from .errors import ExportError

FAMILY = "Noto Serif"
STYLES = {"regular": (400, False), "bold": (700, False), "italic": (400, True),
          "bold_italic": (700, True)}
# Latin with every Vietnamese letter, Greek, Cyrillic, punctuation, currency (₫), symbols.
_RANGES = [(0x20, 0x7E), (0xA0, 0x24F), (0x250, 0x2FF), (0x300, 0x36F), (0x370, 0x3FF),
           (0x400, 0x52F), (0x1E00, 0x1EFF), (0x2000, 0x206F), (0x2070, 0x209F),
           (0x20A0, 0x20CF), (0x2100, 0x214F), (0x2150, 0x218F), (0x2190, 0x21FF),
           (0x2200, 0x22FF), (0x25A0, 0x25FF), (0xFB00, 0xFB06), (0xFFFD, 0xFFFD)]


@dataclass(frozen=True)
class FontFiles:
    """A family's four style files and the name documents should call it by."""

    family: str
    regular: Path
    bold: Path
    italic: Path
    bold_italic: Path


def book_fonts(book: Book) -> FontFiles:
    """The fonts a book uses: the config's files where given, the bundled family for the rest."""
    given = {style: getattr(book.fonts, style) for style in STYLES}
    if not any(given.values()):
        return bundled_fonts()
    if not given["regular"]:
        raise ExportError("fonts: give at least `regular` when naming your own font files")
    paths = {}
    for style, name in given.items():
        path = book.path(name or given["regular"])
        if not path.is_file():
            raise ExportError(f"fonts.{style}: no such font file: {path}")
        paths[style] = path
    return FontFiles(_family_name(paths["regular"]), **paths)


def _family_name(path: Path) -> str:
    from fontTools.ttLib import TTFont, TTLibError
    try:
        font = TTFont(path, lazy=True, fontNumber=0)
    except (TTLibError, OSError) as exc:
        raise ExportError(f"fonts: {path} is not a TrueType/OpenType font ({exc})") from None
    name = font["name"].getBestFamilyName()
    return str(name) if name else path.stem


def cache_dir() -> Path:
    """Where derived fonts are kept: $DOCNORM_CACHE_DIR, else the user's cache folder."""
    if os.environ.get("DOCNORM_CACHE_DIR"):
        return Path(os.environ["DOCNORM_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "docnorm"


def bundled_fonts() -> FontFiles:
    """Noto Serif's four static instances, cut from the pip package's variable fonts once."""
    import fontpkg_noto_serif

    folder = cache_dir() / f"noto-serif-{version('fontpkg-noto-serif')}-{version('fonttools')}"
    files = {style: folder / f"NotoSerif-{style}.ttf" for style in STYLES}
    source = Path(fontpkg_noto_serif.__file__).parent / "files"
    for style, path in files.items():
        if not path.exists():
            weight, italic = STYLES[style]
            variable = source / ("NotoSerif-Italic[wdth,wght].ttf" if italic
                                 else "NotoSerif[wdth,wght].ttf")
            write_atomic(path, _static_instance(variable, weight))
    return FontFiles(FAMILY, **files)


def _static_instance(variable: Path, weight: int) -> bytes:
    """Subset a variable font to the scripts a book needs, then pin its axes to `weight`."""
    from fontTools import subset
    from fontTools.ttLib import TTFont
    from fontTools.varLib import instancer

    font = TTFont(variable)
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[c for low, high in _RANGES for c in range(low, high + 1)])
    subsetter.subset(font)
    static = instancer.instantiateVariableFont(font, {"wght": weight, "wdth": 100},
                                               updateFontNames=True)
    out = io.BytesIO()
    static.save(out)
    return out.getvalue()
