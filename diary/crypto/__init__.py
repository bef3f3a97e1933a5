"""Daybook's cryptography: key derivation, the keyslot header, recovery keys and blob streams."""
