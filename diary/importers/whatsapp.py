"""WhatsApp "Export chat" files (.txt, or .zip with media) read into the neutral model.

Handles Android and iOS layouts, every date order and locale time format we know of.
"""

from __future__ import annotations

import mimetypes
import posixpath
import re
import zipfile
from collections.abc import Iterator
from datetime import date, datetime
from itertools import groupby, pairwise
from pathlib import Path
from typing import cast

from diary.errors import AmbiguousDateOrder, ImportFailed
from diary.importers import calendars, limits
from diary.importers.model import (
    Direction,
    Kind,
    ParsedAttachment,
    ParsedExport,
    ParsedMessage,
)
from diary.importers.text import (
    BIDI_MARKS,
    decode_report,
    fail,
    gc_paused,
    normalise_number,
    repaired_note,
    strip_bidi,
)
from diary.importers.zipsafe import SafeZip

DATE_ORDERS = ("dmy", "mdy", "ymd")
_ORDER_WORDS = {"dmy": "day/month/year", "mdy": "month/day/year", "ymd": "year/month/day"}

_D = r"[0-9\u0660-\u0669\u06f0-\u06f9\u0966-\u096f]"
_M = "[" + BIDI_MARKS + "]*"
_SP = r"[ \u00a0\u202f]"
_DSEP = rf"(?:\.{_SP}?|/|-|{_SP})"
_PRE = "오전|오후|上午|下午|午前|午後|凌晨|早上|中午|晚上"
# Eras written after the year: Buddhist (BE), Islamic (AH, هـ), Persian (AP, ه‍.ش.) and the
# Japanese era letters when the date is written with the year last (3/13/6 R).
_ERA_AFTER = r"B\.?E\.?|A\.?H\.?|A\.?P\.?|هـ|ه\u200d?\.ش\.?|[RH](?![^\W\d_])"
_DATE = (
    rf"(?P<date>(?P<era>令和|平成|[RH](?={_D}))?(?P<d1>{_D}{{1,4}}){_M}"
    rf"(?P<sep>{_DSEP}|年|년{_SP}?){_M}(?P<d2>{_D}{{1,2}}){_M}(?:{_DSEP}|月|월{_SP}?){_M}"
    rf"(?P<d3>{_D}{{1,4}})(?:日|일)?(?:{_SP}?(?P<era2>{_ERA_AFTER}))?)\.?{_M}"
)
_TIME = (
    rf"(?:klo{_SP})?(?:(?P<pre>{_PRE}){_SP}?)?"
    rf"(?P<h>{_D}{{1,2}})[:.](?P<mi>{_D}{{2}})(?:[:.](?P<s>{_D}{{2}}))?"
    rf"(?:{_SP}*(?P<post>[^\]\-–\d\n:\s,][^\]\-–\d\n:,]{{0,15}}?))?"
)
# After the stamp: "] " with brackets; " - " (Android) or, in old iPhone exports, ": ".
_END = rf"{_M}(?(br)\]{_SP}?|(?:{_SP}?[-–]{_SP}|:{_SP}))"
_HEADER_PATTERN = (
    rf"\ufeff?{_M}(?P<br>\[)?{_M}(?P<stamp>{_DATE}"
    rf"(?:[,،]|{_SP}г\.,?)?{_SP}*{_M}{_TIME}){_END}"
)
# The layout some locales use (Vietnamese on iPhone): the time first, then the date.
_TIME_FIRST_PATTERN = (
    rf"\ufeff?{_M}(?P<br>\[)?{_M}(?P<stamp>{_TIME}{_M}(?:[,،]{_SP}?|{_SP}+){_M}{_DATE}){_END}"
)
HEADER = re.compile(_HEADER_PATTERN)
HEADER_TIME_FIRST = re.compile(_TIME_FIRST_PATTERN)
_AUTHOR_AND_FIRST = '(?:(?P<author>[^\n"“”]{1,100}?): )?(?P<first>[^\n]*)'
# For whole files: also takes the sender's name, up to the first ": " of the line, so the
# per-message Python work stays small.
HEADER_LINES = re.compile("^" + _HEADER_PATTERN + _AUTHOR_AND_FIRST, re.MULTILINE)
HEADER_LINES_TIME_FIRST = re.compile("^" + _TIME_FIRST_PATTERN + _AUTHOR_AND_FIRST, re.MULTILINE)
_DATE_PART_NAMES = ("era", "d1", "sep", "d2", "d3", "era2")
_MESSAGE_PART_NAMES = ("stamp", "pre", "h", "mi", "s", "post", "author", "first")
_FIRST_CONTENT = re.compile("[^\\s\ufeff" + BIDI_MARKS + "]")

