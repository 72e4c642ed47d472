"""Ordered tables of small named rules, switchable by name (`stage.rule`)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Generic, TypeVar

F = TypeVar("F", bound=Callable[..., object])


@dataclass(frozen=True)
class Rule(Generic[F]):
    """A rule: its qualified name, the function, and the first line of its docstring."""

    name: str
    func: F

    @property
    def summary(self) -> str:
        doc = self.func.__doc__ or ""
        return doc.strip().splitlines()[0] if doc.strip() else ""


class RuleTable(Generic[F]):
    """The rules of one stage in the order they run; no priorities, the list order is the order."""

    def __init__(self, stage: str, funcs: list[tuple[str, F]]) -> None:
        self.stage = stage
        self.rules = [Rule(f"{stage}.{name}", func) for name, func in funcs]
        REGISTRY.append(self)

    def active(self, disabled: frozenset[str]) -> Iterator[Rule[F]]:
        """Yield the rules not switched off by name (`stage.rule`) or by stage (`stage`)."""
        if self.stage in disabled:
            return
        for rule in self.rules:
            if rule.name not in disabled:
                yield rule

    def enabled(self, name: str, disabled: frozenset[str]) -> bool:
        """Whether the rule `name` (without its stage) runs under `disabled`."""
        return any(rule.name == f"{self.stage}.{name}" for rule in self.active(disabled))


REGISTRY: list[RuleTable] = []  # type: ignore[type-arg]


def all_rule_names() -> list[str]:
    """Return every rule name of every stage, in pipeline order."""
    return [rule.name for table in REGISTRY for rule in table.rules]
