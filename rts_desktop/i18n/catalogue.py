"""The Qt Linguist ``.ts`` files: read, write (stable order, no line numbers, so a change
elsewhere in a file does not touch the catalogue) and keep in step with the source."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from rts_desktop.i18n.extract import Catalogue, Entry, Key
from rts_desktop.i18n.paths import ts_path
from rts_desktop.kernel.i18n import LANGUAGES, SOURCE_LANGUAGE

#: the ``language`` attribute of each catalogue (its plural rules come from it)
LOCALES = {"it": "it_IT", "en": "en_GB"}
#: both languages have two plural forms: one, and everything else
PLURAL_FORMS = 2
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%\d")


@dataclass
class Translation:
    forms: list[str] = field(default_factory=list)
    finished: bool = False

    @property
    def text(self) -> str:
        return self.forms[0] if self.forms else ""


def read_ts(path: Path) -> dict[Key, tuple[bool, Translation]]:
    """{key: (numerus, translation)} of a catalogue; an absent file is an empty one."""
    if not path.is_file():
        return {}
    found: dict[Key, tuple[bool, Translation]] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = Key(name, message.findtext("source") or "", message.findtext("comment") or "")
            node = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if node is None:
                found[key] = (numerus, Translation())
                continue
            if numerus:
                forms = [f.text or "" for f in node.iter("numerusform")]
            else:
                forms = [node.text or ""]
            finished = node.get("type") not in ("unfinished", "vanished", "obsolete")
            found[key] = (numerus, Translation(forms, finished and any(forms)))
    return found


def _message(key: Key, entry: Entry, tr: Translation) -> list[str]:
    numerus = ' numerus="yes"' if entry.numerus else ""
    lines = [f"    <message{numerus}>"]
    for filename in sorted(entry.files):
        lines.append(f"        <location filename={quoteattr('../../' + filename)}/>")
    lines.append(f"        <source>{escape(key.source)}</source>")
    if key.comment:
        lines.append(f"        <comment>{escape(key.comment)}</comment>")
    kind = "" if tr.finished else ' type="unfinished"'
    if entry.numerus:
        forms = (tr.forms + [""] * PLURAL_FORMS)[:PLURAL_FORMS]
        lines.append(f"        <translation{kind}>")
        lines += [f"            <numerusform>{escape(f)}</numerusform>" for f in forms]
        lines.append("        </translation>")
    else:
        lines.append(f"        <translation{kind}>{escape(tr.text)}</translation>")
    lines.append("    </message>")
    return lines


def render_ts(lang: str, entries: dict[Key, Entry], translations: dict[Key, Translation]) -> str:
    out = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{LOCALES[lang]}" '
        f'sourcelanguage="{LOCALES[SOURCE_LANGUAGE]}">',
    ]
    by_context: dict[str, list[Key]] = {}
    for key in sorted(entries):
        by_context.setdefault(key.context, []).append(key)
    for context, keys in by_context.items():
        out += ["<context>", f"    <name>{escape(context)}</name>"]
        for key in keys:
            out += _message(key, entries[key], translations.get(key, Translation()))
        out.append("</context>")
    out.append("</TS>")
    return "\n".join(out) + "\n"


def carried(lang: str, entry: Entry, old: tuple[bool, Translation] | None) -> Translation:
    """The translation an entry keeps on update: the catalogue's, and in the source
    language the source itself for a text without plural forms."""
    if lang == SOURCE_LANGUAGE and not entry.numerus:
        return Translation([entry.key.source], True)
    if old is None or old[0] != entry.numerus:
        return Translation()
    return old[1]


def update(catalogue: Catalogue, folder: Path) -> dict[str, str]:
    """Rewrite every language's ``.ts`` for the texts of ``catalogue``; {lang: new text}."""
    folder.mkdir(parents=True, exist_ok=True)
    written = {}
    for lang in LANGUAGES:
        path = ts_path(folder, lang)
        old = read_ts(path)
        translations = {k: carried(lang, e, old.get(k)) for k, e in catalogue.entries.items()}
        text = render_ts(lang, catalogue.entries, translations)
        path.write_text(text, encoding="utf-8")
        written[lang] = text
    return written


def placeholders(text: str) -> list[str]:
    return sorted(set(PLACEHOLDER.findall(text)))


def check(catalogue: Catalogue, folder: Path) -> list[str]:
    """What keeps the catalogues from being complete and in step with the source."""
    problems = [str(p) for p in catalogue.problems]
    for lang in LANGUAGES:
        path = ts_path(folder, lang)
        name = path.name
        if not path.is_file():
            problems.append(f"{name}: missing; run python -m rts_desktop.i18n update")
            continue
        present = read_ts(path)
        translations = {k: carried(lang, e, present.get(k)) for k, e in catalogue.entries.items()}
        if render_ts(lang, catalogue.entries, translations) != path.read_text(encoding="utf-8"):
            problems.append(
                f"{name}: out of date with the source; run python -m rts_desktop.i18n update"
            )
        for key in sorted(set(catalogue.entries) - set(present)):
            problems.append(f"{name}: not in the catalogue: [{key.context}] {key.source!r}")
        for key in sorted(set(present) - set(catalogue.entries)):
            problems.append(f"{name}: no longer in the source: [{key.context}] {key.source!r}")
        for key, entry in sorted(catalogue.entries.items()):
            if key not in present:
                continue
            numerus, tr = present[key]
            where = f"{name}: [{key.context}] {key.source!r}"
            if numerus != entry.numerus:
                problems.append(
                    f"{where}: plural forms {'not ' if entry.numerus else ''}expected; run update"
                )
            elif not tr.finished or not all(tr.forms):
                problems.append(f"{where}: unfinished")
            elif numerus and len(tr.forms) != PLURAL_FORMS:
                problems.append(f"{where}: needs {PLURAL_FORMS} plural forms")
            else:
                for form in tr.forms:
                    if placeholders(form) != placeholders(key.source):
                        problems.append(f"{where}: placeholders differ in {form!r}")
    return problems