# Day-period words after or before the time, compared without dots, spaces or case.
_AM = {
    "am", "a", "vorm", "ص", "오전", "上午", "午前", "凌晨", "早上", "πμ", "sa", "قظ", "дп",
    "לפנהצ", "לפנה״צ", "पूर्वाह्न", "ก่อนเที่ยง", "öö", "pg", "fm", "ap", "ie", "sáng",
    # More of the day-period words phones use (Unicode CLDR): Hungarian, Czech, Slovenian,
    # Afrikaans, Icelandic, Albanian, Bosnian, Lithuanian, Latvian, Bulgarian, Serbian,
    # Macedonian, Urdu, Bengali, Tamil, Marathi, Kannada, Sinhala, Burmese, Amharic, Uzbek.
    "de", "dop", "vm", "fh", "eparadites", "prijepodne", "priešpiet", "priekšpusdienā",
    "проб", "преподне", "претпл", "قبلدوپہر", "পূর্বাহ্ণ", "முற்பகல்", "मपू", "ಪೂರ್ವಾಹ್ನ",
    "පෙව", "နံနက်", "ጥዋት", "то",
}  # fmt: skip
_PM = {
    "pm", "p", "nachm", "م", "오후", "下午", "午後", "晚上", "μμ", "ch", "بظ", "пп", "אחהצ",
    "אחה״צ", "अपराह्न", "หลังเที่ยง", "ös", "ptg", "em", "ip", "in", "chiều", "tối",
    "du", "odp", "pop", "nm", "eh", "epasdites", "popodne", "popiet", "pēcpusdienā",
    "слоб", "поподне", "попл", "بعددوپہر", "অপরাহ্ণ", "பிற்பகல்", "मउ", "ಅಪರಾಹ್ನ", "පව",
    "ညနေ", "ከሰዓት", "тк",
}  # fmt: skip
_NOON = {"中午"}

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
    "this message was deleted", "you deleted this message", "Diese Nachricht wurde gelöscht",
    "Du hast diese Nachricht gelöscht", "ce message a été supprimé",
    "vous avez supprimé ce message", "se eliminó este mensaje", "eliminaste este mensaje",
    "este mensaje fue eliminado", "questo messaggio è stato eliminato",
    "hai eliminato questo messaggio", "esta mensagem foi apagada", "apagou esta mensagem",
    "essa mensagem foi apagada", "você apagou esta mensagem", "це повідомлення було видалено",
    "ви видалили це повідомлення", "данное сообщение удалено", "вы удалили данное сообщение",
    "dit bericht is verwijderd", "je hebt dit bericht verwijderd", "bu mesaj silindi",
    "ta wiadomość została usunięta", "تم حذف هذه الرسالة",
}  # fmt: skip
# WhatsApp writes these with fixed case; exact matching saves lowering every message.
_DELETED_EXACT = {
    variant
    for phrase in _DELETED
    for cased in (phrase, phrase[:1].upper() + phrase[1:])
    for variant in (cased, cased + ".")
}
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

