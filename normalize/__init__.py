"""docnorm's cleaner: scraped web articles in, canonical XML documents out."""

from .canonical import load, read, validate, write
from .errors import CanonicalError, DocnormError, InputError
from .model import Document
from .options import Options
from .pipeline import Cleaned, body_text, clean, decode_bytes
from .restore import restore
from .version import __version__

__all__ = [
    "CanonicalError", "Cleaned", "DocnormError", "Document", "InputError", "Options",
    "__version__", "body_text", "clean", "decode_bytes", "load", "read", "restore", "validate",
    "write",
]
