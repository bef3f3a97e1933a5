"""WhatsApp "Export chat" files (.txt, or .zip with media) read into the neutral model.

Handles Android and iOS layouts, every date order and locale time format we know of.
"""

from __future__ import annotations

import io
import mimetypes
import posixpath
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from itertools import pairwise

from diary.errors import AmbiguousDateOrder, ImportFailed
from diary.importers.model import (
    DedupeKeys,
    Direction,
    Kind,
    ParsedAttachment,
    ParsedExport,
    ParsedMessage,
)
from diary.importers.text import BIDI_MARKS, decode_text, fail, normalise_number, strip_bidi

DATE_ORDERS = ("dmy", "mdy", "ymd")
_ORDER_WORDS = {"dmy": "day/month/year", "mdy": "month/day/year", "ymd": "year/month/day"}

_D = r"[0-9\u0660-\u0669\u06f0-\u06f9\u0966-\u096f]"
_M = "[" + BIDI_MARKS + "]*"
_SP = r"[ \u00a0\u202f]"
_DSEP = rf"(?:\.{_SP}?|/|-)"
_PRE = "오전|오후|上午|下午|午前|午後|凌晨|早上|中午|晚上"

HEADER = re.compile(
    rf"\ufeff?{_M}(?P<br>\[)?{_M}"
    rf"(?P<era>令和|平成|昭和|[RHS](?={_D}))?(?P<d1>{_D}{{1,4}}){_M}(?P<sep>{_DSEP}){_M}"
    rf"(?P<d2>{_D}{{1,2}}){_M}{_DSEP}{_M}(?P<d3>{_D}{{1,4}})\.?{_M}"
    rf"(?:[,،]|{_SP}г\.,?)?{_SP}*{_M}(?:klo{_SP})?"
    rf"(?:(?P<pre>{_PRE}){_SP}?)?"
    rf"(?P<h>{_D}{{1,2}})[:.](?P<mi>{_D}{{2}})(?:[:.](?P<s>{_D}{{2}}))?"
    rf"(?:{_SP}*(?P<post>[^\]\-–\d\n:]{{1,16}}?))?{_M}"
    rf"(?(br)\]{_SP}?|{_SP}?[-–]{_SP})"
)

# Day-period words after or before the time, compared without dots, spaces or case.
_AM = {
    "am", "a", "vorm", "ص", "오전", "上午", "午前", "凌晨", "早上", "πμ", "sa", "قظ", "дп",
    "לפנהצ", "לפנה״צ", "पूर्वाह्न", "ก่อนเที่ยง", "öö", "pg", "fm", "ap", "ie", "sáng",
}  # fmt: skip
_PM = {
    "pm", "p", "nachm", "م", "오후", "下午", "午後", "晚上", "μμ", "ch", "بظ", "пп", "אחהצ",
    "אחה״צ", "अपराह्न", "หลังเที่ยง", "ös", "ptg", "em", "ip", "in", "chiều", "tối",
}  # fmt: skip
_NOON = {"中午"}
_ERA_BASE = {"令和": 2018, "R": 2018, "平成": 1988, "H": 1988, "昭和": 1925, "S": 1925}

_IOS_ATTACHED = re.compile(r"<(?P<label>[^<>:\n]{1,40}?)\s?:\s?(?P<name>\d{8}-[^<>\n]+)>")
_ANDROID_ATTACHED = re.compile(r"^(?P<name>[^\n<>]+?\.\w{1,6}) \((?P<label>[^()\n]{3,40})\)$")
_WA_MEDIA_NAME = re.compile(r"^(?:IMG|VID|AUD|PTT|DOC|STK)-\d{8}-WA\d+", re.IGNORECASE)
_ATTACHED_LABELS = {
    "file attached", "datei angehängt", "fichier joint", "archivo adjunto", "file allegato",
    "arquivo anexado", "ficheiro anexado", "bestand bijgevoegd", "файл прикреплен",
    "файл додано", "plik załączony", "dosya ekli", "ملف مرفق", "fil vedhæftet",
    "fil bifogad", "fil vedlagt", "tiedosto liitetty", "fájl csatolva", "soubor připojen",
}  # fmt: skip
_ANDROID_OMITTED = re.compile(r"^<[^<>:\n\d]{2,40}>$")

