"""Hostile files: each is refused in a fresh child process; time, peak memory, what was added.

`python bench/hostile_bench.py [--only NAME]`. Makes, in a private temporary folder: a zip
bomb (about 3 MB unpacking to a 1 GB chat), a zip of 4 GB of zeros, a 100 MB chat that is one
line, an mbox with a 50 MB header, a 300 MB SMS backup of 1 KB messages (read from disk as a
stream, refused at 200,000 messages), a 400 MB backup with pictures and a 300 MB mailbox (not hostile: imported),
an SMS backup of one 150 MB record, an email of 300,000 parts, a 190 MB and a 30 MB Telegram
JSON of numbers and a 58 MB chat with an emoji on every line; then runs `daybook import`'s
code (`diary.importing.import_file`) on each against a fresh vault and reports wall time,
peak resident memory (ru_maxrss) and the number of exhibits and messages afterwards (0).
Goal: each refused in under 10 s and 500 MB, adding nothing.

Files are written in pieces of at most a few MB: on Linux a child's peak memory (ru_maxrss)
starts from its parent's peak, so a parent that once held a large file would inflate every
figure after it.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CHILD = r"""
import json, resource, sys, time
from pathlib import Path
from diary.errors import DaybookError
from diary.records.service import Diary
from diary.vault import Vault
from diary.importing import import_file
vault = Vault.open(Path(sys.argv[1])); vault.unlock("bench")
start = time.perf_counter()
cpu_start = time.process_time()
try:
    diary = Diary(vault)
    import_file(diary, Path(sys.argv[2]))
    said = "IMPORTED"
except DaybookError as exc:
    said = exc.message
