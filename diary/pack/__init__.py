"""The evidence pack: build_pack (build.py) writes the signed zip from a PackInput (model.py);
verify_pack (verify.py) checks one with no vault; age.py encrypts it; signing.py holds the key helpers.
"""
