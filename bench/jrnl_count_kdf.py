"""Run jrnl once and print on stderr how many PBKDF2 derivations it did (`KDF_CALLS n`).

Run with jrnl's own Python: jrnl-venv/bin/python bench/jrnl_count_kdf.py JRNL-ARGS...
"""

from __future__ import annotations

import atexit
import runpy
import sys

from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC

calls = 0
_original = PBKDF2HMAC.derive


def _counting(self: PBKDF2HMAC, key_material: bytes) -> bytes:
    global calls
    calls += 1
    return _original(self, key_material)


PBKDF2HMAC.derive = _counting  # type: ignore[method-assign]
atexit.register(lambda: print(f"KDF_CALLS {calls}", file=sys.stderr))
sys.argv = ["jrnl", *sys.argv[1:]]
runpy.run_module("jrnl", run_name="__main__")
