"""README.txt of the pack: what it is and how to check it with standard tools, in plain words."""

from __future__ import annotations

from diary.pack import fmt
from diary.pack.model import ReportContext

_TEMPLATE = """\
EVIDENCE PACK {pack_id}
{rule}

This is an evidence pack made with Daybook, a private diary in which
{owner} recorded what happened to them. It was made on {made}
for: {for_whom}.

It is kept by the person; it is not a police statement.

WHAT IS IN IT

  report.pdf          the readable pack: cover, summary, chronology, each
                      incident in full, the exhibits, the audit log and the
                      effect on daily life. Start here.
  check-this-pack.html
                      open it in a web browser to check this pack and read
                      it, with nothing to install (see below).
  chronology.csv      one row for each incident, for police systems and
                      spreadsheets (UTF-8).
  manifest.json       everything in machine-readable form; its fields are
                      described in Daybook's docs/pack-format.md.
  exhibits/           the files the person kept (photos, screenshots, chat
                      exports…), byte for byte as they were imported.
{redacted_line}  SHA256SUMS          the SHA-256 fingerprint of every file above.
  SHA256SUMS.sig      an Ed25519 signature of SHA256SUMS.
  SHA256SUMS.sshsig   the same signature in SSH format.
  signing-key.pem, signing-key.pub, allowed_signers
                      the public half of the diary's signing key.

{withheld}
HOW TO CHECK THAT NOTHING WAS CHANGED

Unzip the pack into an empty folder, open a terminal there, and run:

 1. Every file is exactly as exported:

      sha256sum -c --strict SHA256SUMS

    Every line must say OK.

 2. No file was added or taken away (step 1 does not notice added files):

      diff <(find . -type f ! -name 'SHA256SUMS*' | sed 's|^\\./||' | LC_ALL=C sort) \\
           <(cut -c67- SHA256SUMS | LC_ALL=C sort)

    It must print nothing.

 3. SHA256SUMS was signed by the diary's key (either command will do):

      openssl pkeyutl -verify -pubin -inkey signing-key.pem -rawin \\
          -in SHA256SUMS -sigfile SHA256SUMS.sig

      ssh-keygen -Y verify -f allowed_signers -I daybook \\
          -n daybook-evidence-pack -s SHA256SUMS.sshsig < SHA256SUMS

    They say "Signature Verified Successfully" and "Good ... signature".

 4. Steps 1 to 3 prove only that the pack is unchanged since it was signed
    by the key in signing-key.pub. Anyone can make a key and sign a pack, so
    nothing printed inside a pack (this file, the report's cover) can show
    whose key it is. The person gives you their Daybook's check code
    separately (read out, on a card or by text); work out the check code of
    this pack's key from the key file itself and compare the two:

      python3 -c "import base64,hashlib;k=base64.b64decode(open('signing-key.pub').read().split()[1])[-32:];n=int.from_bytes(hashlib.sha256(k).digest(),'big')>>156;a='0123456789ABCDEFGHJKMNPQRSTVWXYZ';s=''.join(a[n>>5*(19-i)&31] for i in range(20));print('-'.join(s[i:i+4] for i in range(0,20,4)))"

    It prints five groups of four, like K7Q2-MX9D-4HRT-Z8WE-3NPA. If it is
    not the code the person gave you, this pack was not made with their
    Daybook. (ssh-keygen -l -f signing-key.pub shows the same key's SSH
    fingerprint, if that is what you were given.)

Or, with Daybook installed:  daybook verify --expect-key CODE {zip_name}

WITH NOTHING INSTALLED

Open check-this-pack.html in a current web browser (Chrome, Edge, Firefox
or Safari) and choose this pack's .zip file or its unzipped folder. It makes
the checks above on this computer alone, sends nothing anywhere, and shows
the check code to compare with the one the person gave you. The page came
inside the pack, and a forged pack could carry a forged page: for certainty,
use a copy of the page from a pack you have already checked, or Daybook.

On Windows without these tools, "certutil -hashfile FILE SHA256" shows a
file's fingerprint to compare with the line for it in SHA256SUMS.

History code when this pack was made (the diary's history): {diary_fp}
"""


def readme_text(ctx: ReportContext) -> str:
    data = ctx.data
    has_redacted = any(v.redacted_path for v in ctx.exhibits)
    redacted_line = (
        "  exhibits-redacted/  copies of some exhibits with private details removed\n"
        "                      (court copy); each names the original it came from.\n"
        if has_redacted
        else ""
    )
    if ctx.withheld:
        lines = ["WHAT THIS COPY LEAVES OUT", ""]
        for w in ctx.withheld:
            lines.append(f"  - {w.what}: {w.why}")
        withheld = "\n".join(lines) + "\n"
    else:
        withheld = "Nothing was left out of this copy.\n"
    title = f"EVIDENCE PACK {ctx.pack_id}"
    return _TEMPLATE.format(
        pack_id=ctx.pack_id,
        rule="=" * len(title),
        owner=data.owner_name,
        made=fmt.date_time(data.created_at),
        for_whom=data.for_whom or "the person's stalking advocate and the police",
        redacted_line=redacted_line,
        withheld=withheld,
        zip_name="PACK.zip",
        diary_fp=data.diary_fingerprint,
    ).replace("\n", "\r\n")
