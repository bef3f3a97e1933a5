"""Successive packs (issue 14): `verify NEW --since OLD` proves nothing earlier was changed and
reports exactly what is new, revised, deleted and unchanged; `export --since-pack` makes an
update that carries only the changes; `--expect-chain` finds a history code noted earlier."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from diary import checkcode
from diary.cli import run
from diary.errors import ExitCode
from diary.pack.since import compare_packs, record_sha256
from diary.pack.verify import verify_pack
from diary.records import IncidentInput
from diary.records.codec import canonical_json
from diary.records.service import Diary
from diary.since_export import earlier_pack
from diary.timeutil import now
from diary.vault import Vault
from tests.conftest import PASSPHRASE
from tests.pack.since_diary import (
    OWNER_PHONE,
    Changes,
    change_everything,
    export_pack,
    first_diary,
    raw_database,
    rehash,
    resign,
    rewrite_history,
)


def _verify(capsys: pytest.CaptureFixture[str], *args: str, stdin: str = "") -> tuple[int, Any]:
    flags = ["--passphrase-stdin"] if stdin else []
    code = run([*flags, "verify", *args, "--json"], stdin=io.StringIO(stdin))
    out = capsys.readouterr().out
    return code, json.loads(out) if out else None


def _export_update(vault_path: Path, out: Path, earlier: Path, *extra: str, stdin: str) -> int:
    args = ["--vault", str(vault_path), "--passphrase-stdin", "export", "--out", str(out)]
    return run([*args, "--since-pack", str(earlier), *extra], stdin=io.StringIO(stdin))


def _manifest(path: Path) -> dict[str, Any]:
    with zipfile.ZipFile(path) as zf:
        loaded: dict[str, Any] = json.loads(zf.read("manifest.json"))
    return loaded


def _refs(items: list[dict[str, Any]]) -> list[str]:
    return [item["ref"] for item in items]


def _two_packs(vault: Vault, tmp_path: Path) -> tuple[Path, Path, Changes]:
    diary = first_diary(vault, tmp_path)
    export_pack(vault, tmp_path / "old.zip")
    changes = change_everything(diary, tmp_path)
    export_pack(vault, tmp_path / "new.zip")
    return tmp_path / "old.zip", tmp_path / "new.zip", changes


def _assert_exactly(report: dict[str, Any], changes: Changes) -> None:
    assert _refs(report["new_incidents"]) == [changes.new]
    assert [(r["ref"], r["words"]) for r in report["revised"]] == [
        (changes.revised, changes.revision_words)
    ]
    assert [(a["ref"], a["words"]) for a in report["addenda"]] == [
        (changes.addendum, changes.addendum_words)
    ]
    assert _refs(report["deleted"]) == [changes.deleted]
    assert "tombstone" in report["deleted"][0]["words"] and report["deleted"][0]["at"]
    assert report["unchanged"] == list(changes.unchanged)
    assert _refs(report["new_exhibits"]) == [changes.new_exhibit]
    assert len(report["new_messages"]) == changes.new_messages
    assert all("new message" in m["words"] for m in report["new_messages"])
    assert report["now_included"] == [] and report["shown_differently"] == []
    assert report["not_in_new_pack"] == []


def test_since_reports_exactly_the_changes(
    vault: Vault, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, new, changes = _two_packs(vault, tmp_path)
    code, report = _verify(capsys, str(new), "--since", str(old))
    assert code == 0, report["problems"]
    assert report["ok"] and report["problems"] == [] and report["parted_at"] is None
    assert report["same_key"] is True
    _assert_exactly(report, changes)
    # The new history records making the earlier pack, and goes on from its head.
    assert "records making the earlier pack" in report["earlier_export"]
    old_manifest = _manifest(old)
    assert report["earlier_head"] == old_manifest["audit_head"]["seq"]
    assert report["earlier_history_code"] == checkcode.history_code(
        old_manifest["audit_head"]["hash"]
    )

    # In words, for a person at a terminal.
    assert run(["verify", str(new), "--since", str(old)]) == 0
    said = capsys.readouterr().out
    assert "Continuity holds" in said
    assert f"{changes.revised}" in said and changes.revision_words in said
    assert "Deleted since (1)" in said and "New incidents (1)" in said
    assert "Unchanged (1): INC-0004" in said


def test_nothing_changed_reports_everything_unchanged(
    vault: Vault, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first_diary(vault, tmp_path)
    export_pack(vault, tmp_path / "a.zip")
    export_pack(vault, tmp_path / "b.zip")
    code, report = _verify(capsys, str(tmp_path / "b.zip"), "--since", str(tmp_path / "a.zip"))
    assert code == 0
    assert report["unchanged"] == ["INC-0001", "INC-0002", "INC-0003", "INC-0004"]
    assert report["new_incidents"] == report["revised"] == report["deleted"] == []
    assert report["entries_since"] == 1 and "exported" in report["entries_since_words"]


def test_swapped_packs_are_said_so(
    vault: Vault, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, new, _changes = _two_packs(vault, tmp_path)
    code, report = _verify(capsys, str(old), "--since", str(new))
    assert code == ExitCode.PACK_TAMPERED
    assert any("Swap them round" in p for p in report["problems"])


def test_an_altered_earlier_event_breaks_continuity(
    vault: Vault, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Someone with the diary's key rewrites entry 3 in the database and recomputes every hash
    after it: the new pack checks out on its own, but not as a successor of the earlier one."""
    diary = first_diary(vault, tmp_path)
    export_pack(vault, tmp_path / "old.zip")
    change_everything(diary, tmp_path)
    rewrite_history(vault, PASSPHRASE, 3, rehash_after=True)
    export_pack(vault, tmp_path / "new.zip")
    assert verify_pack(tmp_path / "new.zip").ok  # consistent on its own
    code, report = _verify(capsys, str(tmp_path / "new.zip"), "--since", str(tmp_path / "old.zip"))
    assert code == ExitCode.PACK_TAMPERED
    assert report["parted_at"] == 3
    assert any("The histories part at entry 3" in p for p in report["problems"])
    run(["verify", str(tmp_path / "new.zip"), "--since", str(tmp_path / "old.zip")])
    err = capsys.readouterr().err
    assert "Continuity does NOT hold" in err and "entry 3" in err


