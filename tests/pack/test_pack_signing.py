"""Signing key helpers and the hand-written SSHSIG format."""

from __future__ import annotations

import pytest
from packtools import run

from diary.errors import BadInput
from diary.pack import signing
from tests.conftest import require_tool


def test_private_key_round_trip() -> None:
    key = signing.generate_key()
    again = signing.load_private_key(signing.private_key_bytes(key))
    assert signing.fingerprint(again.public_key()) == signing.fingerprint(key.public_key())
    with pytest.raises(BadInput):
        signing.load_private_key(b"short")


def test_sshsig_round_trip_and_refusals() -> None:
    key = signing.generate_key()
    sig = signing.sshsig_sign(key, b"message").encode()
    signing.sshsig_verify(key.public_key(), b"message", sig)
    with pytest.raises(BadInput):
        signing.sshsig_verify(key.public_key(), b"other", sig)
    with pytest.raises(BadInput):
        signing.sshsig_verify(signing.generate_key().public_key(), b"message", sig)
    with pytest.raises(BadInput):
        signing.sshsig_verify(key.public_key(), b"message", sig, namespace="file")
    for junk in (
        b"",
        b"\xff\xfe",
        b"-----BEGIN SSH SIGNATURE-----\n!!\n-----END SSH SIGNATURE-----",
    ):
        with pytest.raises(BadInput):
            signing.sshsig_verify(key.public_key(), b"message", junk)


def test_ssh_keygen_agrees(tmp_path) -> None:  # type: ignore[no-untyped-def]
    require_tool("ssh-keygen")
    key = signing.generate_key()
    (tmp_path / "k.pub").write_text(signing.public_key_openssh(key.public_key()) + "\n")
    out = run(["ssh-keygen", "-l", "-f", str(tmp_path / "k.pub")])
    assert out.stdout.decode().split()[1] == signing.fingerprint(key.public_key())
    # ssh-keygen's own signature verifies with our verifier, given the same key made by ssh-keygen.
    run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(tmp_path / "id")])
    (tmp_path / "msg").write_bytes(b"hello\n")
    signed = run(
        [
            "ssh-keygen",
            "-Y",
            "sign",
            "-f",
            str(tmp_path / "id"),
            "-n",
            signing.NAMESPACE,
            str(tmp_path / "msg"),
        ]
    )
    assert signed.returncode == 0, signed.stderr
    sig = (tmp_path / "msg.sig").read_bytes()
    pub = signing.sshsig_public_key(sig)
    signing.sshsig_verify(pub, b"hello\n", sig)
