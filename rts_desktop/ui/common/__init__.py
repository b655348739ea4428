"""Widgets and models shared by several areas."""
