"""Two enrolled laptops, shared by the Sync view tests."""

from __future__ import annotations

import pytest

from tests.sync.sync_helpers import enrol_all, make_device


@pytest.fixture
def pair(tmp_path):
    devs = [make_device(tmp_path, n) for n in ("Ufficio", "Laptop via Padova")]
    enrol_all(devs)
    yield devs
    for d in devs:
        d.db.close()
