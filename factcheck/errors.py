"""Errors that end a command with exit code 2 and a message naming the file and place."""

from __future__ import annotations

from typing import Optional


class FactcheckError(Exception):
    """A usage or input error: the command prints it and exits with code 2."""

    exit_code = 2

    def __init__(self, message: str, *, path: Optional[str] = None, line: Optional[int] = None,
                 column: Optional[int] = None) -> None:
        self.path = path
        self.line = line
        self.column = column
        self.detail = message
        super().__init__(self.render())

    def render(self) -> str:
        where = ""
        if self.path:
            where = str(self.path)
            if self.line is not None:
                where += f":{self.line}"
                if self.column is not None:
                    where += f":{self.column}"
            where += ": "
        return where + self.detail


class InputError(FactcheckError):
    """A document or data file that cannot be read: missing, empty, binary, undecodable, malformed."""


class UsageError(FactcheckError):
    """A bad command line or configuration value."""
