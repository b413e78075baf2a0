"""Errors the core raises for a user to read: each message is one line that says what to do."""


class IsnadError(Exception):
    """Base of every error meant for the user; its str() is a one-line message."""


class NotFound(IsnadError):
    """A referenced article, claim, outlet or source does not exist."""


class InputRefused(IsnadError):
    """An input file or text was refused; nothing was stored."""


class EditConflict(IsnadError):
    """Someone else changed the record since it was read; the edit was not applied."""

    def __init__(self, message: str, *, current_version: int | None = None):
        super().__init__(message)
        self.current_version = current_version


class InvalidValue(IsnadError):
    """A value given by the user is not one the field accepts."""
