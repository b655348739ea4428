"""An operator disabled anywhere (here, or on another laptop: the change arrives by sync)
loses her key slot at the next login, so her password no longer opens the data key."""

from __future__ import annotations

import pytest

from rts_desktop.kernel.keyring import KeyRing, WrongSecret, keys_path_for
from rts_desktop.services import operators
from rts_desktop.services.operators import login
from tests.accounts import TEST_ADMIN, TEST_PASSWORD, url_of

pytestmark = pytest.mark.sqlite_only  # the SQLite file, its key and key file


def test_a_disabled_operator_loses_her_slot_at_the_next_login(db, db_path):
    giulia = operators.create_operator(db, db.context(), "giulia", "Giulia Rossi", "educatore")
    login.set_password(db, db.context(), "giulia", "password-di-giulia")
    key = db.key
    operators.deactivate_operator(db, db.context(), giulia.id)  # as a sync import would
    db.close()
    ring = KeyRing.load(keys_path_for(db_path))
    assert ring.unlock("giulia", "password-di-giulia") == key  # still there, for now
    with pytest.raises(login.LoginFailed):
        login.open_as(url_of(db_path), "giulia", "password-di-giulia")
    login.open_as(url_of(db_path), TEST_ADMIN, TEST_PASSWORD)[0].close()
    with pytest.raises(WrongSecret):
        KeyRing.load(keys_path_for(db_path)).unlock("giulia", "password-di-giulia")