_OMITTED_PHRASES: dict[str, tuple[str, ...]] = {
    "image": (
        "image omitted", "image absente", "bild weggelassen", "imagen omitida",
        "immagine omessa", "imagem não revelada", "imagem ocultada", "зображення відсутнє",
        "изображение отсутствует", "afbeelding weggelaten", "obraz pominięty",
    ),
    "video": (
        "video omitted", "vidéo absente", "video weggelassen", "video omitido",
        "video omesso", "vídeo não revelado", "vídeo ocultado", "відео відсутнє",
        "видео отсутствует", "video weggelaten",
    ),
    "audio": (
        "audio omitted", "audio omis", "audio weggelassen", "audio omitido", "audio omesso",
        "ficheiro de áudio não revelado", "áudio ocultado", "аудіо відсутнє",
        "аудио отсутствует", "audio weggelaten",
    ),
    "sticker": (
        "sticker omitted", "sticker omis", "sticker weggelassen", "sticker omitido",
        "sticker non incluso", "sticker não revelado", "наклейку не додано",
        "стикер отсутствует", "sticker weggelaten",
    ),
    "gif": (
        "gif omitted", "gif retiré", "gif weggelassen", "gif omitido", "gif esclusa",
        "gif não revelada", "gif-анімацію пропущено", "gif отсутствует", "gif weggelaten",
    ),
    "contact": (
        "contact card omitted", "fiche contact manquante", "kontaktkarte ausgelassen",
        "tarjeta de contacto omitida", "scheda contatto omessa", "contacto não revelado",
        "cartão de contato omitido", "картка контакту відсутня", "карточка контакта отсутствует",
    ),
    "document": (
        "document omitted", "document manquant", "dokument weggelassen", "documento omitido",
        "documento omesso", "documento não revelado", "документ пропущено",
        "документ отсутствует", "document weggelaten",
    ),
}  # fmt: skip
_OMITTED_LOOKUP = [
    (phrase, kind) for kind, phrases in _OMITTED_PHRASES.items() for phrase in phrases
]

_DELETED = {
    "this message was deleted", "you deleted this message", "diese nachricht wurde gelöscht",
    "du hast diese nachricht gelöscht", "ce message a été supprimé",
    "vous avez supprimé ce message", "se eliminó este mensaje", "eliminaste este mensaje",
    "este mensaje fue eliminado", "questo messaggio è stato eliminato",
    "hai eliminato questo messaggio", "esta mensagem foi apagada", "apagou esta mensagem",
    "essa mensagem foi apagada", "você apagou esta mensagem", "це повідомлення було видалено",
    "ви видалили це повідомлення", "данное сообщение удалено", "вы удалили данное сообщение",
    "dit bericht is verwijderd", "je hebt dit bericht verwijderd", "bu mesaj silindi",
    "ta wiadomość została usunięta", "تم حذف هذه الرسالة",
}  # fmt: skip
_MISSED_CALLS = {
    "missed voice call": "voice", "missed video call": "video",
    "missed group voice call": "voice", "missed group video call": "video",
    "verpasster sprachanruf": "voice", "verpasster videoanruf": "video",
    "appel vocal manqué": "voice", "appel vidéo manqué": "video",
    "llamada perdida": "voice", "videollamada perdida": "video",
    "llamada de voz perdida": "voice", "chiamata vocale persa": "voice",
    "videochiamata persa": "video", "chamada de voz perdida": "voice",
    "chamada de vídeo perdida": "video", "пропущений голосовий виклик": "voice",
    "пропущенный аудиозвонок": "voice",
}  # fmt: skip
_LOCATION = re.compile(
    r"^(?:location|standort|localisation|ubicación|posizione|localização|розташування|"
    r"местоположение|locatie|konum|lokalizacja)\s?:\s?https?://",
    re.IGNORECASE,
)

