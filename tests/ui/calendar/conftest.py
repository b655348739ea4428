"""Fixtures the calendar's view tests share: the team, the page, questions answered yes."""

from __future__ import annotations

from tests.services.calendar.test_calendar import team  # noqa: F401 - fixture
from tests.ui.calendar.test_calendar_page import asked, page  # noqa: F401 - fixtures
