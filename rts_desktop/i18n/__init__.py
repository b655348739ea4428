"""The translation catalogues: extraction from the source, the Qt Linguist ``.ts`` files,
their compilation to ``.qm`` and the checks the tests run (``python -m rts_desktop.i18n``).

The texts are found by reading the source (no import, no Qt): ``self.tr("…")`` under its
class, ``QCoreApplication.translate("Ctx", "…")``, ``N_("…")`` (context ``errors``),
``noop("Ctx", "…")`` and the calls of a module's ``_ = translator("Ctx")``. Only literal texts
can be extracted; a call with anything else is reported, so every text shown is in the
catalogue.
"""