_SYSTEM_EVENTS: list[tuple[str, re.Pattern[str]]] = [
    (event, re.compile(pattern, re.IGNORECASE))
    for event, pattern in (
        (
            "e2e_encrypted",
            r"end-to-end encrypt|end-to-end encryption|ende-zu-ende-verschlüsselt|"
            r"de bout en bout|de extremo a extremo|crittografati end-to-end|ponto a ponto|"
            r"de ponta a ponta|наскрізним шифруванням|сквозным шифрованием|end-to-end versleuteld",
        ),
        (
            "security_code_changed",
            r"security code|sicherheitsnummer|code de sécurité|código de seguridad|"
            r"codice di sicurezza|código de segurança|код безпеки|код безопасности",
        ),
        (
            "group_created",
            r"created group|created this group|gruppe .*erstellt|a créé le groupe|creó el grupo|"
            r"ha creato il gruppo|criou o grupo|створив групу|создал\(а\) группу",
        ),
        ("member_joined", r"joined using|ist über den einladungslink|a rejoint|se unió"),
        (
            "member_added",
            r"\badded\b|were added|hinzugefügt|a ajouté|añadió|ha aggiunto|adicionou|додав|добавил",
        ),
        (
            "member_left",
            r"\bleft$|hat die gruppe verlassen|a quitté|salió del grupo|ha abbandonato|saiu",
        ),
        ("member_removed", r"\bremoved\b|entfernt|a retiré|eliminó a|ha rimosso|removeu"),
        ("subject_changed", r"changed the subject|changed the group name|betreff geändert"),
        ("description_changed", r"group description"),
        ("icon_changed", r"group's icon|group icon"),
        ("settings_changed", r"group's settings|group settings"),
        ("admin_changed", r"\badmin\b"),
        ("disappearing_messages", r"message timer|disappearing messages"),
        ("number_changed", r"changed (?:their|your) phone number|changed to \+"),
    )
]


@dataclass(slots=True)
class _Header:
    line: int
    d1: int
    d1_len: int
    d2: int
    d2_len: int
    sep: str
    d3: int
    d3_len: int
    era: str | None
    hour: int
    minute: int
    second: int
    period: str | None
    raw_time: str
    rest: str
    line_marked: bool


def _period(word: str | None) -> str | None:
    if word is None:
        return None
    key = word.strip(" \u00a0\u202f").lower()
    for ch in ". \u00a0\u202f":
        key = key.replace(ch, "")
    if not key:
        return None
    if key in _AM:
        return "am"
    if key in _PM:
        return "pm"
    if key in _NOON:
        return "noon"
    return "?"


def _media_kind_from_name(name: str) -> str:
    upper = name.upper()
    for marker, kind in (
        ("-PHOTO-", "image"),
        ("IMG-", "image"),
        ("-VIDEO-", "video"),
        ("VID-", "video"),
        ("-GIF-", "gif"),
        ("-AUDIO-", "audio"),
        ("PTT-", "audio"),
        ("AUD-", "audio"),
        ("-STICKER-", "sticker"),
        ("STK-", "sticker"),
        ("DOC-", "document"),
    ):
        if marker in upper:
            return kind
    ext = posixpath.splitext(name)[1].lower()
    if ext == ".vcf":
        return "contact"
    guessed = mimetypes.guess_type(name)[0] or ""
    for prefix in ("image", "video", "audio"):
        if guessed.startswith(prefix):
            return prefix
    return "document"


def _system_event(text: str) -> str:
    for event, pattern in _SYSTEM_EVENTS:
        if pattern.search(text):
            return event
    return "other"


def _omitted_kind(clean_first: str) -> str | None:
    low = clean_first.lower().rstrip()
    for phrase, kind in _OMITTED_LOOKUP:
        if low == phrase or low.endswith(" " + phrase):
            return kind
    return None


def _read_headers(source: str, lines: list[str]) -> list[_Header]:
    headers: list[_Header] = []
    match = HEADER.match
    for index, line in enumerate(lines):
        m = match(line)
        if m is None:
            continue
        post = m.group("post")
        pre = m.group("pre")
        period = _period(post) or _period(pre)
        if period == "?":
            raise fail(source, f"line {index + 1}", "this line has a time Daybook could not read.")
        start = m.start("era") if m.group("era") else m.start("d1")
        end = m.end("post") if post else (m.end("s") if m.group("s") else m.end("mi"))
        seconds = m.group("s")
        d1 = m.group("d1")
        d3 = m.group("d3")
        headers.append(
            _Header(
                line=index + 1,
                d1=int(d1),
                d1_len=len(d1),
                d2=int(m.group("d2")),
                d2_len=len(m.group("d2")),
                sep=m.group("sep")[0],
                d3=int(d3),
                d3_len=len(d3),
                era=m.group("era"),
                hour=int(m.group("h")),
                minute=int(m.group("mi")),
                second=int(seconds) if seconds else 0,
                period=period,
                raw_time=strip_bidi(line[start:end]).strip(),
                rest=line[m.end() :],
                line_marked=line[:1] in BIDI_MARKS if line else False,
            )
        )
    return headers


