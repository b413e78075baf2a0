"""UI language: loading the Arabic translation, mirroring the layout, and the translated names of verdicts and kinds."""

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from workbench.resources import RESOURCES_DIR

TRANSLATIONS_DIR = RESOURCES_DIR / "translations"
UI_LANGUAGES = ("en", "ar")


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def install_language(app: QApplication, language: str) -> QTranslator | None:
    """Install the UI translation for language and mirror the whole UI for Arabic.

    Returns the translator (keep a reference), or None for English or a missing .qm file.
    """
    mirrored = language == "ar"
    for old in getattr(app, "_isnad_translators", []):
        app.removeTranslator(old)
    app._isnad_translators = []
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if mirrored else Qt.LayoutDirection.LeftToRight)
    QLocale.setDefault(QLocale(QLocale.Language.Arabic if mirrored else QLocale.Language.English))
    translator = QTranslator(app)
    if not translator.load(f"isnad_{language}", str(TRANSLATIONS_DIR)):
        return None
    app.installTranslator(translator)
    app._isnad_translators.append(translator)
    if language == "en":
        return translator  # English: only the plural forms of "%n file(s)" messages
    # Qt's own strings (dialog buttons, context menus) when a Qt translation is installed.
    qt_translator = QTranslator(app)
    from PySide6.QtCore import QLibraryInfo

    if qt_translator.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_translator)
        app._isnad_translators.append(qt_translator)
    return translator


# Verdict colours follow the Okabe-Ito palette, which stays distinguishable with the common kinds of
# colour blindness; every verdict is also written out in words, never shown by colour alone.
CLAIM_VERDICT_COLOURS = {
    "unreviewed": ("#56B4E9", "#D9EEFB"),
    "verified": ("#009E73", "#C9EEDF"),
    "disputed": ("#E69F00", "#FBE5B6"),
    "false": ("#D55E00", "#F8D3BC"),
    "misleading": ("#CC79A7", "#F3D8E8"),
    "unverifiable": ("#7A7A7A", "#E4E4E4"),
}

SOURCE_KIND_COLOURS = {
    "outlet": "#0072B2",
    "person": "#009E73",
    "organization": "#E69F00",
    "anonymous": "#7A7A7A",
}

CLAIM_VERDICTS = ("unreviewed", "verified", "disputed", "false", "misleading", "unverifiable")
ATTRIBUTION_VERDICTS = ("unchecked", "confirmed", "misattributed", "not_found")


def verdict_colour(verdict: str, *, background: bool = False) -> QColor:
    strong, light = CLAIM_VERDICT_COLOURS.get(verdict, CLAIM_VERDICT_COLOURS["unreviewed"])
    return QColor(light if background else strong)


def claim_verdict_name(verdict: str) -> str:
    names = {
        "unreviewed": tr("Verdicts", "Unreviewed"),
        "verified": tr("Verdicts", "Verified"),
        "disputed": tr("Verdicts", "Disputed"),
        "false": tr("Verdicts", "False"),
        "misleading": tr("Verdicts", "Misleading"),
        "unverifiable": tr("Verdicts", "Unverifiable"),
    }
    return names.get(verdict, verdict)


def attribution_verdict_name(verdict: str) -> str:
    names = {
        "unchecked": tr("Verdicts", "Unchecked"),
        "confirmed": tr("Verdicts", "Confirmed"),
        "misattributed": tr("Verdicts", "Misattributed"),
        "not_found": tr("Verdicts", "Source not found"),
    }
    return names.get(verdict, verdict)


def source_kind_name(kind: str) -> str:
    names = {
        "outlet": tr("Verdicts", "Outlet"),
        "person": tr("Verdicts", "Person"),
        "organization": tr("Verdicts", "Organization"),
        "anonymous": tr("Verdicts", "Anonymous"),
    }
    return names.get(kind, kind)


def outlet_kind_name(kind: str) -> str:
    names = {
        "newspaper": tr("Verdicts", "newspaper"),
        "tabloid": tr("Verdicts", "tabloid"),
        "broadcaster": tr("Verdicts", "broadcaster"),
        "news_agency": tr("Verdicts", "news agency"),
        "state_affiliated": tr("Verdicts", "state-affiliated"),
        "online": tr("Verdicts", "online"),
    }
    return names.get(kind, kind)


