"""Indicators and service reports computed from the data already kept, and their exports.

``table`` holds the plain result shapes every report returns; ``registry`` names the reports
and runs one (permission, visibility, audit). Nothing here imports Qt or a service area.
"""
