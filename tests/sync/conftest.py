"""Three enrolled laptops, shared by the sync tests."""

from __future__ import annotations

import pytest

from tests.sync.sync_helpers import enrol_all, make_device


@pytest.fixture
def trio(tmp_path):
    devs = [make_device(tmp_path, n) for n in ("a", "b", "c")]
    enrol_all(devs)
    yield devs
    for d in devs:
        d.db.close()
