"""The Oggi area: the operator's day, the first page of the main window."""
