"""Feeds N generated hostile inputs through the intake path and prints imported, refused, crashes, memory."""

import argparse
import io
import random
import re
import resource
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import docx

from workbench.intake import Document, InputRefused, IntakeLimits, document_from_bytes, read_document

# Run from the project root: .venv/bin/python -m bench.bench_hostile_input --inputs 1000
ROOT = Path(__file__).resolve().parents[1]

ARTICLE = (ROOT.parent / "shared" / "articles" / "ar-mosul-corridor.txt").read_text(encoding="utf-8")
PARAGRAPHS = ARTICLE.split("\n")
ENGLISH = [
    "\u201cWe will try to give them the opportunity to flee,\u201d a major told The Washington Post.",
    "Russia\u2019s foreign minister said on Tuesday that the corridor posed a danger.",
    "Witnesses said they had seen six buses leaving the city.",
]
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1256", "iso-8859-6"]
INVISIBLE = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c\u200b\u200c\u200d\u2060\ufeff\u00ad"
NAMES = [".txt", ".html", ".htm", ".md", ".docx", "", ".bin", ".TXT"]
MAGIC = [
    b"%PDF-1.5\n",
    b"PK\x03\x04",
    b"\x89PNG\r\n\x1a\n",
    b"\x1f\x8b\x08",
    b"\x7fELF",
    b"\xff\xd8\xff\xe0",
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
    b"MZ\x90\x00",
]
TAGS = ["div", "span", "p", "b", "section", "article", "li", "table", "td", "blockquote", "nav", "aside"]
SMALL_LIMITS = IntakeLimits(max_bytes=256 * 1024, max_line_chars=2_000)


def some_text(rng: random.Random) -> str:
    start = rng.randrange(len(PARAGRAPHS))
    paragraphs = PARAGRAPHS[start : start + rng.randint(1, 4)]
    if rng.random() < 0.3:
        paragraphs = paragraphs + rng.sample(ENGLISH, rng.randint(1, 2))
    return rng.choice(["\n", "\r\n", "\r", "\n\n"]).join(paragraphs)


def sprinkle(rng: random.Random, text: str, characters: str, count: int) -> str:
    chars = list(text)
    for _ in range(count):
        chars.insert(rng.randrange(len(chars) + 1), rng.choice(characters))
    return "".join(chars)


def mutate(rng: random.Random, data: bytes) -> bytes:
    data = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        if not data:
            break
        position = rng.randrange(len(data))
        choice = rng.random()
        if choice < 0.4:
            data[position] = rng.randrange(256)
        elif choice < 0.6:
            data.insert(position, 0)
        elif choice < 0.8:
            del data[position:]
        else:
            del data[position]
    return bytes(data)


def encoded_text(rng: random.Random) -> bytes:
    text = some_text(rng)
    if rng.random() < 0.3:
        text = sprinkle(rng, text, INVISIBLE, rng.randint(1, 40))
    data = text.encode(rng.choice(ENCODINGS), errors="replace")
    return mutate(rng, data) if rng.random() < 0.3 else data


def mixed_encodings(rng: random.Random) -> bytes:
    return b"\n".join(
        p.encode(rng.choice(["utf-8", "cp1256", "iso-8859-6"])) for p in rng.sample(PARAGRAPHS, 3)
    )


def html_page(rng: random.Random) -> bytes:
    depth = rng.choice([0, 1, 5, 50, 255, 257, 400, 5000])
    tag = rng.choice(TAGS)
    body = "".join(f"<p>{p}</p>" for p in some_text(rng).splitlines() if p)
    if rng.random() < 0.5:
        body = sprinkle(rng, body, "<>&\"'/", rng.randint(1, 30))  # break the markup
    charset = rng.choice(["utf-8", "windows-1256", "iso-8859-6", "bogus", ""])
    page = (
        f"<html><head><meta charset='{charset}'><title>{PARAGRAPHS[0][:40]}</title></head><body>"
        "<nav><a>الرئيسية</a><a>رياضة</a></nav>"
        + f"<{tag}>" * depth
        + f"<article>{body}</article>"
        + f"</{tag}>" * rng.choice([0, depth])
        + "</body></html>"
    )
    return page.encode("cp1256" if charset == "windows-1256" else "utf-8", errors="replace")


def markdown_text(rng: random.Random) -> bytes:
    marks = ["# ", "## ", "- ", "1. ", "> ", "**", "*", "`", "[", "](http://x)", "![", "|", "---\n", "```\n"]
    lines = [rng.choice(marks) + line + rng.choice(marks) for line in some_text(rng).splitlines()]
    return "\n".join(lines).encode("utf-8")


