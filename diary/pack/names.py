"""The names of the pack's checksum, signature and key files, shared by building and verifying.

Kept apart and light: `daybook verify` needs them without loading the PDF or picture libraries.
"""

from __future__ import annotations

SUMS = "SHA256SUMS"
SIG = "SHA256SUMS.sig"
SSHSIG = "SHA256SUMS.sshsig"
KEY_PEM = "signing-key.pem"
KEY_PUB = "signing-key.pub"
ALLOWED = "allowed_signers"
# Files SHA256SUMS cannot list: itself and the two signatures over it. The key files are listed,
# so the signature also covers the key the pack says it was made with.
UNLISTED = frozenset({SUMS, SIG, SSHSIG})