def link_status_name(status: str) -> str:
    names = {
        "suggested": tr("Verdicts", "Suggested"),
        "confirmed": tr("Verdicts", "Confirmed"),
        "rejected": tr("Verdicts", "Rejected"),
        "likely_same": tr("Verdicts", "Likely the same"),
    }
    return names.get(status, status)


# --- keeping the .ts file in step with the code ----------------------------------------------------------
# pyside6-lupdate does not see through our per-module `_tr(text)` helpers (it takes the class name as the
# context), so `python -m ui.i18n` collects every literal passed to `_tr` / `tr` with the context that
# helper really uses, and merges them into resources/translations/isnad_ar.ts, keeping existing
# translations. pyside6-lrelease then compiles the .ts into the .qm the app loads.

def collect_messages(ui_dir=None) -> dict[str, list[str]]:
    """Context → source strings, in code order, from every module of ui/."""
    import ast
    from pathlib import Path

    ui_dir = Path(ui_dir or Path(__file__).parent)
    found: dict[str, list[str]] = {}
    for path in sorted(ui_dir.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        context = None
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and node.name == "_tr":
                call = next((n for n in ast.walk(node) if isinstance(n, ast.Call) and n.args
                             and isinstance(n.args[0], ast.Constant)), None)
                context = call.args[0].value if call else None
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            args = node.args
            if node.func.id == "_tr" and context and args and isinstance(args[0], ast.Constant):
                pair = (context, args[0].value)
            elif node.func.id == "tr" and len(args) == 2 and all(isinstance(a, ast.Constant) for a in args):
                pair = (args[0].value, args[1].value)
            else:
                continue
            if isinstance(pair[1], str) and pair[1] not in found.setdefault(pair[0], []):
                found[pair[0]].append(pair[1])
    return found


# Messages with a count are written with %n and translated with Qt's plural ("numerus") forms: Arabic has
# six (0, 1, 2, 3–10, 11–99, 100…), English two, kept here because English has no other translation.
ARABIC_PLURAL_FORMS = 6
ENGLISH_PLURALS = {
    "Importing %n file(s)…": ("Importing %n file…", "Importing %n files…"),
    "imported with %n claim(s)": ("imported with %n claim", "imported with %n claims"),
    "%n NUL character(s) removed from the pasted text.": ("%n NUL character removed from the pasted text.",
                                                          "%n NUL characters removed from the pasted text."),
}


def _known_translations(ts_path) -> dict[tuple[str, str], str | tuple[str, ...]]:
    import xml.etree.ElementTree as ET

    known: dict[tuple[str, str], str | tuple[str, ...]] = {}
    if not ts_path.exists():
        return known
    for context in ET.parse(ts_path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            forms = tuple(form.text or "" for form in message.iter("numerusform"))
            text = forms if all(forms) and forms else message.findtext("translation") or ""
            if text and (message.get("numerus") != "yes" or isinstance(text, tuple)):
                known[(name, message.findtext("source"))] = text
    return known


def update_ts(ts_path=None, translations: dict[tuple[str, str], str] | None = None, *, language: str = "ar") -> int:
    """Write the .ts with every current message; returns how many still lack a translation. For English only
    the plural messages are written, with ENGLISH_PLURALS."""
    import xml.etree.ElementTree as ET
    from pathlib import Path

    ts_path = Path(ts_path or TRANSLATIONS_DIR / f"isnad_{language}.ts")
    known = _known_translations(ts_path) if language != "en" else {}
    known.update(translations or {})
    root = ET.Element("TS", version="2.1", language=language)
    missing = 0
    for name, sources in collect_messages().items():
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for source in sources:
            plural = "%n" in source
            if language == "en" and not plural:
                continue
            message = ET.SubElement(context, "message", numerus="yes") if plural else ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = source
            translation = ET.SubElement(message, "translation")
            text = ENGLISH_PLURALS.get(source) if language == "en" else known.get((name, source))
            if text and plural == isinstance(text, tuple):
                if plural:
                    for form in text:
                        ET.SubElement(translation, "numerusform").text = form
                else:
                    translation.text = text
            else:
                translation.set("type", "unfinished")
                missing += 1
    ET.indent(root)
    ts_path.parent.mkdir(parents=True, exist_ok=True)
    ts_path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                       + ET.tostring(root, encoding="unicode") + "\n", encoding="utf-8")
    return missing


if __name__ == "__main__":
    print(f"{update_ts()} messages still need an Arabic translation")
    print(f"{update_ts(language='en')} plural messages still need their English forms")
