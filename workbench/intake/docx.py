"""Word .docx files: body paragraphs, one per line, and the title from the core properties."""

import io
import zipfile
import zlib

import docx
from docx.opc.exceptions import PackageNotFoundError
from lxml import etree

from workbench.errors import InputRefused
from workbench.intake.decode import as_stored
from workbench.intake.document import Document, IntakeLimits, title_from_text
from workbench.intake.limits import too_large
from workbench.intake.messages import human_size, one_line

BROKEN = "not a readable Word document"


def read_docx(data: bytes, limits: IntakeLimits) -> Document:
    """The paragraphs of the document body joined with LF (tables, headers and footnotes are left out)."""
    _check_unpacked_size(data, limits)
    try:
        document = docx.Document(io.BytesIO(data))
    # What a damaged or doctored package raises from zipfile, zlib and python-docx's own checks.
    except (
        zipfile.BadZipFile,
        zlib.error,
        EOFError,
        NotImplementedError,  # a compression method zipfile cannot unpack
        PackageNotFoundError,
        KeyError,
        ValueError,
        etree.LxmlError,
    ) as error:
        raise InputRefused(f"{BROKEN}: {one_line(error) or type(error).__name__}") from error
    text = as_stored("\n".join(paragraph.text for paragraph in document.paragraphs))
    return Document(
        text=text,
        title=(document.core_properties.title or "").strip() or title_from_text(text),
        format="docx",
        encoding=None,
        url=None,
        published=None,
        site_name=None,
        source_name=None,
    )


def _check_unpacked_size(data: bytes, limits: IntakeLimits) -> None:
    """Refuse a .docx that unpacks beyond the size limit (a zip bomb) before python-docx inflates it."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(entry.file_size for entry in archive.infolist())
    except zipfile.BadZipFile as error:
        raise InputRefused(f"{BROKEN}: broken zip archive ({one_line(error)})") from error
    if unpacked > limits.max_bytes:
        raise too_large(f"the .docx unpacks to {human_size(unpacked)}", limits)
