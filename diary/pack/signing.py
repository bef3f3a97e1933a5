"""The pack's Ed25519 signing key: made at vault creation, kept in the vault, and its SSHSIG signatures.

SSHSIG (OpenSSH PROTOCOL.sshsig) is written here by hand so `ssh-keygen -Y verify` works without ssh.
"""

from __future__ import annotations

import base64
import hashlib
import struct

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from diary import checkcode
from diary.errors import BadInput

NAMESPACE = "daybook-evidence-pack"
SIGNER_ID = "daybook"
_MAGIC = b"SSHSIG"
_KEY_TYPE = b"ssh-ed25519"
_HASH = "sha512"


def generate_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def private_key_bytes(key: Ed25519PrivateKey) -> bytes:
    """The 32-byte seed, for the vault to store encrypted; nothing else ever needs it."""
    return key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )


def load_private_key(data: bytes) -> Ed25519PrivateKey:
    if len(data) != 32:
        raise BadInput("The pack signing key is not 32 bytes long.")
    return Ed25519PrivateKey.from_private_bytes(data)


def public_key_pem(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def public_key_openssh(key: Ed25519PublicKey, comment: str = SIGNER_ID) -> str:
    """One line `ssh-ed25519 AAAA… comment`, as in an authorized_keys file."""
    blob = base64.b64encode(_public_blob(key)).decode("ascii")
    return f"ssh-ed25519 {blob} {comment}".rstrip()


def allowed_signers_line(key: Ed25519PublicKey) -> str:
    blob = base64.b64encode(_public_blob(key)).decode("ascii")
    return f'{SIGNER_ID} namespaces="{NAMESPACE}" ssh-ed25519 {blob}'


def fingerprint(key: Ed25519PublicKey) -> str:
    """The key's fingerprint exactly as `ssh-keygen -l` prints it: `SHA256:` and unpadded base64."""
    digest = hashlib.sha256(_public_blob(key)).digest()
    return "SHA256:" + base64.b64encode(digest).decode("ascii").rstrip("=")


def public_key_raw(key: Ed25519PublicKey) -> bytes:
    """The 32 raw bytes of the public key, which its check code is made from."""
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


_raw_public = public_key_raw


def check_code(key: Ed25519PublicKey) -> str:
    """The key's check code (`K7Q2-MX9D-…`), the one form a person reads out or writes down."""
    return checkcode.key_check_code(public_key_raw(key))


KEY_CHANGE_EVENT = "signing key changed"
_KEY_CHANGE_CONTEXT = b"daybook signing key change\n"


def key_change_message(old_key: bytes, new_key: bytes) -> bytes:
    """What the old key signs when a diary changes its signing key (raw 32-byte public keys):
    the history entry of the change carries both keys and this signature, so a later pack signed
    by the new key can show that the old key handed over to it."""
    return _KEY_CHANGE_CONTEXT + old_key.hex().encode() + b"\n" + new_key.hex().encode()


def key_change_detail(old: Ed25519PrivateKey, new: Ed25519PrivateKey) -> dict[str, str]:
    """The detail of the history entry that records a change of signing key."""
    old_raw = public_key_raw(old.public_key())
    new_raw = public_key_raw(new.public_key())
    return {
        "from": old_raw.hex(),
        "to": new_raw.hex(),
        "endorsement": old.sign(key_change_message(old_raw, new_raw)).hex(),
    }


def _string(data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + data


def _public_blob(key: Ed25519PublicKey) -> bytes:
    return _string(_KEY_TYPE) + _string(_raw_public(key))


def _signed_data(message: bytes, namespace: str) -> bytes:
    return (
        _MAGIC
        + _string(namespace.encode("ascii"))
        + _string(b"")
        + _string(_HASH.encode("ascii"))
        + _string(hashlib.sha512(message).digest())
    )


def sshsig_sign(key: Ed25519PrivateKey, message: bytes, namespace: str = NAMESPACE) -> str:
    """An armored SSH signature of `message`, as `ssh-keygen -Y sign` would write it."""
    signature = key.sign(_signed_data(message, namespace))
    blob = (
        _MAGIC
        + struct.pack(">I", 1)
        + _string(_public_blob(key.public_key()))
        + _string(namespace.encode("ascii"))
        + _string(b"")
        + _string(_HASH.encode("ascii"))
        + _string(_string(_KEY_TYPE) + _string(signature))
    )
    text = base64.b64encode(blob).decode("ascii")
    lines = [text[i : i + 70] for i in range(0, len(text), 70)]
    return "-----BEGIN SSH SIGNATURE-----\n" + "\n".join(lines) + "\n-----END SSH SIGNATURE-----\n"


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0

    def take(self, n: int) -> bytes:
        if n < 0 or self.pos + n > len(self.data):
            raise BadInput("The SSH signature is cut short.")
        out = self.data[self.pos : self.pos + n]
        self.pos += n
        return out

    def uint32(self) -> int:
        value: int = struct.unpack(">I", self.take(4))[0]
        return value

    def string(self) -> bytes:
        return self.take(self.uint32())

    def done(self) -> bool:
        return self.pos == len(self.data)


def sshsig_public_key(armored: bytes) -> Ed25519PublicKey:
    """The public key inside an armored SSH signature (not trusted until compared with the pack's)."""
    return Ed25519PublicKey.from_public_bytes(_parse(armored)[0])


def _parse(armored: bytes) -> tuple[bytes, str, str, bytes]:
    try:
        text = armored.decode("ascii").strip()
    except UnicodeDecodeError as exc:
        raise BadInput("The SSH signature is not text.") from exc
    lines = text.splitlines()
    if (
        len(lines) < 3
        or lines[0] != "-----BEGIN SSH SIGNATURE-----"
        or lines[-1] != "-----END SSH SIGNATURE-----"
    ):
        raise BadInput("The SSH signature has no proper begin and end lines.")
    body = "".join(lines[1:-1])
    try:
        blob = base64.b64decode(body, validate=True)
    except ValueError as exc:
        raise BadInput("The SSH signature is not valid base64.") from exc
    # Non-canonical base64 (stray low bits in the last character) would let a changed file pass.
    if base64.b64encode(blob).decode("ascii") != body:
        raise BadInput("The SSH signature is not valid base64.")
    reader = _Reader(blob)
    if reader.take(6) != _MAGIC or reader.uint32() != 1:
        raise BadInput("The SSH signature has the wrong header.")
    pub = _Reader(reader.string())
    if pub.string() != _KEY_TYPE:
        raise BadInput("The SSH signature is not made with an Ed25519 key.")
    raw_pub = pub.string()
    namespace = reader.string().decode("ascii", "replace")
    reader.string()  # reserved
    hash_alg = reader.string().decode("ascii", "replace")
    sig = _Reader(reader.string())
    if sig.string() != _KEY_TYPE:
        raise BadInput("The SSH signature is not an Ed25519 signature.")
    raw_sig = sig.string()
    if (
        not (reader.done() and pub.done() and sig.done())
        or len(raw_pub) != 32
        or len(raw_sig) != 64
    ):
        raise BadInput("The SSH signature has the wrong layout.")
    return raw_pub, namespace, hash_alg, raw_sig


def sshsig_verify(
    public_key: Ed25519PublicKey, message: bytes, armored: bytes, namespace: str = NAMESPACE
) -> None:
    """Raise BadInput unless `armored` is this key's SSH signature of `message` in `namespace`."""
    raw_pub, got_namespace, hash_alg, raw_sig = _parse(armored)
    if raw_pub != _raw_public(public_key):
        raise BadInput("The SSH signature was made with a different key.")
    if got_namespace != namespace:
        raise BadInput("The SSH signature is for a different purpose (namespace).")
    if hash_alg not in ("sha512", "sha256"):
        raise BadInput("The SSH signature uses an unknown hash.")
    digest = (hashlib.sha512 if hash_alg == "sha512" else hashlib.sha256)(message).digest()
    data = (
        _MAGIC
        + _string(namespace.encode("ascii"))
        + _string(b"")
        + _string(hash_alg.encode("ascii"))
        + _string(digest)
    )
    try:
        public_key.verify(raw_sig, data)
    except InvalidSignature as exc:
        raise BadInput("The SSH signature does not match.") from exc
