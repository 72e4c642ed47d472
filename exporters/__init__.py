"""docnorm's exporters: compilations of canonical documents as DOCX, PDF, EPUB, or a plugin's format."""

from .base import Compilation, Exporter, attribution
from .book import Article, Book, Section
from .errors import ExportError

__all__ = ["Article", "Book", "Compilation", "ExportError", "Exporter", "Section", "attribution"]
