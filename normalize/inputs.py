"""Reading an input file's bytes: gzip, size limits, and refusing what is not text."""

from __future__ import annotations

import gzip
import io
import os
import zlib
from pathlib import Path

from .errors import InputError

# File signatures of formats people drop into a folder of articles by mistake.
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"), (b"%PDF", "a PDF document"), (b"PK\x03\x04", "a ZIP archive"),
    (b"\x7fELF", "an executable"), (b"RIFF", "a RIFF media file"),
    (b"\xd0\xcf\x11\xe0", "an MS Office (OLE) file"), (b"BZh", "a bzip2 archive"),
)
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def shown(name: str) -> str:
    """A file name as text that can be written anywhere (XML, JSON, a terminal): the bytes of a
    name that are not UTF-8 (files from an old Windows machine or a zip archive) as \\xNN, where
    Python keeps them as lone surrogates that every UTF-8 output refuses."""
    return name if name.isascii() else os.fsencode(name).decode("utf-8", "backslashreplace")


def kind_for(path: Path) -> str:
    """Return the input kind a file name suggests: "html" for .html/.htm (gzipped too), else "text"."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return "html" if suffixes and suffixes[-1] in (".html", ".htm", ".xhtml") else "text"


def read_input(path: Path, max_bytes: int) -> bytes:
    """Return the bytes of `path` (gunzipped if it ends in .gz), refusing empty, huge or binary files."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(f"file too large ({size / 1e6:.1f} MB; the limit is "
                             f"{max_bytes / 1e6:.1f} MB, see --max-size)")
        data = path.read_bytes()
    except FileNotFoundError:
        if path.is_symlink():
            raise InputError(f"a broken link: its target {os.readlink(path)} does not exist") from None
        raise InputError("no such file") from None
    except IsADirectoryError:
        raise InputError("is a directory") from None
    except PermissionError:
        raise InputError("permission denied") from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}") from None
    if path.suffix.lower() == ".gz":
        data = _gunzip(data, max_bytes)
    check_text_like(data)
    return data


GUNZIP_CHUNK = 1 << 20


def _gunzip(data: bytes, max_bytes: int) -> bytes:
    """The decompressed bytes, read a chunk at a time: a gzip bomb stops at the limit, and a
    high limit costs nothing (reading up to it at once allocates all of it first)."""
    chunks, size = [], 0
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
            while chunk := stream.read(GUNZIP_CHUNK):
                chunks.append(chunk)
                size += len(chunk)
                if size > max_bytes:
                    raise InputError(f"file too large once decompressed (over "
                                     f"{max_bytes / 1e6:.1f} MB)")
    except (OSError, EOFError, zlib.error) as exc:
        raise InputError(f"not a valid gzip file ({exc})") from None
    return b"".join(chunks)


def check_text_like(data: bytes) -> None:
    """Raise InputError when `data` is empty or evidently binary (a signature, or NUL bytes)."""
    if not data.strip():
        raise InputError("empty file" if not data else "file holds only white space")
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise InputError(f"binary file ({what}), not text or HTML")
    if b"\x00" in data[:8192] and not data.startswith(_UTF16_BOMS) and not _looks_utf16(data):
        raise InputError("binary file (contains NUL bytes), not text or HTML")


def _looks_utf16(data: bytes) -> bool:
    """UTF-16 without a BOM: NULs on one parity of mostly-ASCII text."""
    head = data[:4096]
    even, odd = head[0::2].count(0), head[1::2].count(0)
    half = len(head) // 2 or 1
    return max(even, odd) > 0.4 * half and min(even, odd) < 0.05 * half