def _violations(dates: list[tuple[int, int, int]]) -> int:
    return sum(1 for a, b in pairwise(dates) if b < a)


def decide_date_order(source: str, headers: list[_Header]) -> tuple[str, str]:
    """Work out day/month order from the whole file, or raise AmbiguousDateOrder.

    Returns the order and, in plain words, what it was decided from.
    """
    if any(h.d1_len >= 3 or h.era for h in headers):
        return "ymd", "the year comes first"
    first_big = any(h.d1 > 12 for h in headers)
    second_big = any(h.d2 > 12 for h in headers)
    if first_big and second_big:
        raise fail(source, None, "the dates in this chat are not written in one order.")
    if first_big:
        return "dmy", "a date has a first number above 12"
    if second_big:
        return "mdy", "a date has a second number above 12"
    if all(h.d1 == h.d2 for h in headers):
        return "dmy", "every date reads the same either way"
    # Exports run forward in time, so the reading that keeps dates in order is the right one;
    # one step back could be chance, so it must lose by at least two before we trust it.
    as_dmy = [(h.d3, h.d2, h.d1) for h in headers]
    as_mdy = [(h.d3, h.d1, h.d2) for h in headers]
    dmy_bad = _violations(as_dmy)
    mdy_bad = _violations(as_mdy)
    if mdy_bad - dmy_bad >= 2:
        return "dmy", "only day first keeps the messages in date order"
    if dmy_bad - mdy_bad >= 2:
        return "mdy", "only month first keeps the messages in date order"
    # Dots and dashes with the year last are only used by day-first locales, and the one
    # month-first phone format (US, M/d/yy) never pads with a zero: "06/01" is day first.
    if any(h.sep in ".-" for h in headers):
        return "dmy", "the dates use dots or dashes, which only day-first settings use"
    if any((h.d1_len == 2 and h.d1 < 10) or (h.d2_len == 2 and h.d2 < 10) for h in headers):
        return "dmy", "the dates are padded with zeros, which month-first phones do not do"
    raise AmbiguousDateOrder(
        f"{source}: the dates in this chat could be day first or month first, and the file "
        "does not show which, so please choose the order your phone uses.",
        options=("dmy", "mdy"),
    )


def _year(raw: int, digits: int, era: str | None) -> int:
    if era:
        return _ERA_BASE[era] + raw
    if digits <= 2:
        year = 2000 + raw
        if year > datetime.now().year + 1:
            # Thai phones write Buddhist-era years; 67 there means 2567, which is 2024.
            buddhist = 2500 + raw - 543
            return buddhist if 2009 <= buddhist <= datetime.now().year + 1 else 1900 + raw
        return year
    if raw >= 2400:
        return raw - 543
    return raw


def _to_datetime(source: str, h: _Header, order: str) -> datetime:
    if order == "ymd":
        y, mo, d, ylen = h.d1, h.d2, h.d3, h.d1_len
    elif order == "dmy":
        d, mo, y, ylen = h.d1, h.d2, h.d3, h.d3_len
    else:
        mo, d, y, ylen = h.d1, h.d2, h.d3, h.d3_len
    hour = h.hour
    if h.period is not None:
        if not 0 <= hour <= 12:
            raise fail(source, f"line {h.line}", "this line has a time Daybook could not read.")
        if h.period == "am" and hour == 12:
            hour = 0
        elif (h.period == "pm" and hour < 12) or (h.period == "noon" and hour < 11):
            hour += 12
    try:
        return datetime(_year(y, ylen, h.era), mo, d, hour, h.minute, h.second)
    except ValueError:
        raise fail(
            source, f"line {h.line}", "this line has a date Daybook could not read."
        ) from None


def _split_author(rest: str) -> tuple[str | None, str]:
    idx = rest.find(": ")
    if idx <= 0:
        if rest.endswith(":") and 0 < len(rest) - 1 <= 100 and '"' not in rest:
            return rest[:-1], ""
        return None, rest
    author = rest[:idx]
    if len(author) > 100 or any(q in author for q in '"“”'):
        return None, rest
    return strip_bidi(author).strip(), rest[idx + 2 :]


def _lstrip_marks(text: str) -> str:
    return text.lstrip(BIDI_MARKS + "\ufeff")


