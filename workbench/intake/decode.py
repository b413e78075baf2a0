"""Bytes to the stored text: byte-order marks, UTF-8, UTF-16, Arabic legacy code pages, then the rest."""

# Order of decisions, most certain first:
# 1. a byte-order mark (UTF-8 or UTF-16) decides; the mark is not part of the text;
# 2. NUL bytes mean UTF-16 without a mark, or a refusal;
# 3. valid UTF-8 is UTF-8 (legacy Arabic or Latin text is practically never valid UTF-8);
# 4. a charset an HTML page declares;
# 5. a file whose lines are partly UTF-8 and partly not is decoded line by line (mixed encodings);
# 6. Windows-1256 or ISO-8859-6 when they give mostly Arabic words, else charset-normalizer's guess,
#    preferring cp1252 among equally good guesses.
# The decoded text is kept exactly, except that CRLF and lone CR become LF.

import codecs
import re

from charset_normalizer import from_bytes

from workbench.errors import InputRefused

BINARY = "not text: looks like binary data"
_SAMPLE_CHARS = 65_536  # enough text to judge an encoding by; scoring a whole 20 MB file gains nothing
_BINARY_SHARE = 0.10  # real text has no control characters; binary read as text has 10-25 %
_ARABIC_SHARE = 0.5
_UTF16_IMPLAUSIBLE_SHARE = 0.05
_ARABIC_CODE_PAGES = ("cp1256", "iso8859-6")  # cp1256 first: it wins ties, being far more common
_ARABIC_CHARS = "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff"
_NON_ARABIC_LETTER = re.compile(f"(?![{_ARABIC_CHARS}])[^\\W\\d_]")
_CONTROL_OR_JUNK = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd\ue000-\uf8ff]")
# What BOM-less UTF-16 from Arabic or European text decodes to; other bytes read as UTF-16 give
# CJK ideographs, Hangul and private-use characters.
_UTF16_PLAUSIBLE = re.compile(
    "[\t\n\r\x20-\x7e\xa0-\u024f\u0370-\u04ff\u0590-\u06ff\u0750-\u077f\u08a0-\u08ff"
    "\u2000-\u206f\u20a0-\u20cf\u2100-\u214f\ufb50-\ufdff\ufe70-\ufeff]"
)
# Browsers read pages labelled Latin-1 or ASCII as Windows-1252 (WHATWG Encoding), and so do we.
_DECLARED_ALIASES = {"iso8859-1": "cp1252", "ascii": "cp1252"}


def decode(data: bytes, *, declared: str | None = None) -> tuple[str, str]:
    """The stored text of `data` and the encoding it was read in; InputRefused if it is not text.

    `declared` is a charset the input names for itself (an HTML <meta charset>); it is used when
    the bytes are not UTF-8 and decode cleanly in it.
    """
    text, encoding = _decode(data, declared)
    if _looks_binary(text):
        raise InputRefused(BINARY)
    return as_stored(text), encoding


def as_stored(text: str) -> str:
    """`text` as Isnad stores it: without a leading byte-order mark, with CRLF and CR turned into LF."""
    text = text.removeprefix("\ufeff")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode(data: bytes, declared: str | None) -> tuple[str, str]:
    for bom, encoding in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return _strict(data[len(bom) :], encoding, "damaged UTF-16"), encoding
    if data.startswith(codecs.BOM_UTF8):
        text, encoding = _decode(data[len(codecs.BOM_UTF8) :], declared)
        return text, "utf-8-sig" if encoding == "utf-8" else encoding
    if b"\x00" in data:
        return _bomless_utf16(data)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass  # not UTF-8: fall through to the other candidates
    declared_encoding = _usable_declared(declared)
    if declared_encoding is not None:
        try:
            return data.decode(declared_encoding), declared_encoding
        except UnicodeDecodeError:
            pass  # pages often declare a charset they are not in; detect instead
    mixed = _decode_mixed_lines(data)
    if mixed is not None:
        return mixed
    encoding = _legacy_encoding(data)
    return _strict(data, encoding, BINARY), encoding