def test_an_altered_event_not_rehashed_fails_on_its_own(
    vault: Vault, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first_diary(vault, tmp_path)
    export_pack(vault, tmp_path / "old.zip")
    rewrite_history(vault, PASSPHRASE, 2, rehash_after=False)
    export_pack(vault, tmp_path / "new.zip")
    verdict = verify_pack(tmp_path / "new.zip")
    # Every file is as it was signed, but the history inside does not recompute (rule C8).
    assert verdict.ok and verdict.problems == []
    assert verdict.history_problems == [
        "History entry 2 does not match its hash: the history was changed."
    ]
    assert run(["verify", str(tmp_path / "new.zip")]) == ExitCode.PACK_TAMPERED
    said = capsys.readouterr()
    assert "history inside this pack does NOT check out" in said.err
    assert "History entry 2 does not match its hash" in said.err
    code, report = _verify(capsys, str(tmp_path / "new.zip"), "--since", str(tmp_path / "old.zip"))
    assert code == ExitCode.PACK_TAMPERED and report["parted_at"] == 2
    assert "The new pack: History entry 2 does not match its hash" in report["problems"][0]
    # A history code of that diary is in the pack, but a history that does not check out
    # cannot show it unchanged.
    noted = checkcode.history_code(_manifest(tmp_path / "new.zip")["audit"][-1]["hash"])
    code, verdict_json = _verify(capsys, str(tmp_path / "new.zip"), "--expect-chain", noted)
    assert code == ExitCode.PACK_TAMPERED and verdict_json["chain_matches_expected"] is False


def test_a_key_change_signed_by_the_old_key_keeps_continuity(
    vault: Vault, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    diary = first_diary(vault, tmp_path)
    export_pack(vault, tmp_path / "old.zip")
    old_code = verify_pack(tmp_path / "old.zip").key_check_code
    vault.change_signing_key()
    change_everything(diary, tmp_path)
    export_pack(vault, tmp_path / "new.zip")
    new_code = verify_pack(tmp_path / "new.zip").key_check_code
    assert new_code != old_code
    code, report = _verify(capsys, str(tmp_path / "new.zip"), "--since", str(tmp_path / "old.zip"))
    assert code == 0, report["problems"]
    assert report["same_key"] is False
    assert len(report["key_changes"]) == 1 and new_code in report["key_changes"][0]
    assert "the earlier key signed the change" in report["key_changes"][0]


def test_a_key_change_the_old_key_did_not_sign_breaks_continuity(
    vault: Vault, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The history entry of the change is rewritten (its signature spoilt) and rehashed: the
    new key is then not handed over by the old one."""
    diary = first_diary(vault, tmp_path)
    export_pack(vault, tmp_path / "old.zip")
    vault.change_signing_key()
    change_everything(diary, tmp_path)
    seq = next(e.seq for e in diary.audit_events() if e.kind == "signing key changed")
    _spoil_endorsement(vault, seq)
    export_pack(vault, tmp_path / "new.zip")
    assert verify_pack(tmp_path / "new.zip").ok
    code, report = _verify(capsys, str(tmp_path / "new.zip"), "--since", str(tmp_path / "old.zip"))
    assert code == ExitCode.PACK_TAMPERED
    assert report["key_changes"] == []
    assert any("no change of key signed by the earlier key" in p for p in report["problems"])


def _spoil_endorsement(vault: Vault, seq: int) -> None:
    with raw_database(vault, PASSPHRASE) as conn:
        detail = json.loads(
            conn.execute("SELECT detail FROM audit_events WHERE seq = ?", (seq,)).fetchone()[0]
        )
        detail["endorsement"] = "00" * 64
        conn.execute(
            "UPDATE audit_events SET detail = ? WHERE seq = ?", (canonical_json(detail), seq)
        )
        rehash(conn)


def test_a_pack_from_another_diary_does_not_follow_on(
    vault: Vault, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first_diary(vault, tmp_path)
    export_pack(vault, tmp_path / "mine.zip")
    other, _recovery = Vault.create(
        tmp_path / "other", PASSPHRASE, initials="JS", insecure_fast_kdf=True
    )
    try:
        Diary(other).add_incident(IncidentInput(now(), description="Another diary"))
        first_diary(other, tmp_path)
        export_pack(other, tmp_path / "theirs.zip")
    finally:
        other.lock()
    code, report = _verify(
        capsys, str(tmp_path / "theirs.zip"), "--since", str(tmp_path / "mine.zip")
    )
    assert code == ExitCode.PACK_TAMPERED
    # Both histories start "vault created" (in the same second, they are the same entry); they
    # part there or where the other diary's differs.
    assert report["parted_at"] in (1, 2), report["problems"]
    assert any("different key" in p for p in report["problems"])


# -- update packs (export --since-pack) ---------------------------------------------------------


def test_an_update_carries_only_the_changes_and_still_proves_the_whole(
    vault: Vault, vault_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    diary = first_diary(vault, tmp_path)
    export_pack(vault, tmp_path / "old.zip")
    changes = change_everything(diary, tmp_path)
    vault.lock()
    code = _export_update(
        vault_path, tmp_path / "update.zip", tmp_path / "old.zip", "--json", stdin=PASSPHRASE + "\n"
    )
    made = json.loads(capsys.readouterr().out)
    assert code == 0 and made["since"] == _manifest(tmp_path / "old.zip")["pack_id"]
    update = _manifest(tmp_path / "update.zip")
    old = _manifest(tmp_path / "old.zip")
    # Full records only for what changed; the unchanged one as a row with its hash there.
    assert [i["number"] for i in update["incidents"]] == ["INC-0001", "INC-0002", changes.new]
    rows = update["since"]["unchanged"]
    assert [r["number"] for r in rows] == ["INC-0004"]
    earlier = next(i for i in old["incidents"] if i["number"] == "INC-0004")
    assert rows[0]["record_sha256"] == record_sha256(earlier)
    assert rows[0]["earlier_page"] == earlier["report_page"]
    # Exhibit files already in the earlier pack are listed, not carried again.
    with zipfile.ZipFile(tmp_path / "update.zip") as zf:
        names = zf.namelist()
    assert [n for n in names if n.startswith("exhibits/")] == [
        f"exhibits/{changes.new_exhibit}-gates.txt"
    ]
    listed = {e["ref"]: e for e in update["exhibits"]}
    assert listed["JS1"]["path"] is None and "not carried again" in listed["JS1"]["note"]
    assert any("unchanged since the earlier pack" in w["what"] for w in update["withheld"])
    # The earlier pack's messages, unchanged and linked to no changed entry, are not carried.
    assert {m["body"] for m in update["messages"]} == {f"new message {k}" for k in range(3)}

    assert verify_pack(tmp_path / "update.zip").ok
    code, report = _verify(
        capsys, str(tmp_path / "update.zip"), "--since", str(tmp_path / "old.zip")
    )
    assert code == 0, report["problems"]
    assert report["listed_unchanged"] == 1
    _assert_exactly(report, changes)


def test_an_update_compared_with_the_wrong_pack_says_which_one(
    vault: Vault, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    diary = first_diary(vault, tmp_path)
    export_pack(vault, tmp_path / "first.zip")
    export_pack(vault, tmp_path / "second.zip")
    change_everything(diary, tmp_path)
    base = earlier_pack(vault, tmp_path / "second.zip")
    export_pack(vault, tmp_path / "update.zip", since=base)
    code, report = _verify(
        capsys, str(tmp_path / "update.zip"), "--since", str(tmp_path / "first.zip")
    )
    assert code == ExitCode.PACK_TAMPERED
    assert any(f"an update to pack {base.pack_id}" in p for p in report["problems"])


def test_an_update_whose_row_does_not_match_fails(vault: Vault, tmp_path: Path) -> None:
    """Each row's hash is checked against the earlier pack, and against the history: an update
    re-signed with a row that does not match, or that hides a revision, is caught."""
    diary = first_diary(vault, tmp_path)
    export_pack(vault, tmp_path / "old.zip")
    change_everything(diary, tmp_path)
    export_pack(vault, tmp_path / "update.zip", since=earlier_pack(vault, tmp_path / "old.zip"))
    assert compare_packs(tmp_path / "update.zip", tmp_path / "old.zip").ok

    def wrong_hash(manifest: dict[str, Any]) -> None:
        manifest["since"]["unchanged"][0]["record_sha256"] = "0" * 64

    resign(tmp_path / "update.zip", tmp_path / "forged.zip", vault, wrong_hash)
    assert verify_pack(tmp_path / "forged.zip").ok
    result = compare_packs(tmp_path / "forged.zip", tmp_path / "old.zip")
    assert not result.ok
    assert any("INC-0004 is listed as unchanged" in p for p in result.problems)

    def hide_revision(manifest: dict[str, Any]) -> None:
        # INC-0002 was revised; claim it unchanged, with its earlier record's true hash.
        old = _manifest(tmp_path / "old.zip")
        before = next(i for i in old["incidents"] if i["number"] == "INC-0002")
        row = dict(manifest["since"]["unchanged"][0])
        row.update(number="INC-0002", record_sha256=record_sha256(before))
        manifest["since"]["unchanged"].append(row)
        manifest["incidents"] = [i for i in manifest["incidents"] if i["number"] != "INC-0002"]

    resign(tmp_path / "update.zip", tmp_path / "hidden.zip", vault, hide_revision)
    result = compare_packs(tmp_path / "hidden.zip", tmp_path / "old.zip")
    assert not result.ok
    assert any(
        "INC-0002 is listed as unchanged, but the history records that it was revised" in p
        for p in result.problems
    )


def test_an_update_is_refused_when_nothing_changed_or_the_pack_is_not_ours(
    vault: Vault, tmp_path: Path
) -> None:
    from diary.errors import BadInput

    first_diary(vault, tmp_path)
    export_pack(vault, tmp_path / "old.zip")
    base = earlier_pack(vault, tmp_path / "old.zip")
    with pytest.raises(BadInput, match="has changed since"):
        export_pack(vault, tmp_path / "update.zip", since=base)
    assert not (tmp_path / "update.zip").exists()
    other, _recovery = Vault.create(
        tmp_path / "other", PASSPHRASE, initials="JS", insecure_fast_kdf=True
    )
    try:
        with pytest.raises(BadInput, match="not signed by this diary's key"):
            earlier_pack(other, tmp_path / "old.zip")
    finally:
        other.lock()
    damaged = tmp_path / "damaged.zip"
    damaged.write_bytes((tmp_path / "old.zip").read_bytes()[:-30])
    with pytest.raises(BadInput, match="does not check out"):
        earlier_pack(vault, damaged)


# -- encrypted packs ---------------------------------------------------------------------------


def test_since_with_encrypted_packs(
    vault: Vault, vault_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    diary = first_diary(vault, tmp_path)
    export_pack(vault, tmp_path / "old.zip.age", passphrase="first green door")
    changes = change_everything(diary, tmp_path)
    vault.lock()
    code = _export_update(
        vault_path,
        tmp_path / "update.zip",
        tmp_path / "old.zip.age",
        "--encrypt",
        "--allow-weak-passphrase",
        stdin=f"{PASSPHRASE}\nfirst green door\nsecond blue gate\n",
    )
    capsys.readouterr()
    assert code == 0
    code, report = _verify(
        capsys,
        str(tmp_path / "update.zip.age"),
        "--since",
        str(tmp_path / "old.zip.age"),
        stdin="second blue gate\nfirst green door\n",
    )
    assert code == 0, report["problems"]
    _assert_exactly(report, changes)
    code, report = _verify(
        capsys,
        str(tmp_path / "update.zip.age"),
        "--since",
        str(tmp_path / "old.zip.age"),
        stdin="second blue gate\nnot the passphrase\n",
    )
    assert code == ExitCode.WRONG_PASSPHRASE


# -- history codes noted earlier ---------------------------------------------------------------


def test_expect_chain_finds_a_history_code_noted_earlier(
    vault: Vault, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    diary = first_diary(vault, tmp_path)
    noted_event = diary.audit_events()[-1]
    noted = checkcode.history_code(noted_event.hash)
    change_everything(diary, tmp_path)
    export_pack(vault, tmp_path / "pack.zip")
    typed = noted.lower().replace("-", " ")
    code, verdict = _verify(capsys, str(tmp_path / "pack.zip"), "--expect-chain", typed)
    assert code == 0, verdict["problems"]
    assert verdict["chain_matches_expected"] is True
    assert verdict["expected_chain_entry"] == noted_event.seq and verdict["expected_chain_at"]
    assert run(["verify", str(tmp_path / "pack.zip"), "--expect-chain", noted]) == 0
    assert f"entry {noted_event.seq}" in capsys.readouterr().out

    other = checkcode.history_code("ab" * 32)
    code, verdict = _verify(capsys, str(tmp_path / "pack.zip"), "--expect-chain", other)
    assert code == ExitCode.PACK_TAMPERED and verdict["chain_matches_expected"] is False
    assert any(other in p and "not in this pack's history" in p for p in verdict["problems"])
    assert run(["verify", str(tmp_path / "pack.zip"), "--expect-chain", "not a code"]) == (
        ExitCode.BAD_INPUT
    )
    assert "not a history code" in capsys.readouterr().err


def test_a_history_code_of_a_rewritten_history_is_not_found(
    vault: Vault, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    diary = first_diary(vault, tmp_path)
    noted = checkcode.history_code(diary.audit_events()[-1].hash)
    rewrite_history(vault, PASSPHRASE, 2, rehash_after=True)
    export_pack(vault, tmp_path / "pack.zip")
    code, verdict = _verify(capsys, str(tmp_path / "pack.zip"), "--expect-chain", noted)
    assert code == ExitCode.PACK_TAMPERED and verdict["chain_matches_expected"] is False


# -- court copies ------------------------------------------------------------------------------


def test_court_copies_withhold_history_that_holds_the_persons_details(
    vault: Vault, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A pack 'for' someone with the person's own phone number in it: the court copy keeps that
    export entry's hash but not what it records, and still compares with both kinds of copy."""
    diary = first_diary(vault, tmp_path)
    export_pack(vault, tmp_path / "full-old.zip", for_whom=f"PC Jones, call me on {OWNER_PHONE}")
    export_pack(vault, tmp_path / "court-old.zip", "court")
    changes = change_everything(diary, tmp_path)
    export_pack(vault, tmp_path / "court-new.zip", "court")

    manifest = _manifest(tmp_path / "court-new.zip")
    text = json.dumps(manifest, ensure_ascii=False)
    assert "900999" not in text and "900 999" not in text
    withheld = [e for e in manifest["audit"] if e["detail"] is None]
    assert len(withheld) == 1 and withheld[0]["subject"] is None
    assert withheld[0]["kind"] == "exported"
    assert any("entry of the diary's history" in w["what"] for w in manifest["withheld"])
    verdict = verify_pack(tmp_path / "court-new.zip")
    assert verdict.ok and verdict.history_withheld == 1
    with zipfile.ZipFile(tmp_path / "court-new.zip") as zf:
        for name in zf.namelist():
            assert b"900999" not in zf.read(name).replace(b" ", b""), name

    for earlier in ("court-old.zip", "full-old.zip"):
        code, report = _verify(
            capsys, str(tmp_path / "court-new.zip"), "--since", str(tmp_path / earlier)
        )
        assert code == 0, (earlier, report["problems"])
        assert _refs(report["new_incidents"]) == [changes.new]
        assert _refs(report["deleted"]) == [changes.deleted]
        assert [r["ref"] for r in report["revised"]] == [changes.revised]
    # Between a full and a court copy the wording differs, and the report says so.
    assert any("full copy and the new one a court copy" in n for n in report["notes"])


def test_a_court_update_of_a_court_copy(vault: Vault, tmp_path: Path) -> None:
    diary = first_diary(vault, tmp_path)
    export_pack(vault, tmp_path / "court-old.zip", "court")
    changes = change_everything(diary, tmp_path)
    base = earlier_pack(vault, tmp_path / "court-old.zip")
    export_pack(vault, tmp_path / "court-update.zip", "court", since=base)
    assert verify_pack(tmp_path / "court-update.zip").ok
    result = compare_packs(tmp_path / "court-update.zip", tmp_path / "court-old.zip")
    assert result.ok, result.problems
    assert result.unchanged == list(changes.unchanged) and result.listed_unchanged == 1


def test_the_history_of_a_diary_is_unchanged_by_comparing(vault: Vault, tmp_path: Path) -> None:
    """Comparing reads packs only: the diary's history gains nothing."""
    old, new, _changes = _two_packs(vault, tmp_path)
    before = len(Diary(vault).audit_events())
    assert compare_packs(new, old).ok
    assert len(Diary(vault).audit_events()) == before


def test_new_signing_key_from_the_command_line(
    vault: Vault, vault_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    diary = first_diary(vault, tmp_path)
    export_pack(vault, tmp_path / "old.zip")
    old_code = verify_pack(tmp_path / "old.zip").key_check_code
    vault.lock()
    args = ["--vault", str(vault_path), "--passphrase-stdin", "new-signing-key"]
    assert run(args, stdin=io.StringIO(PASSPHRASE + "\n")) == ExitCode.BAD_INPUT
    assert "Nothing was changed" in capsys.readouterr().err
    assert run([*args, "--yes"], stdin=io.StringIO(PASSPHRASE + "\n")) == 0
    said = capsys.readouterr().out
    assert old_code is not None and old_code in said
    vault.unlock(PASSPHRASE)
    change_everything(diary, tmp_path)
    export_pack(vault, tmp_path / "new.zip")
    new_code = verify_pack(tmp_path / "new.zip").key_check_code
    assert new_code is not None and new_code in said and new_code != old_code
    code, report = _verify(capsys, str(tmp_path / "new.zip"), "--since", str(tmp_path / "old.zip"))
    assert code == 0 and report["same_key"] is False and len(report["key_changes"]) == 1


def test_verify_since_loads_no_heavy_library(vault: Vault, tmp_path: Path) -> None:
    from tests.core.test_startup import HEAVY, loaded_by

    first_diary(vault, tmp_path)
    export_pack(vault, tmp_path / "a.zip")
    export_pack(vault, tmp_path / "b.zip")
    code, modules = loaded_by("verify", str(tmp_path / "b.zip"), "--since", str(tmp_path / "a.zip"))
    assert code == 0
    assert not modules.intersection(HEAVY), modules.intersection(HEAVY)
