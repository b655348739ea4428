"""The Casi area: case list, case file, forms and lifecycle dialogs."""
