"""Reading an input file's bytes: gzip, MHTML, size limits, and refusing what is not text."""

from __future__ import annotations

import contextlib
import email
import email.policy
import gzip
import io
import os
import zlib
from email.message import Message
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


HTML_SUFFIXES = (".html", ".htm", ".xhtml")
MHTML_SUFFIXES = (".mhtml", ".mht")  # a page saved as one file ("Webpage, Single File")


def _suffix(path: Path) -> str:
    """The file's type suffix, lower-cased, a final .gz aside ("" for none)."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return suffixes[-1] if suffixes else ""


def kind_for(path: Path) -> str:
    """Return the input kind a file name suggests: "html" for .html/.htm and a saved page's
    .mhtml/.mht (gzipped too), else "text"."""
    return "html" if _suffix(path) in HTML_SUFFIXES + MHTML_SUFFIXES else "text"


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
    if _suffix(path) in MHTML_SUFFIXES:
        data = mhtml_page(data)
        check_text_like(data)
    return data


def mhtml_page(data: bytes) -> bytes:
    """The page an MHTML archive holds (its first text/html part, its transfer encoding
    undone), as UTF-8 when the part names a charset that reads it, with the address it was
    saved from written over it as "Save page as" writes it over a page (see html.SAVED_FROM).
    The images and frames around it are passed over."""
    if data.lstrip().startswith(b"<"):
        return data  # a page of HTML named as an archive
    archive = email.message_from_bytes(data, policy=email.policy.compat32)
    if not archive.is_multipart() and archive.get_content_type() != "text/html":
        raise InputError("not an MHTML archive (no MIME parts and no page)")
    page = next((part for part in archive.walk() if part.get_content_type() == "text/html"), None)
    body = page.get_payload(decode=True) if page is not None else None
    if page is None or not isinstance(body, bytes) or not body.strip():
        raise InputError("an MHTML archive with no page in it (no text/html part)")
    address = _address(archive) or _address(page)
    # (a wrong or unknown charset name: the decode stage judges the bytes themselves)
    with contextlib.suppress(LookupError, UnicodeDecodeError):
        body = body.decode(page.get_content_charset() or "").encode("utf-8")
    saved = f"<!-- saved from url=({len(address):04d}){address} -->\n".encode() if address else b""
    return saved + body


def _address(part: Message) -> str:
    """The web address an MHTML archive or its page part names (Chrome's Snapshot-Content-
    Location, the part's Content-Location), "" for none."""
    for header in ("Snapshot-Content-Location", "Content-Location"):
        value = str(part.get(header, "")).strip()
        if value.startswith(("http://", "https://")) and not any(c.isspace() for c in value):
            return value
    return ""


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
