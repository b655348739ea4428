"""Save and open dialogs, in one place.

Each kind of file ("pdf", "bundle", "export"...) remembers the folder it was last saved to
or opened from; the first time a dialog starts in the user's Documents folder. Callers
suggest a file name (``suggested_name``): the case code and the date, a device, a period.
The dialogs are Qt's: ``QFileDialog``'s static functions (native where the system has one,
Qt's own otherwise, in Italian with the translations ``app.make_app`` loads).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from rts_desktop.kernel.i18n import translator

#: the kinds of file whose folder is remembered (any short word works; these are the ones
#: the application uses)
PDF = "pdf"
BUNDLE = "bundle"
EXPORT = "export"
REPORT = "report"
ATTACHMENT = "attachment"
ENROLMENT = "enrolment"
RECOVERY_KEY = "recovery_key"
ICS = "ics"

_SETTINGS_KEY = "files/last_folder/{kind}"
#: not allowed in a Windows file name (nor "/" anywhere), with the control characters
_INVALID = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
_RESERVED = {"CON", "PRN", "AUX", "NUL"} | {f"{p}{n}" for p in ("COM", "LPT") for n in range(1, 10)}


_tr = translator("files")


def documents_folder() -> Path:
    """The user's Documents folder (home when the system has none or it does not exist)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder and Path(folder).is_dir() else Path.home()


def start_folder(kind: str) -> Path:
    """Where a dialog for ``kind`` opens: the folder last used for it, if it still exists,
    else the Documents folder."""
    saved = QSettings().value(_SETTINGS_KEY.format(kind=kind))
    if isinstance(saved, str) and saved and Path(saved).is_dir():
        return Path(saved)
    return documents_folder()


def _usable(folder: Path | None) -> Path | None:
    """``folder`` if it is an existing absolute folder (an empty field gives ".": no)."""
    return folder if folder is not None and folder.is_absolute() and folder.is_dir() else None


def remember_folder(kind: str, folder: Path) -> None:
    QSettings().setValue(_SETTINGS_KEY.format(kind=kind), str(folder))


def safe_file_name(name: str) -> str:
    """``name`` without what Windows refuses: ``<>:"/\\|?*``, control characters, a final
    dot or space, a reserved device name ("CON", "LPT1"...)."""
    cleaned = _INVALID.sub("", name)
    cleaned = re.sub(r"\s+", " ", cleaned).strip().rstrip(". ")
    if cleaned.split(".")[0].upper() in _RESERVED:
        cleaned = f"_{cleaned}"
    return cleaned or _tr("documento")


def suggested_name(*parts: str | int | dt.date | None, suffix: str) -> str:
    """The parts joined by spaces, dates as YYYY-MM-DD, empty parts left out, made safe:
    ``suggested_name("Progetto", "RTS-2026-0014", "v1", day, suffix=".pdf")`` gives
    "Progetto RTS-2026-0014 v1 2026-12-01.pdf"."""
    words = [p.isoformat() if isinstance(p, dt.date) else str(p) for p in parts if p]
    return safe_file_name(" ".join(w for w in (w.strip() for w in words) if w) + suffix)


def file_filter(label: str, *patterns: str) -> str:
    """A dialog filter: ``file_filter("Documenti PDF", "*.pdf")`` gives
    "Documenti PDF (*.pdf)"."""
    return f"{label} ({' '.join(patterns)})"


def pdf_filter() -> str:
    return file_filter(_tr("Documenti PDF"), "*.pdf")


def csv_filter() -> str:
    return file_filter(_tr("File CSV"), "*.csv")


def all_files_filter() -> str:
    return file_filter(_tr("Tutti i file"), "*")


def _suffixes(filter_text: str) -> list[str]:
    """ ".pdf" and the like, in the order a filter names them ("*" has none)."""
    return [p[1:].lower() for p in re.findall(r"\*\.[\w.]+", filter_text)]


def with_suffix(path: Path, chosen_filter: str, filters: Sequence[str]) -> Path:
    """The path with the chosen filter's extension when its own is none of the filters'
    (someone typed "relazione" with "PDF (*.pdf)" chosen: "relazione.pdf")."""
    known = {s for f in filters for s in _suffixes(f)}
    if path.suffix.lower() in known:
        return path
    wanted = _suffixes(chosen_filter) or _suffixes(filters[0] if filters else "")
    return path.with_name(path.name + wanted[0]) if wanted else path


def save_file(
    parent: QWidget | None,
    kind: str,
    caption: str,
    name: str,
    filters: Sequence[str],
    folder: Path | None = None,
) -> Path | None:
    """Ask where to save a file of ``kind`` named ``name`` by default; None if cancelled.

    The dialog starts in ``folder`` if given and existing, else in ``start_folder(kind)``;
    the folder chosen is remembered for the next time."""
    where = _usable(folder) or start_folder(kind)
    chosen, chosen_filter = QFileDialog.getSaveFileName(
        parent, caption, str(where / name), ";;".join(filters)
    )
    if not chosen:
        return None
    path = with_suffix(Path(chosen), chosen_filter, filters)
    remember_folder(kind, path.parent)
    return path


def open_file(
    parent: QWidget | None, kind: str, caption: str, filters: Sequence[str]
) -> Path | None:
    """Ask for an existing file of ``kind``; None if cancelled. Its folder is remembered."""
    chosen, _filter = QFileDialog.getOpenFileName(
        parent, caption, str(start_folder(kind)), ";;".join(filters)
    )
    if not chosen:
        return None
    path = Path(chosen)
    remember_folder(kind, path.parent)
    return path


def choose_folder(
    parent: QWidget | None, kind: str, caption: str, folder: Path | None = None
) -> Path | None:
    """Ask for a folder (``folder`` first if it exists); None if cancelled. Remembered."""
    where = _usable(folder) or start_folder(kind)
    chosen = QFileDialog.getExistingDirectory(parent, caption, str(where))
    if not chosen:
        return None
    remember_folder(kind, Path(chosen))
    return Path(chosen)
