"""The fixed file names inside an evidence pack, shared by the builder and the verifier.

Kept apart from build.py so that `daybook verify` loads neither reportlab nor Pillow.
"""

from __future__ import annotations

SUMS = "SHA256SUMS"
SIG = "SHA256SUMS.sig"
SSHSIG = "SHA256SUMS.sshsig"
KEY_PEM = "signing-key.pem"
KEY_PUB = "signing-key.pub"
ALLOWED = "allowed_signers"
README = "README.txt"
REPORT = "report.pdf"
CHRONOLOGY = "chronology.csv"
MANIFEST = "manifest.json"
STATEMENT_DOCX = "draft-statement.docx"  # the full pack only
CHECK_PAGE = "check-this-pack.html"  # the browser check page (diary/pack/checkpage.py)
# Files SHA256SUMS cannot list: itself and the two signatures over it. The key files are listed,
# so the signature also covers the key the pack says it was made with.
UNLISTED = frozenset({SUMS, SIG, SSHSIG})
