"""Small builders for importer test fixtures, so each test shows its input in full."""

from __future__ import annotations

import io
import zipfile


def chat(*lines: str, newline: str = "\n") -> bytes:
    """A WhatsApp export from its lines, UTF-8, with a final newline."""
    return (newline.join(lines) + newline).encode("utf-8")


def make_zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buffer.getvalue()


SMS_XML = b"""<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>
<?xml-stylesheet type="text/xsl" href="sms.xsl"?>
<smses count="5">
  <sms protocol="0" address="+447700900123" date="1710279000000" type="1" subject="null" body="Where are you?&#10;Answer me" read="1" status="-1" locked="0" readable_date="12 Mar 2024 21:30:00" contact_name="Sam" />
  <sms protocol="0" address="07700 900123" date="1710279060000" type="2" subject="null" body="Leave me alone" read="1" status="-1" locked="0" readable_date="12 Mar 2024 21:31:00" contact_name="Sam" />
  <sms protocol="0" address="-2" date="1710279120000" type="1" subject="null" body="I can see you &#55357;&#56832;" read="1" status="-1" locked="0" contact_name="(Unknown)" />
  <mms date="1710279180000" msg_box="1" address="+447700900123" m_type="132" readable_date="12 Mar 2024 21:33:00" contact_name="Sam">
    <parts>
      <part seq="-1" ct="application/smil" name="null" text="&lt;smil&gt;&lt;/smil&gt;" />
      <part seq="0" ct="image/png" name="photo.png" cl="photo.png" data="iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==" />
      <part seq="0" ct="text/plain" name="text.txt" text="Outside your house" />
    </parts>
    <addrs>
      <addr address="+447700900123" type="137" charset="106" />
      <addr address="+447700900999" type="151" charset="106" />
    </addrs>
  </mms>
  <sms protocol="0" address="+447700900123" date="1710279240000" type="1" subject="null" body="Last one" read="1" status="-1" locked="0" contact_name="Sam" />
</smses>
"""

CALLS_XML = b"""<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>
<calls count="7">
  <call number="+447700900123" duration="65" date="1710279000000" type="1" presentation="1" contact_name="Sam" />
  <call number="+447700900123" duration="10" date="1710279100000" type="2" presentation="1" contact_name="Sam" />
  <call number="+447700900123" duration="0" date="1710279200000" type="3" presentation="1" contact_name="Sam" />
  <call number="+447700900123" duration="20" date="1710279300000" type="4" presentation="1" contact_name="Sam" />
  <call number="+447700900123" duration="0" date="1710279400000" type="5" presentation="1" contact_name="Sam" />
  <call number="+447700900123" duration="0" date="1710279500000" type="6" presentation="1" contact_name="Sam" />
  <call number="" duration="0" date="1710279600000" type="3" presentation="2" contact_name="(Unknown)" />
</calls>
"""

EML_PLAIN = (
    b"Return-Path: <sam@example.org>\r\n"
    b"From: =?utf-8?B?U2FtIMOYc3RlcmdhYXJk?= <sam@example.org>\r\n"
    b"To: Jo <jo@example.com>, =?iso-8859-1?Q?Ren=E9e?= <renee@example.com>\r\n"
    b"Subject: =?utf-8?Q?I_know_where_you_are_=E2=80=94_again?=\r\n"
    b"Date: Tue, 12 Mar 2024 21:30:00 +0000\r\n"
    b"Message-ID: <abc@example.org>\r\n"
    b"MIME-Version: 1.0\r\n"
    b'Content-Type: text/plain; charset="windows-1252"\r\n'
    b"Content-Transfer-Encoding: 8bit\r\n"
    b"\r\n"
    b"I saw you at the caf\xe9 \x96 don't ignore me.\r\n"
)

EML_ATTACHMENT = (
    b"From: Sam <sam@example.org>\n"
    b"To: jo@example.com\n"
    b"Subject: photo\n"
    b"Date: Wed, 13 Mar 2024 08:00:00 +0100\n"
    b"MIME-Version: 1.0\n"
    b'Content-Type: multipart/mixed; boundary="XX"\n'
    b"\n"
    b"--XX\n"
    b"Content-Type: text/plain; charset=utf-8\n"
    b"Content-Transfer-Encoding: quoted-printable\n"
    b"\n"
    b"Look at this =E2=98=BA\n"
    b"--XX\n"
    b"Content-Type: application/pdf\n"
    b'Content-Disposition: attachment; filename="=?utf-8?Q?r=C3=A9sum=C3=A9.pdf?="\n'
    b"Content-Transfer-Encoding: base64\n"
    b"\n"
    b"JVBERi0xLjQKJcfsj6IK\n"
    b"--XX--\n"
)

TELEGRAM_SINGLE = b"""{
 "name": "Sam",
 "type": "personal_chat",
 "id": 4242,
 "messages": [
  {"id": 1, "type": "message", "date": "2024-03-12T21:30:00", "date_unixtime": "1710279000",
   "from": "Sam", "from_id": "user1", "text": "Where are you?"},
  {"id": 2, "type": "message", "date": "2024-03-12T21:31:00", "date_unixtime": "1710279060",
   "from": "Sam", "from_id": "user1",
   "text": [{"type": "bold", "text": "Answer"}, " me ", {"type": "link", "text": "https://x.example"}]},
  {"id": 3, "type": "service", "date": "2024-03-12T21:32:00", "date_unixtime": "1710279120",
   "actor": "Sam", "actor_id": "user1", "action": "phone_call", "duration_seconds": 42,
   "discard_reason": "hangup", "text": ""},
  {"id": 4, "type": "service", "date": "2024-03-12T21:33:00", "date_unixtime": "1710279180",
   "actor": "Sam", "action": "phone_call", "discard_reason": "missed", "text": ""},
  {"id": 5, "type": "message", "date": "2024-03-12T21:34:00", "date_unixtime": "1710279240",
   "from": "Sam", "photo": "photos/photo_1@12-03-2024_21-34-00.jpg", "width": 10, "height": 10,
   "text": "outside"},
  {"id": 6, "type": "message", "date": "2024-03-12T21:35:00",
   "from": "Sam", "file": "(File not included. Change data exporting settings to download.)",
   "media_type": "voice_message", "duration_seconds": 3, "text": ""}
 ]
}"""

TELEGRAM_ACCOUNT = b"""{
 "about": "export",
 "chats": {"about": "list", "list": [
  {"name": "Sam", "type": "personal_chat", "id": 1,
   "messages": [{"id": 1, "type": "message", "date": "2024-03-12T21:30:00",
                 "date_unixtime": "1710279000", "from": "Sam", "text": "hello"}]},
  {"name": "Work group", "type": "private_group", "id": 2,
   "messages": [{"id": 7, "type": "message", "date": "2024-03-13T09:00:00",
                 "date_unixtime": "1710320400", "from": "Boss", "text": "meeting"},
                {"id": 8, "type": "message", "date": "2024-03-13T09:01:00",
                 "date_unixtime": "1710320460", "from": "Me", "text": "ok"}]}
 ]}
}"""
