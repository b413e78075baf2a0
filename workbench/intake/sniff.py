"""Which format a file really is: by its magic bytes first, its extension second; binaries are refused."""

import io
import zipfile
from pathlib import PurePath

from workbench.errors import InputRefused
from workbench.intake.messages import one_line

SUPPORTED = ".txt, .html, .md, .docx"
_FORMAT_OF_EXTENSION = {
    ".txt": "txt",
    ".text": "txt",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".md": "md",
    ".markdown": "md",
    ".docx": "docx",
}
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
_PREFIX_MAGIC = (
    (b"%PDF-", "a PDF file"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "an executable program"),
    (b"\xcf\xfa\xed\xfe", "an executable program"),
    (b"\xce\xfa\xed\xfe", "an executable program"),
    (b"\xca\xfe\xba\xbe", "an executable program"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Word .doc or other Office file"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"{\\rtf", "an RTF document"),
    (b"OggS", "an Ogg audio file"),
    (b"\x1a\x45\xdf\xa3", "a Matroska or WebM video"),
    (b"\x00asm", "a WebAssembly module"),
)
# What the reviewer can do about a file Word or another editor can open.
_ADVICE = {
    "an old Word .doc or other Office file": " (save it as .docx)",
    "an RTF document": " (save it as .docx or .txt)",
}


def sniff_format(data: bytes, name: str) -> str:
    """The format to read `data` as ("txt", "html", "md" or "docx"), or InputRefused for a non-text file.

    A real .docx is read as docx whatever its name; anything else zipped is refused. An unknown
    extension is read by content: an HTML document as html, otherwise as text.
    """
    extension = PurePath(name).suffix.lower()
    binary_kind = _binary_kind(data)
    if binary_kind is not None:
        raise InputRefused(_refusal(binary_kind, extension))
    if data.startswith(_ZIP_MAGIC):
        return _zip_format(data, extension)
    if extension == ".docx":
        raise InputRefused("named .docx but is not a Word document (not a zip archive)")
    if extension in _FORMAT_OF_EXTENSION:
        return _FORMAT_OF_EXTENSION[extension]
    return "html" if _looks_like_html(data) else "txt"


def _binary_kind(data: bytes) -> str | None:
    for magic, kind in _PREFIX_MAGIC:
        if data.startswith(magic):
            return kind
    # The checks below need more than a prefix; text could start with "MZ" or "BZh" by chance.
    if data.startswith(b"MZ") and b"\x00" in data[:64]:
        return "a Windows executable program"
    if data.startswith(b"BZh") and data[4:10] == b"1AY&SY":
        return "a bzip2 archive"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "a WebP image"
    if data[4:8] == b"ftyp":
        return "a video or audio file (MP4 family)"
    if data[257:262] == b"ustar":
        return "a tar archive"
    return None


def _zip_format(data: bytes, extension: str) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, ValueError) as error:  # ValueError: a directory pointing before the start
        if extension == ".docx":
            raise InputRefused(
                f"not a readable Word document: broken zip archive ({one_line(error)})"
            ) from error
        raise InputRefused(_refusal("a damaged zip archive", extension)) from error
    if "word/document.xml" in names:
        return "docx"
    if extension == ".docx":
        raise InputRefused("named .docx but is not a Word document: the zip archive has no word/document.xml")
    raise InputRefused(_refusal("a zip archive", extension))


def _refusal(kind: str, extension: str) -> str:
    renamed = f" renamed {extension}" if extension in _FORMAT_OF_EXTENSION else ""
    return f"looks like {kind}{renamed}; Isnad imports {SUPPORTED}{_ADVICE.get(kind, '')}"


def _looks_like_html(data: bytes) -> bool:
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html"))
