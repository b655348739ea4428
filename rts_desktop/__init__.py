"""RTS Desktop: case management for Milan's Residenzialità Temporanea Sociale."""

__version__ = "0.1.0"
APP_NAME = "RTS Desktop"
