"""Short random ids such as `c-7f3a9e`."""

from __future__ import annotations

import secrets
from collections.abc import Container


def new_id(prefix: str, taken: Container[str] = ()) -> str:
    """A fresh id `prefix-xxxxxx` not in `taken`."""
    while True:
        candidate = f"{prefix}-{secrets.token_hex(3)}"
        if candidate not in taken:
            return candidate