# How the encryption notice begins, in the languages it is most often seen; only used for a
# first line without the U+200E mark, where a person's own words could otherwise match.
_E2E_NOTICE = re.compile(
    r"^(?:messages and calls are end-to-end encrypted|messages to this (?:group|chat) are now "
    r"secured with end-to-end encryption|messages you send to this (?:chat|group) and calls "
    r"are (?:now )?secured with end-to-end encryption|los mensajes y las llamadas están "
    r"cifrados de extremo a extremo|as mensagens e as chamadas são protegidas com a "
    r"criptografia de ponta a ponta|les messages et les appels sont chiffrés de bout en bout|"
    r"nachrichten und anrufe sind ende-zu-ende-verschlüsselt|i messaggi e le chiamate sono "
    r"crittografati end-to-end|berichten en oproepen worden end-to-end versleuteld)",
    re.IGNORECASE,
)

_SYSTEM_EVENTS: list[tuple[str, re.Pattern[str]]] = [
    (event, re.compile(pattern, re.IGNORECASE))
    for event, pattern in (
        (
            "e2e_encrypted",
            r"end-to-end|ende-zu-ende|de bout en bout|de extremo a extremo|ponto a ponto|"
            r"de ponta a ponta|наскрізним шифруванням|сквозным шифрованием|uçtan uca|"
            r"بين الطرفين|سرتاسری|đầu cuối|ตั้งแต่ต้นทางถึงปลายทาง|エンドツーエンド|종단간|"
            r"端到端|端對端|एंड-टू-एंड|szyfrowane end-to-end|secara end-to-end",
        ),
        (
            "security_code_changed",
            r"security code|sicherheitsnummer|code de sécurité|código de seguridad|"
            r"codice di sicurezza|código de segurança|код безпеки|код безопасности",
        ),
        (
            "group_created",
            r"created group|created this group|gruppe .*erstellt|a créé le groupe|creó el grupo|"
            r"ha creato il gruppo|criou o grupo|створив групу|создал\(а\) группу|"
            r"grubunu oluşturdu|membuat grup|đã tạo nhóm|أنشأ المجموعة|グループを作成|"
            r"그룹을 만들었습니다|创建了群组|heeft groep .* aangemaakt|utworzył\(a\) grupę",
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


def _violations(dates: list[tuple[int, int, int]]) -> int:
    return sum(1 for a, b in pairwise(dates) if b < a)


# One date as written: (era before, first, separator, second, third, era after), all still
# text, in the order of the groups in the header patterns so one `group(...)` call gives it.
RawDate = tuple[str | None, str, str, str, str, str | None]


def decide_date_order(source: str, dates: list[RawDate]) -> tuple[str, str]:
    """Work out day/month order from every date in the file, or raise AmbiguousDateOrder.

    `dates` lists the dates in file order (consecutive repeats may be dropped). Returns the
    order and, in plain words, what it was decided from: a number above 12 first, then the
    reading that keeps the messages in date order (exports run forward in time), then dots or
    dashes (only day-first settings write them with the year last). When both readings are
    equally consistent the person is asked.
    """
    if any(era or len(d1) >= 3 for era, d1, _, _, _, _ in dates):
        return "ymd", "the year comes first"
    nums = [(int(d1), int(d2), int(d3)) for _, d1, _, d2, d3, _ in dates]
    first_big = any(d1 > 12 for d1, _, _ in nums)
    second_big = any(d2 > 12 for _, d2, _ in nums)
    if first_big and second_big:
        raise fail(source, None, "the dates in this chat are not written in one order.")
    if first_big:
        return "dmy", "a date has a first number above 12"
    if second_big:
        return "mdy", "a date has a second number above 12"
    if all(d1 == d2 for d1, d2, _ in nums):
        return "dmy", "every date reads the same either way"
    dmy_bad = _violations([(y, m, d) for d, m, y in nums])
    mdy_bad = _violations([(y, m, d) for m, d, y in nums])
    if dmy_bad < mdy_bad:
        return "dmy", (
            "only day first keeps the messages in date order"
            if dmy_bad == 0
            else "day first keeps more of the messages in date order"
        )
    if mdy_bad < dmy_bad:
        return "mdy", (
            "only month first keeps the messages in date order"
            if mdy_bad == 0
            else "month first keeps more of the messages in date order"
        )
    if any(sep[0] in ".-" for _, _, sep, _, _, _ in dates):
        return "dmy", "the dates use dots or dashes, which only day-first settings use"
    raise AmbiguousDateOrder(
        f"{source}: the dates in this chat could be day first or month first, and the file "
        "does not show which, so please choose the order your phone uses.",
        options=("dmy", "mdy"),
    )


def _calendar_of(year: int, digits: int, era: str | None, era_after: str | None) -> str:
    """Which calendar a written year is in: gregorian, buddhist, japanese, persian, islamic."""
    if era or (era_after and era_after in "RH"):
        return "japanese"
    after = (era_after or "").replace(".", "").upper()
    if after == "BE":
        return "buddhist"
    if after in ("AH", "هـ"):
        return "islamic"
    if after == "AP" or after.startswith("ه"):
        return "persian"
    if digits <= 2:
        if 2000 + year > datetime.now().year + 1:
            # Thai phones write Buddhist-era years; 67 there means 2567, which is 2024.
            return "buddhist"
        return "gregorian"
    if year >= 2400:
        return "buddhist"
    if year in calendars.PERSIAN_YEARS:
        return "persian"
    if year in calendars.ISLAMIC_YEARS:
        return "islamic"
    return "gregorian"


def _to_date(raw: RawDate, order: str) -> tuple[int, int, int, str]:
    """The Gregorian (year, month, day) of a date as written, and the calendar it was in."""
    era, d1, _, d2, d3, era_after = raw
    if order == "ymd":
        y, mo, d, ylen = int(d1), int(d2), int(d3), len(d1)
    elif order == "dmy":
        d, mo, y, ylen = int(d1), int(d2), int(d3), len(d3)
    else:
        mo, d, y, ylen = int(d1), int(d2), int(d3), len(d3)
    calendar = _calendar_of(y, ylen, era, era_after)
    if calendar == "japanese":
        y += calendars.JAPANESE_ERAS.get(era or era_after or "R", ("", 2018))[1]
    elif calendar == "buddhist":
        y = (2500 + y if ylen <= 2 else y) - calendars.BUDDHIST_OFFSET
    elif calendar == "gregorian" and ylen <= 2:
        y += 2000
    if calendar in ("persian", "islamic"):
        converted = calendars.convert(calendar, y, mo, d)
        return converted.year, converted.month, converted.day, calendar
    return y, mo, d, calendar


def _split_author(rest: str) -> tuple[str | None, str]:
    idx = rest.find(": ")
    if idx <= 0:
        if rest.endswith(":") and 0 < len(rest) - 1 <= 100 and '"' not in rest:
            return rest[:-1], ""
        return None, rest
    author = rest[:idx]
    if len(author) > 100 or '"' in author or "“" in author or "”" in author:
        return None, rest
    if not author.isascii():
        author = strip_bidi(author)
    return author.strip(), rest[idx + 2 :]


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
    with gc_paused():
        return _parse_text(source, text, date_order=date_order, me=me, region=region)


def _parse_text(
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
    first_char = _FIRST_CONTENT.search(text)
    if first_char is None:
        raise fail(source, None, "the file is empty, so there is nothing to import.")
    first_line_start = text.rfind("\n", 0, first_char.start()) + 1
    first_line_end = text.find("\n", first_line_start)
    first_line = text[first_line_start : first_line_end if first_line_end >= 0 else None]
    # One layout a file: the date first (almost every phone), or the time first.
    pattern = HEADER_LINES
    if not HEADER.match(first_line) and HEADER_TIME_FIRST.match(first_line):
        pattern = HEADER_LINES_TIME_FIRST
    groups = pattern.groupindex
    date_parts = tuple(groups[name] for name in _DATE_PART_NAMES)
    message_parts = tuple(groups[name] for name in _MESSAGE_PART_NAMES)
    # The whole file is scanned by one regular expression: much faster than line by line.
    found: list[re.Match[str]] = []
    for hit in pattern.finditer(text):
        found.append(hit)
        limits.check_count(source, len(found), "messages", "export a shorter stretch of it")
    if not found or found[0].start() != first_line_start:
        line = text.count("\n", 0, first_line_start) + 1
        raise fail(
            source,
            f"line {line}",
            "this does not look like a WhatsApp chat, because it does not start with a "
            "date and time.",
        )
    starts = [hit.start() for hit in found]
    # Dates as one string each; the few distinct ones are split into parts only when needed.
    date_group = groups["date"]
    dates = [hit.group(date_group) for hit in found]
    parts_of: dict[str, RawDate] = {}
    for index, key in enumerate(dates):
        if key not in parts_of:
            parts_of[key] = cast(RawDate, found[index].group(*date_parts))
    if date_order:
        order, basis = date_order, "it was chosen"
    else:
        order, basis = decide_date_order(source, [parts_of[k] for k, _ in groupby(dates)])
    export = ParsedExport(format="whatsapp", source_name=source)
    export.notes.append(f"Dates were read as {_ORDER_WORDS[order]} because {basis}.")
    if pattern is HEADER_LINES_TIME_FIRST:
        export.notes.append("Each line has the time before the date, and was read that way.")
    calendars_seen: dict[str, str] = {}
    messages = export.messages
    me_key = me.casefold() if me else None
    number_cache: dict[str, str | None] = {}
    date_cache: dict[str, tuple[int, int, int]] = {}
    periods: dict[str | None, str | None] = {None: None}
    line = 1
    previous = 0
    total = len(found)
    matches = cast(list[re.Match[str] | None], found)
    del found
    text_end = len(text)
    repeats: dict[tuple[str, str, str], int] = {}
    # Local names for what the loop uses on every message: faster than global look-ups.
    count = text.count
    marks = BIDI_MARKS
    deleted_phrases = _DELETED_EXACT
    # The tuple constructor itself, skipping NamedTuple's Python-level __new__ (and its
    # argument binding): the field order below must match ParsedMessage exactly.
    new_message = tuple.__new__
    append = messages.append
    participants: dict[str, None] = {}
    for index in range(total):
        # Each match is dropped once used, so memory holds messages, not both.
        m = matches[index]
        matches[index] = None
        if m is None:
            continue
        start, match_end = m.span()
        line += count("\n", previous, start)
        previous = start
        # Groups: stamp, pre, hour, minute, second, post, author, rest of the first line.
        raw_time, pre, hour_text, minute_text, seconds, post, author, first_body = m.group(
            *message_parts
        )
        word = post or pre
        if word not in periods:
            periods[word] = _period(word)
        period = periods[word]
        hour = int(hour_text)
        if period is not None:
            if period == "?" or hour > 12:
                raise fail(source, f"line {line}", "this line has a time Daybook could not read.")
            if period == "am" and hour == 12:
                hour = 0
            elif (period == "pm" and hour < 12) or (period == "noon" and hour < 11):
                hour += 12
        raw = dates[index]
        ymd = date_cache.get(raw)
        if ymd is None:
            try:
                *gregorian, calendar = _to_date(parts_of[raw], order)
            except ValueError:
                raise fail(
                    source, f"line {line}", "this line has a date Daybook could not read."
                ) from None
            ymd = date_cache[raw] = (gregorian[0], gregorian[1], gregorian[2])
            if ymd[0] < 1990:
                # WhatsApp began in 2009: a year this early is in a calendar Daybook does not
                # know, and guessing would put evidence on the wrong days.
                raise fail(
                    source,
                    f"line {line}",
                    f"this date is in a calendar Daybook cannot read (the year {ymd[0]}); "
                    "please export the chat again with the phone set to the Gregorian calendar.",
                )
            if calendar != "gregorian" and calendar not in calendars_seen:
                calendars_seen[calendar] = calendars.conversion_note(
                    calendar, strip_bidi(raw).strip(), date(*ymd)
                )
        try:
            when = datetime(*ymd, hour, int(minute_text), int(seconds) if seconds else 0)
        except ValueError:
            raise fail(
                source, f"line {line}", "this line has a date Daybook could not read."
            ) from None
        if not raw_time.isascii():
            raw_time = strip_bidi(raw_time).strip()
        body_end = starts[index + 1] - 1 if index + 1 < total else text_end
        more = text[match_end:body_end] if body_end > match_end else ""
        if index + 1 == total:
            # A final newline leaves empty lines that are not part of the last message.
            more = more.rstrip("\n")
        if author is None:
            author, first_body = _split_author(first_body)
        elif not author.isascii():
            author = strip_bidi(author).strip()
        body_marked = first_body[:1] in marks if first_body else False
        first_clean = (first_body if first_body.isascii() else strip_bidi(first_body)).strip()
        body = _lstrip_marks(first_body) if body_marked else first_body
        if more:
            body += more
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
            # Cheap tests first: most lines are plain text and need none of the patterns.
            ios = _IOS_ATTACHED.search(first_clean) if ">" in first_clean else None
            android = _ANDROID_ATTACHED.match(first_clean) if first_clean[-1:] == ")" else None
            short = len(first_clean) < 80
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
            elif first_clean[:1] == "<" and _ANDROID_OMITTED.match(first_clean):
                omitted = True
                event = "media"
            elif short and first_clean in deleted_phrases:
                event = "deleted"
            elif "://" in first_clean and _LOCATION.match(first_clean):
                event = "location"
            elif body_marked and (om := _omitted_kind(first_clean)):
                omitted = True
                media_kind = om
                event = "media"
            elif body_marked and first_clean.lower() in _MISSED_CALLS:
                kind = "call"
                direction = "missed"
                event = f"missed_{_MISSED_CALLS[first_clean.lower()]}_call"
            elif (body_marked and (marked := _system_event(first_clean)) != "other") or (
                index == 0 and _E2E_NOTICE.match(first_clean) and (marked := "e2e_encrypted")
            ):
                # iOS writes group events and the encryption notice as if from a member (or
                # the chat's name), marked with U+200E; the notice may also open a file
                # without the mark. Any other line with a sender is that person's message,
                # whatever its words: a marked phrase Daybook does not know (media left out,
                # a deleted message, a contact card in another language) keeps its sender.
                kind = "system"
                event = marked
                sender = ""
        if kind == "message" and me_key is not None:
            direction = "outgoing" if sender.casefold() == me_key else "incoming"
        number = number_cache.get(sender, "")
        if number == "":
            number = number_cache[sender] = normalise_number(sender, region) if sender else None
            if kind != "system" and sender:
                participants[sender] = None
        # Identical messages in the same minute are numbered so none is taken for a duplicate
        # (see model.number_repeats); sender, time and body are all that vary here.
        identity = (sender, raw_time, body)
        occurrence = repeats.get(identity, 0)
        repeats[identity] = occurrence + 1
        # Positional arguments: this runs once per message and keywords cost twice as much.
        append(
            new_message(
                ParsedMessage,
                (
                    kind,
                    "whatsapp",
                    direction,
                    sender,
                    number,
                    (),
                    when,
                    False,
                    body,
                    attachments,
                    None,
                    line,
                    f"line {line}",
                    event,
                    media_kind,
                    omitted,
                    raw_time,
                    "",
                    "",
                    "",
                    occurrence,
                ),
            )
        )
    export.participants = list(participants)
    export.notes.extend(calendars_seen.values())
    return export


def _chat_members(safe: SafeZip) -> Iterator[tuple[zipfile.ZipInfo, str]]:
    txts = [
        (info, name)
        for info, name in safe.members()
        if name is not None and name.lower().endswith(".txt")
    ]
    preferred = [
        (info, name) for info, name in txts if name == "_chat.txt" or name.startswith("WhatsApp")
    ]
    yield from preferred
    yield from (item for item in txts if item not in preferred)


def parse_zip(
    source: str,
    data: bytes | Path,
    *,
    date_order: str | None = None,
    me: str | None = None,
    region: str | None = None,
) -> ParsedExport:
    """Parse a WhatsApp export zip: the chat text, plus its media files left in the zip to be
    stored one by one."""
    safe = SafeZip(source, data, what="chat export")
    export: ParsedExport | None = None
    chat_info: zipfile.ZipInfo | None = None
    first_error: ImportFailed | None = None
    for info, chat_name in _chat_members(safe):
        if safe.readable(info) is not None:
            continue
        # Limits are refusals of the whole file: a chat too large to read adds nothing.
        raw = safe.read(info, limits.MAX_CHAT_MEMBER_BYTES)
        try:
            export = parse_chat_bytes(
                f"{source}/{chat_name}", raw, date_order=date_order, me=me, region=region
            )
        except (AmbiguousDateOrder, limits.TooLarge):
            raise
        except ImportFailed as exc:
            first_error = first_error or exc
            continue
        chat_info = info
        break
    if export is None:
        if first_error is not None:
            raise first_error
        raise fail(source, None, "this zip file does not contain a WhatsApp chat.")
    export.source_name = source
    referenced = {a: m.position for m in export.messages for a in m.attachments}
    for info, member_name in safe.members():
        if info is chat_info:
            continue
        if member_name is None:
            export.skipped.append(
                (info.filename, "this file in the zip has an unsafe name and was left out")
            )
            continue
        name = member_name
        why = safe.readable(info)
        if why is not None:
            export.skipped.append((name, why))
            continue
        media_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
        export.attachments.append(
            ParsedAttachment(
                name=name,
                media_type=media_type,
                data=b"",
                message_position=referenced.get(name),
                opener=safe.opener(info),
                size=info.file_size,
            )
        )
    return export


def check_line_lengths(source: str, data: bytes, limit: int = limits.MAX_LINE_BYTES) -> None:
    """Refuse text with a line longer than `limit` bytes, before any of it is decoded."""
    position, end = 0, len(data)
    find = data.find
    while end - position > limit:
        newline = find(b"\n", position, position + limit + 1)
        if newline < 0:
            raise limits.too_big(
                source,
                f"it has a line longer than {limits.size_words(limit)}, which no chat export "
                "writes",
            )
        position = newline + 1


def parse_chat_bytes(
    source: str,
    data: bytes,
    *,
    date_order: str | None = None,
    me: str | None = None,
    region: str | None = None,
) -> ParsedExport:
    """Decode a chat's bytes (repairing only invalid bytes) and parse it."""
    limits.check_text_size(
        source, len(data), "this chat", "export a shorter part of it, or split the file"
    )
    check_line_lengths(source, data)
    decoded = decode_report(data)
    export = parse_text(source, decoded.text, date_order=date_order, me=me, region=region)
    note = repaired_note(decoded.repaired_lines)
    if note:
        export.notes.append(note)
    return export


def parse(
    source: str,
    data: bytes | Path,
    *,
    date_order: str | None = None,
    me: str | None = None,
    region: str | None = None,
) -> ParsedExport:
    """Parse a WhatsApp export given as .txt bytes or a .zip (bytes, or its path on disk)."""
    if isinstance(data, Path) or data[:4] in (b"PK\x03\x04", b"PK\x05\x06"):
        return parse_zip(source, data, date_order=date_order, me=me, region=region)
    return parse_chat_bytes(source, data, date_order=date_order, me=me, region=region)
