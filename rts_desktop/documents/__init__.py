"""Printable documents: content as plain data (``content``), ReportLab renderers that draw it.

Each renderer module exposes ``render_<name>(doc, out)`` writing an A4 PDF with the city
header, "Pagina x di y" and embedded DejaVu fonts. No Qt and no database here: services build
the content dataclasses, the UI previews and prints the PDF.
"""