def _strict(data: bytes, encoding: str, what: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise InputRefused(f"{what}: cannot be read as {encoding} (byte {error.start})") from error


def _bomless_utf16(data: bytes) -> tuple[str, str]:
    if len(data) % 2 == 0:
        for encoding in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            sample = text[:_SAMPLE_CHARS]
            if len(_UTF16_PLAUSIBLE.sub("", sample)) <= _UTF16_IMPLAUSIBLE_SHARE * len(sample):
                return text, encoding
    if _looks_binary(data.decode("latin-1")):
        raise InputRefused(BINARY)
    raise InputRefused("contains NUL bytes: binary or corrupt")


def _usable_declared(declared: str | None) -> str | None:
    if not declared:
        return None
    try:
        name = codecs.lookup(declared).name
    except LookupError:
        return None
    # A page cannot really be UTF-16 without a byte-order mark; browsers ignore such labels too.
    if name.startswith(("utf-16", "utf-32")):
        return None
    return _DECLARED_ALIASES.get(name, name)


def _decode_mixed_lines(data: bytes) -> tuple[str, str] | None:
    """Lines of UTF-8 among lines of a legacy encoding (files pasted together); None if not mixed.

    A line that is mostly valid UTF-8 with a few bad bytes is damage, not a second encoding: refused.
    """
    lines = data.split(b"\n")
    legacy_lines = []
    has_utf8 = False
    for number, line in enumerate(lines, start=1):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
            has_utf8 = True
        except UnicodeDecodeError as error:
            if _mostly_utf8(line):
                raise InputRefused(
                    f"invalid UTF-8 on line {number} (byte {error.start} of the line): "
                    "the file is damaged; re-save it as UTF-8"
                ) from error
            legacy_lines.append(number - 1)
    if not has_utf8:
        return None
    encoding = _legacy_encoding(b"\n".join(lines[index] for index in legacy_lines))
    legacy = set(legacy_lines)
    text = "\n".join(
        _strict(line, encoding, BINARY) if index in legacy else line.decode("utf-8")
        for index, line in enumerate(lines)
    )
    return text, f"utf-8+{encoding}"


def _mostly_utf8(line: bytes) -> bool:
    decoded = line.decode("utf-8", "replace")
    invalid = decoded.count("\ufffd")
    ascii_chars = len(line) - len(line.translate(None, bytes(range(128))))
    valid_non_ascii = len(decoded) - ascii_chars - invalid
    return valid_non_ascii > invalid


def _legacy_encoding(data: bytes) -> str:
    """The single-byte (or other non-UTF) encoding of `data`; InputRefused if none reads it as text."""
    arabic = _arabic_code_page(data)
    if arabic is not None:
        return arabic
    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        raise InputRefused(BINARY)
    # Western text in a legacy encoding is nearly always cp1252; charset-normalizer's ranking among
    # equally clean Latin code pages (cp1250, cp1257, mac_iceland …) is a coin toss on short texts.
    for match in matches:
        if match.encoding == "cp1252" and match.chaos <= best.chaos:
            return "cp1252"
    return codecs.lookup(best.encoding).name


def _arabic_code_page(data: bytes) -> str | None:
    """cp1256 or ISO-8859-6 if one reads `data` as mostly Arabic words, the better of the two; else None.

    The two put Arabic letters at different bytes, and cp1256 puts French letters where ISO-8859-6
    has the commonest Arabic ones (ه و ي), so the wrong one yields words mixing Arabic and Latin.
    """
    chosen, chosen_share = None, _ARABIC_SHARE
    for encoding in _ARABIC_CODE_PAGES:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        share = _arabic_word_share(text[:_SAMPLE_CHARS])
        if share > chosen_share or (chosen is None and share >= chosen_share):
            chosen, chosen_share = encoding, share
    return chosen


def _arabic_word_share(text: str) -> float:
    """The share of non-ASCII characters that stand in words made only of Arabic letters."""
    non_ascii = in_arabic_words = 0
    for word in text.split():
        count = len(word) - len(word.encode("ascii", "ignore"))
        non_ascii += count
        if count and not _NON_ARABIC_LETTER.search(word):
            in_arabic_words += count
    return in_arabic_words / non_ascii if non_ascii else 0.0


def _looks_binary(text: str) -> bool:
    junk = len(text) - len(_CONTROL_OR_JUNK.sub("", text))
    return junk > _BINARY_SHARE * len(text)
