"""``python -m rts_desktop.i18n update|check|build|fill FILE.json``.

- ``update``: read the source, rewrite ``resources/i18n/*.ts`` (translations kept);
- ``check``: exit 1 listing what is missing, unfinished or out of date;
- ``build``: compile the ``.qm`` files;
- ``fill``: take translations from a JSON list of ``{"context", "source", "comment",
  "en", "it"}`` (``en``/``it`` a text, or the list of plural forms).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from rts_desktop.i18n.build import BuildError, build
from rts_desktop.i18n.catalogue import Translation, check, read_ts, render_ts, ts_path, update
from rts_desktop.i18n.extract import Key, extract
from rts_desktop.kernel.config import resources_dir
from rts_desktop.kernel.i18n import LANGUAGES

PACKAGE = Path(__file__).resolve().parent.parent


def catalogue_folder() -> Path:
    return resources_dir() / "i18n"


def fill(folder: Path, rows: list[dict[str, object]]) -> int:
    """Set the translations of ``rows`` in the catalogues; how many were set."""
    catalogue = extract(PACKAGE)
    changed = 0
    for lang in LANGUAGES:
        path = ts_path(folder, lang)
        present = read_ts(path)
        translations = {k: t for k, (_, t) in present.items()}
        for row in rows:
            key = Key(str(row["context"]), str(row["source"]), str(row.get("comment") or ""))
            value = row.get(lang)
            if value is None or key not in catalogue.entries:
                continue
            forms = [str(v) for v in value] if isinstance(value, list) else [str(value)]
            translations[key] = Translation(forms, all(forms))
            changed += 1
        path.write_text(render_ts(lang, catalogue.entries, translations), encoding="utf-8")
    update(catalogue, folder)
    return changed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m rts_desktop.i18n")
    parser.add_argument("command", choices=("update", "check", "build", "fill"))
    parser.add_argument("files", nargs="*", type=Path)
    args = parser.parse_args(argv)
    folder = catalogue_folder()
    if args.command == "update":
        catalogue = extract(PACKAGE)
        update(catalogue, folder)
        for problem in catalogue.problems:
            print(problem, file=sys.stderr)
        print(f"{len(catalogue.entries)} testi in {folder.name}/")
        return 0
    if args.command == "check":
        problems = check(extract(PACKAGE), folder)
        for problem in problems:
            print(problem)
        return 1 if problems else 0
    if args.command == "fill":
        rows = [row for f in args.files for row in json.loads(f.read_text(encoding="utf-8"))]
        print(f"{fill(folder, rows)} traduzioni inserite")
        return 0
    try:
        for path in build(folder, force=True):
            print(path.name)
    except BuildError as error:
        print(f"errore: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
