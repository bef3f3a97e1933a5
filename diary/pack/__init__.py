"""The evidence pack: build a signed zip for the advocate and police, and verify one without a vault."""