def docx_bytes(rng: random.Random, base: list[bytes]) -> bytes:
    data = rng.choice(base)
    return mutate(rng, data) if rng.random() < 0.7 else data


def make_docx_samples() -> list[bytes]:
    samples = []
    for paragraphs in (PARAGRAPHS[:3], ENGLISH):
        document = docx.Document()
        for paragraph in paragraphs:
            document.add_paragraph(paragraph)
        buffer = io.BytesIO()
        document.save(buffer)
        samples.append(buffer.getvalue())
    return samples


def generated_input(rng: random.Random, docx_samples: list[bytes]) -> tuple[bytes, str, IntakeLimits]:
    kind = rng.randrange(10)
    limits = SMALL_LIMITS if rng.random() < 0.2 else IntakeLimits()
    name = "input" + rng.choice(NAMES)
    if kind == 0:
        data = rng.randbytes(rng.randint(0, 8192))
    elif kind in (1, 2):
        data = encoded_text(rng)
        name = "input" + rng.choice([".txt", ".txt", ".md", ""])
    elif kind == 3:
        data = mixed_encodings(rng)
    elif kind == 4:
        data = html_page(rng)
        name = "input" + rng.choice([".html", ".htm", ""])
    elif kind == 5:
        data = markdown_text(rng)
        name = "input.md"
    elif kind == 6:
        data = docx_bytes(rng, docx_samples)
        name = "input" + rng.choice([".docx", ".docx", ".txt"])
    elif kind == 7:
        data = rng.choice(MAGIC) + rng.randbytes(rng.randint(0, 2048))
    elif kind == 8:
        data = rng.choice([b"", b" ", b"\n\n\t\r\n", "\u00a0\u2003\n".encode(), b"\xef\xbb\xbf", b"\xff\xfe"])
    else:
        data = ("x" * rng.randint(1_000, 5_000) + "\n" + PARAGRAPHS[0]).encode(
            rng.choice(["utf-8", "utf-16"])
        )
    return data, name, limits


def reason_kind(message: str) -> str:
    """The refusal without its particulars (sizes, line numbers, extensions), to count alike ones together."""
    kind = re.split(r"[:;(]", message, maxsplit=1)[0]
    kind = re.sub(r"renamed \.\w+", "renamed", kind)
    return re.sub(r"(?<![\w-])\d[\d,.]*", "N", kind).strip()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--inputs", type=int, default=1000, help="how many generated inputs (default 1000)")
    parser.add_argument("--seed", type=int, default=20161018)
    arguments = parser.parse_args()

    rng = random.Random(arguments.seed)
    docx_samples = make_docx_samples()
    outcomes: Counter[str] = Counter()
    reasons: Counter[str] = Counter()
    crashes: Counter[str] = Counter()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as directory:
        for number in range(arguments.inputs):
            data, name, limits = generated_input(rng, docx_samples)
            try:
                if number % 10 == 0:  # every tenth goes through the file path the CLI and GUI use
                    path = Path(directory) / name
                    path.write_bytes(data)
                    result = read_document(path, limits=limits)
                else:
                    result = document_from_bytes(data, name=name, limits=limits)
            except InputRefused as refusal:
                message = str(refusal)
                if not message or "\n" in message:
                    crashes["refusal not one line"] += 1
                reasons[reason_kind(message)] += 1
                outcomes["refused"] += 1
                continue
            except Exception as error:  # anything but a refusal is a crash, to be counted, not raised
                crashes[type(error).__name__] += 1
                continue
            if isinstance(result, Document) and result.text.strip():
                outcomes["imported"] += 1
            else:
                crashes["document without text"] += 1
    elapsed = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports kilobytes

    print(f"inputs tried        {arguments.inputs}")
    print(f"imported            {outcomes['imported']}")
    print(f"refused             {outcomes['refused']}")
    print(f"crashes             {sum(crashes.values())}")
    for kind, count in crashes.most_common():
        print(f"  {kind:<40} {count}")
    print("refusals by reason")
    for reason, count in reasons.most_common():
        print(f"  {reason:<60} {count}")
    print(f"seconds             {elapsed:.1f}")
    print(f"inputs per second   {arguments.inputs / elapsed:.0f}")
    print(f"peak memory (MB)    {peak_mb:.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