def _participants(messages: list[ParsedMessage]) -> list[str]:
    seen: dict[str, None] = {}
    for m in messages:
        if m.kind in ("message", "call") and m.sender:
            seen.setdefault(m.sender, None)
    return list(seen)


def parse_text(
    source: str,
    text: str,
    *,
    date_order: str | None = None,
    me: str | None = None,
    region: str | None = None,
) -> ParsedExport:
    """Parse the text of a WhatsApp chat export."""
    if date_order is not None and date_order not in DATE_ORDERS:
        raise ImportFailed(f"{source}: the date order must be one of dmy, mdy or ymd.")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip(" \n\t\ufeff" + BIDI_MARKS):
        raise fail(source, None, "the file is empty, so there is nothing to import.")
    lines = text.split("\n")
    first = next(i for i, line in enumerate(lines) if line.strip(" \t\ufeff" + BIDI_MARKS))
    headers = _read_headers(source, lines)
    if not headers or headers[0].line != first + 1:
        raise fail(
            source,
            f"line {first + 1}",
            "this does not look like a WhatsApp chat, because it does not start with a "
            "date and time.",
        )
    if date_order:
        order, basis = date_order, "it was chosen"
    else:
        order, basis = decide_date_order(source, headers)
    export = ParsedExport(format="whatsapp", source_name=source)
    export.notes.append(f"Dates were read as {_ORDER_WORDS[order]} because {basis}.")
    keys = DedupeKeys()
    messages = export.messages
    me_key = me.casefold() if me else None
    number_cache: dict[str, str | None] = {}
    for n, h in enumerate(headers):
        end = headers[n + 1].line - 1 if n + 1 < len(headers) else len(lines)
        when = _to_datetime(source, h, order)
        continuation = lines[h.line : end]
        # A final newline leaves an empty last line that is not part of the message.
        while continuation and continuation[-1] == "" and n + 1 == len(headers):
            continuation.pop()
        author, first_body = _split_author(h.rest)
        body_marked = first_body[:1] in BIDI_MARKS if first_body else False
        first_clean = strip_bidi(first_body).strip()
        body = _lstrip_marks(first_body)
        if continuation:
            body = "\n".join([body, *continuation])
        kind: Kind = "message"
        direction: Direction = "unknown"
        event: str | None = None
        media_kind: str | None = None
        omitted = False
        attachments: tuple[str, ...] = ()
        sender = author or ""
        if author is None:
            kind = "system"
            event = _system_event(first_clean)
        else:
            ios = _IOS_ATTACHED.search(first_clean)
            android = _ANDROID_ATTACHED.match(first_clean)
            if ios:
                attachments = (ios.group("name").strip(),)
                media_kind = _media_kind_from_name(attachments[0])
                event = "media"
            elif android and (
                android.group("label").lower() in _ATTACHED_LABELS
                or _WA_MEDIA_NAME.match(android.group("name"))
            ):
                attachments = (android.group("name").strip(),)
                media_kind = _media_kind_from_name(attachments[0])
                event = "media"
            elif _ANDROID_OMITTED.match(first_clean):
                omitted = True
                event = "media"
            elif first_clean.rstrip(".").lower() in _DELETED:
                event = "deleted"
            elif _LOCATION.match(first_clean):
                event = "location"
            elif body_marked and (om := _omitted_kind(first_clean)):
                omitted = True
                media_kind = om
                event = "media"
            elif body_marked and first_clean.lower() in _MISSED_CALLS:
                kind = "call"
                direction = "missed"
                event = f"missed_{_MISSED_CALLS[first_clean.lower()]}_call"
            elif body_marked:
                kind = "system"
                event = _system_event(first_clean)
                sender = ""
        if kind == "message" and me_key is not None:
            direction = "outgoing" if sender.casefold() == me_key else "incoming"
        if sender not in number_cache:
            number_cache[sender] = normalise_number(sender, region) if sender else None
        position = h.line
        messages.append(
            ParsedMessage(
                kind=kind,
                channel="whatsapp",
                direction=direction,
                sender=sender,
                sender_number=number_cache[sender],
                recipients=(),
                sent_at=when,
                offset_known=False,
                body=body,
                attachments=attachments,
                duration_seconds=None,
                position=position,
                position_label=f"line {position}",
                event=event,
                media_kind=media_kind,
                media_omitted=omitted,
                raw_time=h.raw_time,
                dedupe_key=keys.key("whatsapp", sender, when, body, attachments, kind),
            )
        )
    export.participants = _participants(messages)
    return export


