"""The exporters' errors: one-line reasons a user can act on."""

from normalize.errors import DocnormError


class ExportError(DocnormError):
    """A compilation cannot be made: bad book config, missing cover or font, broken plugin."""
