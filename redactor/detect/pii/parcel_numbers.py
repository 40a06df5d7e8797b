"""Parcel tracking numbers: the number of a shipment, never a phone number or a street address.

Shop, courier and order texts of every language carry a consignment's tracking number right after
its label (``Nomor resi JNE 0123456789012``, ``tracking 1Z 999 AA1 01 2345 6784``,
``Sendungsnummer: 00340434161234567890``, ``código de rastreio: ...``). Its digit runs look like a
phone number to the phone detectors and its digit-letter groups like a house number and a street
to the address detector; a carrier's number names a parcel, not a person (session 14).

`parcel_number` says it of a candidate when

- a tracking label of one of ~20 languages (`_LABELS`) ends right before it on the same line,
  optionally followed by carrier names written with a capital (``JNE``, ``DHL Express``,
  ``PostNL``) and a ``:``/``#``/``-``; or
- the candidate is a UPS tracking number (``1Z`` and sixteen letters and digits, spaced or not)
  whatever precedes it.

A phone number written right after the label is not a tracking number: the label names the value.
Labels that also name a person's number (``order``, ``customer``) are not listed.
"""

from __future__ import annotations

import re

_LABELS = (
    # English
    r"tracking(?:[ \t_-]*(?:number|no\.?|nr\.?|num|#|id|code|ref))?|waybill(?:[ \t]*(?:number|no\.?))?"
    r"|air[ \t]*way[ \t]*bill(?:[ \t]*(?:number|no\.?))?|awb(?:[ \t]*(?:number|no\.?))?"
    r"|consignment(?:[ \t]*(?:number|no\.?|note))?|parcel[ \t]+(?:number|no\.?|id)|shipment[ \t]+(?:number|no\.?|id)"
    # Indonesian, Malay
    r"|(?:nomor|nomer|no\.?)[ \t]*resi|resi|nomor[ \t]+pelacakan|nombor[ \t]+penjejakan"
    # German
    r"|sendungsnummer|paketnummer|trackingnummer|tracking-nummer|sendungsverfolgung(?:snummer)?"
    # French
    r"|num[ée]ro[ \t]+de[ \t]+(?:suivi|colis)|n[°º][ \t]*de[ \t]+suivi|suivi[ \t]+(?:du[ \t]+)?colis"
    r"|lettre[ \t]+de[ \t]+voiture"
    # Spanish, Portuguese, Italian
    r"|n[úu]mero[ \t]+de[ \t]+(?:seguimiento|gu[íi]a|rastreamento|rastreio|env[íi]o)|n[ºo°][ \t]*de[ \t]+seguimiento"
    r"|c[óo]digo[ \t]+de[ \t]+(?:seguimiento|rastreio|rastreamento)|rastreio"
    r"|(?:numero|codice)[ \t]+di[ \t]+(?:tracciamento|tracking|spedizione)|lettera[ \t]+di[ \t]+vettura"
    # Dutch, Nordic, Polish, Czech, Turkish
    r"|track[ \t]*(?:&|and|en)[ \t]*trace(?:[ \t-]*code)?|zendingnummer|pakketnummer|kollinummer|sändningsnummer"
    r"|sporingsnummer|forsendelsesnummer|seurantakoodi|numer[ \t]+(?:przesyłki|listu[ \t]+przewozowego)"
    r"|číslo[ \t]+zásilky|takip[ \t]+(?:numaras\u0131|no\.?|kodu)|gönderi[ \t]+(?:numaras\u0131|no\.?)"
    # Vietnamese, Russian, Ukrainian, Arabic, Persian
    r"|mã[ \t]+vận[ \t]+đơn|mã[ \t]+theo[ \t]+dõi|трек[ \t-]*номер"
    r"|номер[ \t]+(?:отслеживания|відстеження|посылки|накладной)"
    r"|رقم[ \t]+(?:التتبع|الشحنة|البوليصة)|کد[ \t]+رهگیری"
    # Japanese, Chinese, Korean, Thai
    r"|追跡番号|お問い合わせ番号|問い合わせ番号|伝票番号|快递单号|运单号|物流单号|追踪号|運單號"
    r"|송장[ \t]*번호|운송장[ \t]*번호"
    r"|เลข(?:พัสดุ|ติดตาม)"
)

_LABEL_BEFORE = re.compile(
    r"(?<!\w)(?i:" + _LABELS + r")"
    r"(?:[ \t]*(?:[:#\uff1a\u2013-]|(?<![\w&.-])[A-Z][\w&.-]{0,14})){0,4}"  # separators, carriers: JNE, DHL Express
    r"[ \t]*[`\"'(]?[ \t]*$"
)
"""A tracking label, carriers and a separator that end where the candidate starts."""

_UPS = re.compile(r"1Z(?:[ \t]?[0-9A-Z]){16}")
"""A UPS tracking number: ``1Z``, a six-character shipper account, a two-digit service code and an
eight-digit package number with its check digit, printed whole or in groups."""


def parcel_number(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` is a parcel tracking number (see the module docs)."""
    if _UPS.fullmatch(text, start, end) is not None:
        return True
    line_start = max(text.rfind("\n", 0, start) + 1, start - 64)
    return _LABEL_BEFORE.search(text, line_start, start) is not None
