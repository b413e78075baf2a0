"""The comparison key that makes one source of one person, organization or anonymous label."""

from workbench.text.normalize import comparison_key


def source_key(name: str | None, role: str | None) -> str:
    """name and role in comparison form; a person named the same with another role is another source."""
    return f"{comparison_key(name or '')}|{comparison_key(role or '')}"
