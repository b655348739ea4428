"""Who is at the keyboard: creating the protected database, logging in, passwords.

An encrypted SQLite database opens only with an operator's password (or the recovery key):
the password unwraps the data key from the key file (:mod:`rts_desktop.kernel.keyring`),
then the operator must exist and be active in the database. A database without a key file
(PostgreSQL, or a plaintext one not yet converted) checks ``operators.password_hash``
(Argon2id, re-hashed when the parameters change). Either way failures count towards the
lockout (:mod:`rts_desktop.kernel.lockout`) and a login leaves an audit entry.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select

from rts_desktop.db import Database, init_database, open_database, server_roles
from rts_desktop.db.engine import sqlite_path
from rts_desktop.db.operations import Op, operation
from rts_desktop.kernel import config, keyring
from rts_desktop.kernel.access import audit
from rts_desktop.kernel.context import ActingContext, utc_now
from rts_desktop.kernel.errors import N_, RtsError, ValidationError
from rts_desktop.kernel.keyring import KeyRing, WrongSecret, keys_path_for
from rts_desktop.kernel.lockout import LockoutBook
from rts_desktop.kernel.roles import Role
from rts_desktop.models import Operator
from rts_desktop.services.operators import server_login

MIN_PASSWORD = 10


class LoginFailed(RtsError):
    """Wrong name or password, an inactive operator, or no identity given (exit code 4)."""

    exit_code = 4


@dataclass(frozen=True)
class Identity:
    operator_id: str
    username: str
    full_name: str
    role: Role

    def context(self, db: Database, **kwargs: object) -> ActingContext:
        return db.context(self.operator_id, role=self.role, **kwargs)


@dataclass(frozen=True)
class NewDatabase:
    db: Database
    admin: Identity
    recovery_key: str | None  # None for a database without a key file (PostgreSQL)


def check_password(password: str, field: str = "password") -> str:
    if len(password) < MIN_PASSWORD:
        raise ValidationError(
            field, N_("La password deve avere almeno {n} caratteri.").format(n=MIN_PASSWORD)
        )
    if password != password.strip():
        raise ValidationError(field, N_("La password non può iniziare o finire con spazi."))
    return password


def _hasher() -> PasswordHasher:
    p = keyring.CURRENT
    return PasswordHasher(
        time_cost=p.time_cost, memory_cost=p.memory_kib, parallelism=p.parallelism
    )


def lockout_book(url: str) -> LockoutBook:
    path = sqlite_path(url)
    if path is not None:
        return LockoutBook(path.with_name(path.stem + ".logins"))
    digest = hashlib.sha256(url.encode()).hexdigest()[:16]
    return LockoutBook(config.data_dir() / f"logins-{digest}.json")


def keyring_for(url: str) -> KeyRing | None:
    """The key file of an encrypted SQLite database (None: no key file)."""
    path = sqlite_path(url)
    if path is None or not keys_path_for(path).exists():
        return None
    return KeyRing.load(keys_path_for(path))


def _identity(op: Operator) -> Identity:
    return Identity(op.id, op.username, op.full_name, Role(op.role))


def _find_operator(db: Database, username: str) -> Operator | None:
    with db.session(write=False) as s:
        return s.scalar(select(Operator).where(Operator.username == username.lower().strip()))


def _audit_login(db: Database, who: Identity, action: str = "login") -> None:
    ctx = who.context(db)
    with db.session(ctx) as s:
        audit(s, ctx, action, "operator", who.operator_id)


def open_as(
    url: str, username: str, password: str, *, now: dt.datetime | None = None
) -> tuple[Database, Identity]:
    """Open the database at ``url`` as ``username``: the database and who is logged in.

    Raises :class:`LoginFailed` / :class:`~rts_desktop.kernel.lockout.LockedOut`
    (exit code 4) without saying whether the name or the password was wrong.
    """
    now = now or utc_now()
    book = lockout_book(url)
    name = username.lower().strip()
    book.check(name, now)
    ring = keyring_for(url)
    if ring is not None:
        try:
            key = ring.unlock(name, password)
        except WrongSecret:
            book.failed(name, now)
            raise LoginFailed(N_("Nome utente o password errati.")) from None
        _finish_conversion(url, key)
        db = open_database(url, key=key)
    elif server_roles.signs_in_as_role(url):
        found = server_login.open_as_role(url, name, password)
        if found is None:  # the server refused the name or the password
            book.failed(name, now)
            raise LoginFailed(N_("Nome utente o password errati."))
        db = found
    else:
        db = open_database(url)
        if db.path is not None:
            db.close()
            raise LoginFailed(
                N_(
                    "Il database {p} non è ancora cifrato: proteggilo con "
                    "'rts-desktop init --db {p}' (crea l'amministratore)."
                ).format(p=db.path)
            )
    try:
        check_hash = ring is None and db.credentials is None
        who = _verify_in_database(db, name, password, check_hash)
        if who is None:
            book.failed(name, now)
            raise LoginFailed(N_("Nome utente o password errati."))
        if ring is not None and ring.needs_rewrap(name):
            ring.set_password(name, password, db_key(db))
            ring.save()
        if ring is not None:
            forget_inactive(db, ring)
        book.succeeded(name)
        _audit_login(db, who)
        if db.credentials is not None:
            server_login.forget_app_hash(db, who.context(db))
    except BaseException:
        db.close()
        raise
    return db, who


def _finish_conversion(url: str, key: bytes) -> None:
    """A key file beside a database still in clear: the conversion was interrupted after
    the key file was written (it always is first); finish it with the unlocked key."""
    from rts_desktop.db.encryption import encrypt_database, is_encrypted

    path = sqlite_path(url)
    if path is not None and path.exists() and not is_encrypted(path):
        encrypt_database(path, key)


def protect_existing(
    url: str, admin_username: str, password: str, *, full_name: str = "Amministratore"
) -> NewDatabase:
    """Encrypt a SQLite database still in clear (an older version's) and give it an
    administrator (an existing one keeps their record, a new one is created): the key file
    is written first, then the database is converted (see :func:`_finish_conversion`)."""
    from rts_desktop.services.operators import create_operator

    check_password(password)
    path = sqlite_path(url)
    if path is None or not path.exists():
        raise ValidationError("db", N_("Nessun database da proteggere in {u}.").format(u=url))
    db = open_database(url)  # brought to the current schema first, with its backup
    try:
        found = _find_operator(db, admin_username)
        if found is None:
            create_operator(db, db.context(), admin_username, full_name, str(Role.AMMINISTRATORE))
        elif found.role != Role.AMMINISTRATORE or not found.active:
            raise ValidationError(
                "admin", N_("{u} non è un amministratore attivo.").format(u=admin_username)
            )
    finally:
        db.close()
    ring, key, recovery = keyring.create_keyring(path)
    ring.set_password(admin_username, password, key)
    ring.save()
    _finish_conversion(url, key)
    db = open_database(url, key=key)
    operator = _find_operator(db, admin_username)
    assert operator is not None
    return NewDatabase(db, _identity(operator), recovery)


def db_key(db: Database) -> bytes:
    key = getattr(db, "key", None)
    if key is None:
        raise LoginFailed(N_("Questo database non è cifrato."))
    return key


def _verify_in_database(
    db: Database, name: str, password: str, check_hash: bool
) -> Identity | None:
    operator = _find_operator(db, name)
    if operator is None or not operator.active:
        return None
    if check_hash:
        if not operator.password_hash:
            return None
        hasher = _hasher()
        try:
            hasher.verify(operator.password_hash, password)
        except (VerificationError, InvalidHashError):
            return None
        if hasher.check_needs_rehash(operator.password_hash):
            with db.session(None, as_device=True) as s:
                row = s.get(Operator, operator.id)
                if row is not None:
                    row.password_hash = hasher.hash(password)
    return _identity(operator)


def verify(db: Database, who: Identity, password: str) -> None:
    """The lock screen: ``password`` must be ``who``'s, with the same lockout."""
    now = utc_now()
    book = lockout_book(db.url)
    book.check(who.username, now)
    ring = keyring_for(db.url)
    ok = False
    if ring is not None:
        try:
            ok = ring.unlock(who.username, password) == db_key(db)
        except WrongSecret:
            ok = False
        ok = ok and _verify_in_database(db, who.username, password, False) is not None
    elif db.credentials is not None:
        ok = server_login.password_ok(db, who.username, password)
        ok = ok and _verify_in_database(db, who.username, password, False) is not None
    else:
        ok = _verify_in_database(db, who.username, password, True) is not None
    if not ok:
        book.failed(who.username, now)
        raise LoginFailed(N_("Password errata."))
    book.succeeded(who.username)
    _audit_login(db, who, "unlock")


def switch_user(db: Database, username: str, password: str) -> Identity:
    """ "Cambia utente" on the open database: the other operator's password must open the
    same data key (or match their hash)."""
    now = utc_now()
    book = lockout_book(db.url)
    name = username.lower().strip()
    book.check(name, now)
    ring = keyring_for(db.url)
    who = None
    if ring is not None:
        try:
            if ring.unlock(name, password) == db_key(db):
                who = _verify_in_database(db, name, password, False)
        except WrongSecret:
            who = None
    elif db.credentials is not None:
        if server_login.rebind(db, name, password):
            who = _verify_in_database(db, name, password, False)
    else:
        who = _verify_in_database(db, name, password, True)
    if who is None:
        book.failed(name, now)
        raise LoginFailed(N_("Nome utente o password errati."))
    book.succeeded(name)
    _audit_login(db, who)
    return who


def has_operators(url: str) -> bool:
    """A server database that already has its operators (brought to the current schema
    first): ``init`` then only updates it, as it does an encrypted SQLite file."""
    db = open_database(url, create=True)
    try:
        with db.session(write=False) as s:
            return s.scalar(select(Operator.id).limit(1)) is not None
    finally:
        db.close()


def create_database(
    url: str,
    admin_username: str,
    password: str,
    *,
    full_name: str = "Amministratore",
    device_name: str | None = None,
) -> NewDatabase:
    """A new database with its administrator; SQLite ones are encrypted (key file beside).

    Refuses a SQLite file that already exists (see :func:`protect_existing`)."""
    from rts_desktop.services.operators import create_operator

    check_password(password)
    path = sqlite_path(url)
    recovery = None
    key = None
    ring = None
    if path is not None:
        if path.exists() or keys_path_for(path).exists():
            raise ValidationError("db", N_("Il database {p} esiste già.").format(p=path))
        ring, key, recovery = keyring.create_keyring(path)
    db = init_database(url, device_name=device_name, key=key)
    try:
        admin = create_operator(
            db, db.context(), admin_username, full_name, str(Role.AMMINISTRATORE)
        )
        _store_password(db, ring, admin.username, password)
        if ring is not None:
            ring.save()
    except BaseException:
        db.close()
        if path is not None:
            for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                leftover.unlink(missing_ok=True)
        raise
    who = Identity(admin.id, admin.username, admin.full_name, Role.AMMINISTRATORE)
    return NewDatabase(db, who, recovery)


def _store_password(db: Database, ring: KeyRing | None, username: str, password: str) -> None:
    if ring is not None:
        ring.set_password(username, password, db_key(db))
        return
    with db.session(None, as_device=True) as s:
        row = s.scalar(select(Operator).where(Operator.username == username))
        if row is not None:
            server_roles.set_login_password(s, username, password)
            row.password_hash = _server_hash(db, password)


@operation("passwd", "operator", permission="operators.passwords")
def set_password(op: Op, username: str, password: str) -> None:
    """An administrator sets an operator's password (a new operator, a forgotten one):
    on an encrypted database it wraps the data key for them on this device."""
    check_password(password)
    _set_password_in(op, username, password)


@operation("change_password", "operator", permission="account.password")
def change_own_password(op: Op, old_password: str, new_password: str) -> None:
    """Anyone changes their own password, giving the old one."""
    check_password(new_password, "new_password")
    row = op.s.get(Operator, op.ctx.operator_id or "")
    if row is None:
        raise LoginFailed(N_("Nessun operatore collegato."))
    ring = keyring_for(op.db.url)
    if ring is not None:
        try:
            ok = ring.unlock(row.username, old_password) == db_key(op.db)
        except WrongSecret:
            ok = False
    elif op.db.credentials is not None:
        ok = server_login.password_ok(op.db, row.username, old_password)
    else:
        ok = bool(row.password_hash) and _hash_matches(row.password_hash or "", old_password)
    if not ok:
        raise ValidationError("old_password", N_("La password attuale non è corretta."))
    _set_password_in(op, row.username, new_password)
    server_login.new_password(op.db, new_password)


def _server_hash(db: Database, password: str) -> str | None:
    """The application's own hash: kept unless the operators sign in as their server
    login roles (then the server holds the password and nobody can read a hash)."""
    return None if db.credentials is not None else _hasher().hash(password)


def _hash_matches(stored: str, password: str) -> bool:
    try:
        return _hasher().verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False


def _set_password_in(op: Op, username: str, password: str) -> None:
    row = op.s.scalar(select(Operator).where(Operator.username == username.lower().strip()))
    if row is None:
        raise ValidationError("username", N_("Operatore sconosciuto: {u}.").format(u=username))
    if not row.active:
        raise ValidationError("username", N_("L'operatore {u} è disattivato.").format(u=username))
    ring = keyring_for(op.db.url)
    if ring is not None:
        ring.set_password(row.username, password, db_key(op.db))
        ring.save()  # before the commit: a failed save leaves the old password working
    else:
        server_roles.set_login_password(op.s, row.username, password)
        row.password_hash = _server_hash(op.db, password)
    op.audit(row.id)


def forget_inactive(db: Database, ring: KeyRing) -> list[str]:
    """Slots of operators disabled here or on another laptop (the change came by sync)
    leave the key file: their password no longer opens the data key. The names removed."""
    with db.session(write=False) as s:
        inactive = set(s.scalars(select(Operator.username).where(Operator.active.is_(False))))
    gone = [u for u in ring.usernames if u in inactive]
    for username in gone:
        ring.remove_password(username)
    if gone:
        ring.save()
    return gone


def forget_password(db: Database, username: str) -> None:
    """A disabled operator's slot leaves the key file: the password no longer opens it."""
    ring = keyring_for(db.url)
    if ring is not None and ring.has_password(username):
        ring.remove_password(username)
        ring.save()


def open_with_recovery(url: str, recovery_key: str) -> Database:
    """Every password lost: the recovery key opens the database (then set a new one)."""
    ring = keyring_for(url)
    if ring is None:
        raise LoginFailed(N_("Questo database non ha una chiave di recupero."))
    try:
        key = ring.unlock_recovery(recovery_key)
    except WrongSecret as exc:
        raise LoginFailed(exc.message) from None
    return open_database(url, key=key)


@operation("recover", "operator", permission="operators.passwords")
def _recover_password(op: Op, username: str, password: str) -> None:
    row = op.s.scalar(select(Operator).where(Operator.username == username.lower().strip()))
    if row is None or row.role != Role.AMMINISTRATORE:
        raise ValidationError("admin", N_("{u} non è un amministratore.").format(u=username))
    _set_password_in(op, username, password)


def reset_admin_password(db: Database, username: str, password: str) -> None:
    """After :func:`open_with_recovery`: a new password for an administrator (audited as a
    recovery; the acting context is the system, nobody is logged in yet)."""
    check_password(password)
    _recover_password(db, db.context(), username, password)
