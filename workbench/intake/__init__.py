"""Document intake: a file or pasted text to the exact article text Isnad stores, or a one-line refusal."""

from workbench.errors import InputRefused
from workbench.intake.document import Document, IntakeLimits
from workbench.intake.read import (
    document_from_bytes,
    document_from_stream,
    document_from_text,
    iter_documents,
    read_document,
)

__all__ = [
    "Document",
    "InputRefused",
    "IntakeLimits",
    "document_from_bytes",
    "document_from_stream",
    "document_from_text",
    "iter_documents",
    "read_document",
]
