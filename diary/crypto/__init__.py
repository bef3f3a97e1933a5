"""Daybook's cryptography: key derivation, recovery keys, the key-slot header and blob streams."""
