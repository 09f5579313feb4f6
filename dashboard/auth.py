"""Who may write (upload, roll back). Viewing needs no rights.

- With OIDC configured (an `[auth]` section in .streamlit/secrets.toml, used by `st.login`;
  the Flemish government's identity provider speaks OIDC): only logged-in users whose e-mail
  address is on the editors list (`[vapa] editors = [...]` in the secrets, or $VAPA_EDITORS,
  comma-separated) may write.
- Without OIDC: writing is allowed only in a local single-user setting: the server listens on
  the loopback address only (`server.address` 127.0.0.1, as .streamlit/config.toml sets) and the
  browser connects from this machine. A server reachable from the network refuses anonymous
  writes.
"""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass

import streamlit as st

LOOPBACK = ("127.0.0.1", "localhost", "::1")


@dataclass(frozen=True)
class Permission:
    allowed: bool
    user: str  # who is recorded in the ledger
    reason: str  # Dutch; why not, or how the user is known
    can_login: bool = False  # OIDC is configured and nobody is logged in


def decide(
    oidc: bool,
    logged_in: bool,
    email: str | None,
    editors: set[str],
    server_address: str,
    client_ip: str | None,
    local_user: str = "lokale gebruiker",
) -> Permission:
    """The rules, without Streamlit (tested on their own)."""
    if oidc:
        if not logged_in:
            return Permission(False, "", "Meld u aan om gegevens op te laden of terug te zetten.", True)
        who = (email or "").strip().lower()
        if who and who in editors:
            return Permission(True, who, f"Aangemeld als {who} (redacteur).")
        return Permission(
            False,
            who,
            f"U bent aangemeld als {who or 'onbekend'}, maar u staat niet op de lijst van "
            "redacteurs. Vraag de beheerder om schrijfrechten.",
        )
    local_server = server_address.strip().lower() in LOOPBACK
    local_client = client_ip is None or client_ip in ("127.0.0.1", "::1")
    if local_server and local_client:
        return Permission(True, local_user, "Lokaal gebruik op deze computer: opladen is toegestaan.")
    return Permission(
        False,
        "",
        "Deze server is bereikbaar via het netwerk en er is geen aanmelding ingesteld, dus "
        "niemand kan hier gegevens wijzigen. De beheerder stelt aanmelding (OIDC) en een lijst "
        "van redacteurs in; zie de README.",
    )


def _secrets_section(name: str) -> dict | None:
    try:
        return dict(st.secrets[name]) if name in st.secrets else None
    except Exception:  # noqa: BLE001 - no secrets file at all
        return None


def editors() -> set[str]:
    listed = (_secrets_section("vapa") or {}).get("editors") or []
    listed = [*listed, *os.environ.get("VAPA_EDITORS", "").split(",")]
    return {e.strip().lower() for e in listed if e and e.strip()}


def permission() -> Permission:
    """The permission of the current session."""
    oidc = _secrets_section("auth") is not None
    logged_in = bool(oidc and st.user.get("is_logged_in"))
    email = st.user.get("email") if logged_in else None
    try:
        local_user = getpass.getuser()
    except (KeyError, OSError):
        local_user = "lokale gebruiker"
    address = str(st.get_option("server.address") or "")
    ip = None  # None: no remote address (localhost, AppTest)
    if not oidc and address.strip().lower() in LOOPBACK:  # only then does it matter
        ip = _client_ip()
    return decide(oidc, logged_in, email, editors(), address, ip, local_user)


_IP_KEY = "_vapa_client_ip"


def _client_ip() -> str | None:
    """The browser's address, looked up once per session (a session is one connection)."""
    if _IP_KEY not in st.session_state:
        ip = st.context.ip_address
        st.session_state[_IP_KEY] = ip if isinstance(ip, str) else None
    return st.session_state[_IP_KEY]