wall = time.perf_counter() - start
cpu = time.process_time() - cpu_start
diary = Diary(vault)
added = (len(diary.list_exhibits()), diary.count_messages(), len(vault.blobs.all_ids()))
vault.lock()
print(json.dumps({"wall": wall, "cpu": cpu, "said": said, "added": added,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

MB = 1 << 20


def zip_bomb(path: Path) -> None:
    """A chat line, then a gigabyte of spaces: about 1 GB unpacked from a few MB."""
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf,
        zf.open("_chat.txt", "w", force_zip64=True) as member,
    ):
        member.write(b"14/03/2024, 21:02 - Sam: hi\n")
        block = (b"14/03/2024, 21:03 - Sam: " + b" " * 1000 + b"\n") * 1000
        for _ in range(1024 * MB // len(block)):
            member.write(block)


def zero_zip(path: Path) -> None:
    """4 GB of zeros as a 'photo' beside a real chat."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        zf.writestr("_chat.txt", "14/03/2024, 21:02 - Sam: hi\n")
        with zf.open("00000001-PHOTO-2024-03-14.jpg", "w", force_zip64=True) as member:
            zeros = bytes(64 * MB)
            for _ in range(64):
                member.write(zeros)


def one_line_chat(path: Path) -> None:
    with path.open("wb") as out:
        out.write(b"14/03/2024, 21:02 - Sam: ")
        chunk = b"x" * MB
        for _ in range(100):
            out.write(chunk)


def huge_header_mbox(path: Path) -> None:
    with path.open("wb") as out:
        out.write(b"From sam@example.org Thu Mar 14 21:02:00 2024\n")
        out.write(b"From: sam@example.org\nSubject: hi\nX-Padding: ")
        chunk = b"a" * MB
        for _ in range(50):
            out.write(chunk)
        out.write(b"\n\nbody\n")


def big_sms_backup(path: Path) -> None:
    with path.open("wb") as out:
        # The count the app writes is left out, so the limit is met only by reading.
        out.write(b"<?xml version='1.0' encoding='UTF-8'?>\n<smses>\n")
        body = b"x" * 1000
        for i in range(300 * MB // 1080):  # each a different time: no exact copies
            out.write(
                b'<sms address="+447700900123" date="%d" type="1" body="%s" />\n'
                % (1710279000000 + i, body)
            )
        out.write(b"</smses>\n")


def large_sms_backup_with_pictures(path: Path) -> None:
    """Not hostile: 400 MB as real backups with pictures are, 3,000 MMS of 100 KB pictures
    and 50,000 SMS. Read from disk as a stream; the pictures stay in the kept backup."""
    import base64

    picture = base64.b64encode(bytes(range(256)) * 400)  # 100 KB
    with path.open("wb") as out:
        out.write(b"<?xml version='1.0' encoding='UTF-8'?>\n<smses count=\"53000\">\n")
        for i in range(53_000):
            when = 1710279000000 + i * 60_000
            if i % 17 == 0 and i // 17 < 3000:
                out.write(
                    b'<mms date="%d" msg_box="1" address="+447700900123"><parts>'
                    b'<part ct="image/jpeg" cl="p%d.jpg" data="%s"/></parts><addrs>'
                    b'<addr address="+447700900123" type="137"/></addrs></mms>\n'
                    % (when, i, picture)
                )
            else:
                out.write(
                    b'<sms address="+447700900123" date="%d" type="1" body="message %d" />\n'
                    % (when, i)
                )
        out.write(b"</smses>\n")


def large_mailbox(path: Path) -> None:
    """Not hostile: a 300 MB mailbox as Gmail Takeout writes them, 8,000 emails each with a
    28 KB attachment. Read one email at a time; the attachments stay in the kept mailbox."""
    import base64

    attachment = base64.encodebytes(bytes(range(256)) * 112)  # 28 KB
    with path.open("wb") as out:
        for i in range(8_000):
            out.write(
                b"From sam@example.org Tue Mar 12 21:30:00 2024\n"
                b"From: Sam <sam@example.org>\nDate: Tue, 12 Mar 2024 21:30:%02d +0000\n"
                b"Subject: number %d\nMIME-Version: 1.0\n"
                b'Content-Type: multipart/mixed; boundary="B"\n\n--B\n'
                b"Content-Type: text/plain\n\nI know where you live. %d\n--B\n"
                b'Content-Type: image/jpeg\nContent-Disposition: attachment; filename="a.jpg"\n'
                b"Content-Transfer-Encoding: base64\n\n%s--B--\n\n" % (i % 60, i, i, attachment)
            )


def huge_sms_record(path: Path) -> None:
    """One SMS whose words are 150 MB: fed in fixed chunks this took 390 s and 730 MB."""
    with path.open("wb") as out:
        out.write(b'<?xml version="1.0"?>\n<smses count="1">\n<sms address="1" date="1" body="')
        chunk = b"a" * MB
        for _ in range(150):
            out.write(chunk)
        out.write(b'" type="1" />\n</smses>\n')


def many_part_email(path: Path) -> None:
    """One email of 300,000 tiny attachments (about 40 MB): it took 23 s and 456 MB."""
    with path.open("wb") as out:
        out.write(b"From: sam@example.org\r\nSubject: hi\r\n")
        out.write(b'Content-Type: multipart/mixed; boundary="B"\r\n\r\n')
        part = (
            b"--B\r\nContent-Type: application/octet-stream\r\n"
            b"Content-Disposition: attachment; filename=a.bin\r\n\r\nx\r\n"
        )
        for _ in range(300):  # written in pieces: the parent's peak would show in the child's
            out.write(part * 1000)
        out.write(b"--B--\r\n")


def tiny_values_json(path: Path) -> None:
    """A Telegram export of 190 MB of numbers: it took 137 s and 14 GB."""
    with path.open("wb") as out:
        out.write(b'{"name": "Sam", "type": "personal_chat", "id": 1, "messages": [')
        for _ in range(95):
            out.write(b"1," * MB)
        out.write(b"1]}")


def small_json_of_numbers(path: Path) -> None:
    """30 MB, under the text limit: 15 million numbers, refused by the count of values."""
    with path.open("wb") as out:
        out.write(b'{"name": "Sam", "type": "personal_chat", "id": 1, "messages": [')
        for _ in range(30):
            out.write(b"1," * (MB // 2))
        out.write(b"1]}")


def emoji_chat(path: Path) -> None:
    """A 58 MB chat with an emoji on every line (parsing alone took 680 MB)."""
    line = ("14/03/2024, 21:02 - Sam \U0001f600: " + "word " * 55 + "\U0001f600\n").encode()
    with path.open("wb") as out:
        for _ in range(58):
            out.write(line * (MB // len(line)))


FILES: dict[str, tuple[str, Callable[[Path], None]]] = {
    "zip bomb (1 GB chat)": ("WhatsApp Chat - bomb.zip", zip_bomb),
    "zip of 4 GB of zeros": ("WhatsApp Chat - zeros.zip", zero_zip),
    "100 MB one-line chat": ("WhatsApp Chat with Sam.txt", one_line_chat),
    "mbox with a 50 MB header": ("Inbox.mbox", huge_header_mbox),
    "300 MB SMS backup of 1 KB messages": ("sms-backup.xml", big_sms_backup),
    "400 MB SMS backup with pictures (real)": ("sms-pictures.xml", large_sms_backup_with_pictures),
    "SMS backup with one 150 MB record": ("sms-one-record.xml", huge_sms_record),
    "300 MB mailbox with attachments (real)": ("Takeout.mbox", large_mailbox),
    "email of 300,000 parts": ("parts.eml", many_part_email),
    "190 MB Telegram JSON of numbers": ("result.json", tiny_values_json),
    "30 MB Telegram JSON of 15 million numbers": ("result.json", small_json_of_numbers),
    "58 MB chat, an emoji on every line": ("WhatsApp Chat with Sam.txt", emoji_chat),
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", help="run only the file whose description contains this")
    args = parser.parse_args()
    from diary.vault import Vault

    print(
        "| file | size on disk | refused or done in (wall / CPU) | peak memory "
        "| added (exhibits, messages, blobs) | sentence |"
    )
    print("|---|---:|---:|---:|---|---|")
    with tempfile.TemporaryDirectory() as scratch:
        for number, (label, (name, make)) in enumerate(FILES.items()):
            if args.only and args.only not in label:
                continue
            path = Path(scratch) / name
            make(path)
            vault_path = Path(scratch) / f"vault-{number}"
            Vault.create(vault_path, "bench", initials="JS", insecure_fast_kdf=True)[0].lock()
            out = subprocess.run(
                [sys.executable, "-c", CHILD, str(vault_path), str(path)],
                capture_output=True,
                text=True,
                check=True,
                env={"PYTHONPATH": str(ROOT)},
            ).stdout
            result = json.loads(out.strip().splitlines()[-1])
            size = path.stat().st_size
            path.unlink()
            print(
                f"| {label} | {size / MB:,.1f} MB | {result['wall']:.2f} s / {result['cpu']:.2f} s | "
                f"{result['peak_mb']:.0f} MB | {tuple(result['added'])} | {result['said']} |"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