# Limits for zip exports: media is read into memory, so refuse anything absurd.
MAX_MEMBER_BYTES = 1 << 30
MAX_TOTAL_BYTES = 4 << 30
MAX_MEMBERS = 100_000


def _safe_member_name(name: str) -> str | None:
    """The plain file name of a zip member, or None if its path tries to leave the folder."""
    normal = name.replace("\\", "/")
    if normal.startswith("/") or re.match(r"^[A-Za-z]:", normal):
        return None
    parts = [p for p in normal.split("/") if p not in ("", ".")]
    if not parts or ".." in parts:
        return None
    base = parts[-1]
    if any(ord(c) < 32 for c in base):
        return None
    return base


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    out = bytearray()
    with zf.open(info) as handle:
        while chunk := handle.read(1 << 20):
            out += chunk
            if len(out) > limit:
                raise ValueError("member too large")
    return bytes(out)


def _chat_members(infos: list[zipfile.ZipInfo]) -> Iterator[zipfile.ZipInfo]:
    txts = [i for i in infos if i.filename.lower().endswith(".txt") and not i.is_dir()]
    preferred = [
        i
        for i in txts
        if posixpath.basename(i.filename) == "_chat.txt"
        or posixpath.basename(i.filename).startswith("WhatsApp")
    ]
    yield from preferred
    yield from (i for i in txts if i not in preferred)


def parse_zip(
    source: str,
    data: bytes,
    *,
    date_order: str | None = None,
    me: str | None = None,
    region: str | None = None,
) -> ParsedExport:
    """Parse a WhatsApp export zip: the chat text plus its media files."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        raise fail(source, None, "this zip file is damaged and could not be opened.") from None
    if len(infos) > MAX_MEMBERS:
        raise fail(source, None, "this zip file holds too many files to be a chat export.")
    export: ParsedExport | None = None
    chat_name = ""
    first_error: ImportFailed | None = None
    for info in _chat_members(infos):
        name = _safe_member_name(info.filename)
        if name is None:
            continue
        try:
            raw = _read_member(zf, info, MAX_MEMBER_BYTES)
        except Exception:
            continue
        text, _ = decode_text(raw)
        try:
            export = parse_text(
                f"{source}/{name}", text, date_order=date_order, me=me, region=region
            )
        except AmbiguousDateOrder:
            raise
        except ImportFailed as exc:
            first_error = first_error or exc
            continue
        chat_name = info.filename
        break
    if export is None:
        if first_error is not None:
            raise first_error
        raise fail(source, None, "this zip file does not contain a WhatsApp chat.")
    export.source_name = source
    referenced = {a: m.position for m in export.messages for a in m.attachments}
    total = 0
    for info in infos:
        if info.is_dir() or info.filename == chat_name:
            continue
        name = _safe_member_name(info.filename)
        if name is None:
            export.skipped.append(
                (info.filename, "this file in the zip has an unsafe name and was left out")
            )
            continue
        if info.flag_bits & 0x1:
            export.skipped.append((name, "this file in the zip is password-protected"))
            continue
        if info.file_size > MAX_MEMBER_BYTES or total + info.file_size > MAX_TOTAL_BYTES:
            export.skipped.append((name, "this file in the zip is too large to import"))
            continue
        try:
            blob = _read_member(zf, info, MAX_MEMBER_BYTES)
        except Exception:
            export.skipped.append((name, "this file in the zip is damaged and could not be read"))
            continue
        total += len(blob)
        media_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
        export.attachments.append(
            ParsedAttachment(
                name=name, media_type=media_type, data=blob, message_position=referenced.get(name)
            )
        )
    return export


def parse(
    source: str,
    data: bytes,
    *,
    date_order: str | None = None,
    me: str | None = None,
    region: str | None = None,
) -> ParsedExport:
    """Parse a WhatsApp export given as .txt bytes or .zip bytes."""
    if data[:4] == b"PK\x03\x04" or data[:4] == b"PK\x05\x06":
        return parse_zip(source, data, date_order=date_order, me=me, region=region)
    text, _ = decode_text(data)
    return parse_text(source, text, date_order=date_order, me=me, region=region)
