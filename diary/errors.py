"""Daybook's own exceptions, each carrying one plain sentence for the person and an exit code.

The CLI prints `message` and exits with `exit_code`; the app shows `message`. Nothing else
reaches a person, so every failure the core can foresee is raised as one of these.
"""

from __future__ import annotations


class ExitCode:
    """Distinct process exit codes, documented in README.md."""

    OK = 0
    FAILURE = 1
    USAGE = 2
    WRONG_PASSPHRASE = 3
    VAULT_DAMAGED = 4
    BAD_INPUT = 5
    NOT_FOUND = 6
    PACK_TAMPERED = 7
    WRITE_FAILED = 8
    VAULT_EXISTS = 9
    NO_VAULT = 10
    STOPPED = 130
    OUTPUT_CLOSED = 141  # as a shell reports a program stopped by SIGPIPE


class DaybookError(Exception):
    """Base class: a failure with a plain, kind sentence that says what happened and what to do."""

    exit_code: int = ExitCode.FAILURE
    default_message = "Something went wrong. Nothing has been changed."

    def __init__(self, message: str | None = None) -> None:
        self.message = message or self.default_message
        super().__init__(self.message)


class WrongPassphrase(DaybookError):
    exit_code = ExitCode.WRONG_PASSPHRASE
    default_message = "That passphrase did not open the diary. Please check it and try again."


class WrongRecoveryKey(DaybookError):
    exit_code = ExitCode.WRONG_PASSPHRASE
    default_message = "That recovery key did not open the diary. Please check each group of letters and try again."


class VaultDamaged(DaybookError):
    exit_code = ExitCode.VAULT_DAMAGED
    default_message = (
        "The diary's files are damaged and could not be read. Nothing has been changed; "
        "restore from a backup or ask for help."
    )


class VaultNotFound(DaybookError):
    exit_code = ExitCode.NO_VAULT
    default_message = "There is no diary here yet. Create one first with 'daybook init'."


class VaultExists(DaybookError):
    exit_code = ExitCode.VAULT_EXISTS
    default_message = "A diary already exists in that folder, so nothing was created."


class VaultLocked(DaybookError):
    exit_code = ExitCode.FAILURE
    default_message = "The diary is locked. Unlock it first."


class DraftDamaged(VaultDamaged):
    default_message = (
        "What you were writing last time was kept, but it is damaged and cannot be read back. "
        "Everything you saved in your diary is as it was."
    )


class BadInput(DaybookError):
    exit_code = ExitCode.BAD_INPUT
    default_message = "That input could not be understood. Nothing has been changed."


class NotFound(DaybookError):
    exit_code = ExitCode.NOT_FOUND
    default_message = "That could not be found in the diary."


class WriteFailed(DaybookError):
    exit_code = ExitCode.WRITE_FAILED
    default_message = (
        "Daybook could not save to disk (it may be full). Your diary is as it was "
        "before; free some space and try again."
    )


class DiaryBusy(WriteFailed):
    """Another Daybook (the app, another command) kept the diary busy for longer than we wait."""

    default_message = (
        "The diary is busy: another Daybook (the app or another command) has been saving to it "
        "for a long time. Nothing was changed; please try again in a moment."
    )


class AlreadyAttached(DaybookError):
    """The very same file (byte for byte) is already kept with that incident: not stored twice."""

    exit_code = ExitCode.OK

    def __init__(self, name: str, incident: str, ref: str) -> None:
        super().__init__(
            f"{name} is already kept with {incident.strip().upper()} as exhibit {ref} (the same "
            "file, byte for byte), so it was not stored again."
        )
        self.ref = ref


class ImportFailed(DaybookError):
    exit_code = ExitCode.BAD_INPUT
    default_message = "That file could not be imported. Nothing has been added."


class PackInvalid(DaybookError):
    exit_code = ExitCode.PACK_TAMPERED
    default_message = "This evidence pack does not check out: it may have been changed or damaged."


class BlobDamaged(VaultDamaged):
    default_message = (
        "An attachment in the diary is damaged and could not be read. The rest of the diary "
        "is unaffected; restore from a backup or ask for help."
    )


class AmbiguousDateOrder(ImportFailed):
    """The file's dates read equally well day-first and month-first; the person must choose."""

    default_message = (
        "This chat's dates could be read day first or month first, and the file does not say "
        "which. Choose the order your phone uses and import it again."
    )

    def __init__(self, message: str | None = None, options: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.options = options


class PackPassphraseWrong(WrongPassphrase):
    default_message = (
        "That passphrase did not open the encrypted evidence pack. Please check it and try again."
    )


class AmbiguousTime(BadInput):
    """A local time the clocks pass twice (the autumn hour): the caller must say which."""

    def __init__(self, message: str, first: str, second: str) -> None:
        super().__init__(message)
        self.first = first  # the earlier of the two, e.g. "01:30 BST"
        self.second = second  # the later, e.g. "01:30 GMT"
