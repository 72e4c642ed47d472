"""The exceptions docnorm raises; each carries a one-line, user-facing reason."""


class DocnormError(Exception):
    """Base of every error docnorm reports to a user as `path: reason`."""


class InputError(DocnormError):
    """The input cannot be cleaned: empty, binary, undecodable, too large, hostile."""


class CanonicalError(DocnormError):
    """A canonical XML document is malformed, hostile or fails the schema."""

    def __init__(self, reason: str, line: int | None = None) -> None:
        super().__init__(reason if line is None else f"line {line}: {reason}")
        self.reason = reason
        self.line = line
