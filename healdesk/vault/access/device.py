"""The "remember on this device" secret, kept in the OS keychain via `keyring`.

With no usable keychain the option simply does not exist: availability is checked, never
assumed, and nothing is ever written anywhere else in its place. Only the operating system's
own keychains count (an allow-list): keyring's other backends, such as keyrings.alt's files,
would keep the secret next to the journal in a form anyone with the files can read. Keychain calls can block on a
desktop prompt, so each runs in a worker thread with a timeout.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from typing import TypeVar

from healdesk import APP_ID
from healdesk.i18n import _

SERVICE = APP_ID
TIMEOUT_SECONDS = 10.0
T = TypeVar("T")
#: (module, class) of keyring backends that are real OS keychains.
REAL_KEYCHAINS = frozenset(
    {
        ("keyring.backends.SecretService", "Keyring"),
        ("keyring.backends.kwallet", "DBusKeyring"),
        ("keyring.backends.kwallet", "DBusKeyringKWallet4"),
        ("keyring.backends.macOS", "Keyring"),
        ("keyring.backends.Windows", "WinVaultKeyring"),
    }
)


class KeychainUnavailable(Exception):
    """No usable keychain, or it did not answer in time."""


def _call(function: Callable[[], T]) -> T:
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="keychain")
    try:
        return pool.submit(function).result(timeout=TIMEOUT_SECONDS)
    except FutureTimeout as error:
        raise KeychainUnavailable(_("the keychain did not answer")) from error
    except KeychainUnavailable:
        raise
    except Exception as error:  # keyring backends raise many unrelated types
        raise KeychainUnavailable(type(error).__name__) from error
    finally:
        pool.shutdown(wait=False)


def _backend():
    """The best real OS keychain keyring offers (from a chain of backends, too)."""
    import keyring

    chosen = keyring.get_keyring()
    for backend in getattr(chosen, "backends", None) or [chosen]:
        kind = (type(backend).__module__, type(backend).__name__)
        if kind in REAL_KEYCHAINS and getattr(backend, "priority", 0) > 0:
            return backend
    raise KeychainUnavailable(_("no operating system keychain"))


def available() -> bool:
    """True when a keychain can store and return a secret right now (a real round trip).
    Each probe writes under a name of its own: two probes at once (two HealDesk processes) must
    not delete each other's item halfway through and both answer "no keychain"."""

    def probe() -> bool:
        backend = _backend()
        name = f"availability-probe-{secrets.token_hex(8)}"
        backend.set_password(SERVICE, name, "ok")
        try:
            return backend.get_password(SERVICE, name) == "ok"
        finally:
            backend.delete_password(SERVICE, name)

    try:
        return _call(probe)
    except KeychainUnavailable:
        return False


def store_new_secret(vault_id: str) -> bytearray:
    """A new device secret, stored in the keychain; the caller wipes the returned buffer
    (the hex str handed to `keyring` is immutable and only freed, see architecture.md)."""
    secret = bytearray(secrets.token_bytes(32))
    _call(lambda: _backend().set_password(SERVICE, vault_id, secret.hex()))
    return secret


def load_secret(vault_id: str) -> bytearray | None:
    """The device secret as a buffer the caller wipes after use."""
    stored = _call(lambda: _backend().get_password(SERVICE, vault_id))
    return bytearray.fromhex(stored) if stored else None


def forget_secret(vault_id: str) -> None:
    import keyring.errors

    def delete() -> None:
        try:
            _backend().delete_password(SERVICE, vault_id)
        except keyring.errors.PasswordDeleteError:
            pass  # already gone: forgetting is idempotent

    _call(delete)
