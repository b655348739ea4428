"""The key file: slots per password and recovery key, re-wrap, wrong secrets; the lockout."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from rts_desktop.kernel import keyring
from rts_desktop.kernel.keyring import Argon2Params, KeyRing, WrongSecret, create_keyring
from rts_desktop.kernel.lockout import LockedOut, LockoutBook, wait_after


def test_password_and_recovery_open_the_same_key(tmp_path):
    ring, key, recovery = create_keyring(tmp_path / "rts.db")
    ring.set_password("Anna", "password-lunga-1", key)
    ring.save()
    loaded = KeyRing.load(tmp_path / "rts.keys")
    assert loaded.unlock("anna", "password-lunga-1") == key
    assert loaded.unlock_recovery(recovery.lower()) == key
    raw = (tmp_path / "rts.keys").read_bytes()
    assert key not in raw and key.hex().encode() not in raw
    assert (tmp_path / "rts.keys").stat().st_mode & 0o777 == 0o600


def test_wrong_secrets_and_swapped_slots_fail(tmp_path):
    ring, key, _recovery = create_keyring(tmp_path / "rts.db")
    ring.set_password("anna", "password-lunga-1", key)
    ring.set_password("bruno", "password-lunga-2", key)
    with pytest.raises(WrongSecret):
        ring.unlock("anna", "password-lunga-2")
    with pytest.raises(WrongSecret):
        ring.unlock("nessuno", "password-lunga-1")
    with pytest.raises(WrongSecret):
        ring.unlock_recovery(keyring.new_recovery_key())
    data = ring._data  # a slot copied under another name does not open
    data["passwords"]["bruno"] = json.loads(json.dumps(data["passwords"]["anna"]))
    with pytest.raises(WrongSecret):
        ring.unlock("bruno", "password-lunga-1")


def test_rewrap_with_new_parameters(tmp_path, monkeypatch):
    ring, key, _ = create_keyring(tmp_path / "rts.db")
    ring.set_password("anna", "password-lunga-1", key, Argon2Params(1, 16, 1))
    assert ring.needs_rewrap("anna")
    ring.set_password("anna", "password-lunga-1", key)
    assert not ring.needs_rewrap("anna") and ring.unlock("anna", "password-lunga-1") == key


def test_lockout_grows_and_clears(tmp_path):
    book = LockoutBook(tmp_path / "rts.logins")
    now = dt.datetime(2026, 12, 2, 8, 0, tzinfo=dt.UTC)
    assert [wait_after(n) for n in (1, 2, 3, 4, 5, 20)] == [0, 0, 30, 60, 120, 900]
    for _ in range(3):
        book.check("anna", now)
        book.failed("anna", now)
    with pytest.raises(LockedOut) as caught:
        book.check("Anna", now + dt.timedelta(seconds=10))
    assert caught.value.seconds == 20 and caught.value.exit_code == 4
    book.check("anna", now + dt.timedelta(seconds=31))
    book.succeeded("anna")
    book.failed("anna", now)
    book.check("anna", now)


def test_a_hostile_key_file_is_refused_cleanly(tmp_path):
    """Costs beyond a few times today's, a short salt, a malformed recovery slot, deep
    nesting: a clean KeyFileError (exit 4), never a crash or a minute-long derivation."""
    import json

    from rts_desktop.kernel.keyring import KeyFileError, KeyRing, WrongSecret, create_keyring

    ring, key, recovery = create_keyring(tmp_path / "rts.db")
    ring.set_password(" Anna ", "password-lunga-1", key)
    assert ring.has_password("anna") and ring.unlock("ANNA", "password-lunga-1") == key
    ring.remove_password("  anna")
    assert not ring.has_password("anna")
    ring.set_password("anna", "password-lunga-1", key)
    good = json.loads(json.dumps(ring._data))
    bad_slots = [
        {"t": 20, "m": 2 * 1024 * 1024, "p": 16},  # 2 GiB, 20 passes
        {"m": 8, "p": 4},  # memory below 8 KiB per lane
        {"salt": ""},  # no salt
        {"salt": 5},
    ]
    for change in bad_slots:
        data = json.loads(json.dumps(good))
        data["passwords"]["anna"].update(change)
        hostile = KeyRing(tmp_path / "x.keys", data)
        with pytest.raises(KeyFileError):
            hostile.unlock("anna", "password-lunga-1")
    data = json.loads(json.dumps(good))
    data["recovery"]["salt"] = None
    with pytest.raises(KeyFileError):
        KeyRing(tmp_path / "x.keys", data).unlock_recovery(recovery)
    with pytest.raises(WrongSecret):
        KeyRing(tmp_path / "x.keys", good).unlock_recovery("RTSR-AAAA")
    with pytest.raises(KeyFileError):
        KeyRing.from_bytes(tmp_path / "x.keys", b"[" * 100_000)


def test_a_damaged_lockout_book_neither_crashes_nor_locks_out(tmp_path):
    import datetime as dt
    import json

    from rts_desktop.kernel.lockout import LockoutBook

    now = dt.datetime(2026, 12, 1, 9, tzinfo=dt.UTC)
    path = tmp_path / "rts.logins"
    for content in (
        {"anna": {"failures": "molte", "last": 3}},
        {"anna": ["non", "un", "oggetto"]},
        {"anna": {"failures": 9, "last": "ieri"}},
    ):
        path.write_text(json.dumps(content))
        book = LockoutBook(path)
        book.check(" Anna ", now)  # no crash, no wait
        assert book.failed("anna", now) >= 1
    path.write_text("{")
    LockoutBook(path).check("anna", now)
