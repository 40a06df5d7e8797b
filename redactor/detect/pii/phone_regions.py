"""More signs of where a text was written, for `phone_vocab.regions_near`: postcodes, country
calling codes of other numbers in the text, currencies.

Each sign names regions as libphonenumber spells them (ISO 3166 alpha-2). `marked_regions` reads
signs that name one country (a postcode format used nowhere else, a ``+CC`` number whose code
libphonenumber maps to its regions); `currency_regions` reads currency symbols and ISO 4217 codes
of one country, a weaker sign (prices are quoted in foreign currencies), kept out of the
``strong`` answer.
"""

from __future__ import annotations

import re

import phonenumbers

__all__ = ["currency_regions", "marked_regions"]

_US_STATES = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH"
    "|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY"
)
_EU_PREFIXES = "AT|BE|BG|CH|CY|CZ|DE|DK|EE|ES|FI|FR|GR|HR|HU|IE|IS|IT|LI|LT|LU|LV|MT|NL|NO|PL|PT|RO|SE|SI|SK"
_POSTCODE = re.compile(
    r"(?=[A-Z\u3012])(?:(?<![\w-])|(?<=\u3012))(?:"
    # United Kingdom: outward code, space, inward code (SW1A 1AA, SY23 2AZ, M1 1AE)
    r"(?P<GB>[A-Z]{1,2}\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2})"
    # Ireland: Eircode routing key and unique identifier with a letter (D02 X285, H91 E2W6)
    r"|(?P<IE>(?:[AC-FHKNPRTV-Y]\d{2}|D6W) (?=[0-9AC-FHKNPRTV-Y]{0,3}[AC-FHKNPRTV-Y])[0-9AC-FHKNPRTV-Y]{4})"
    # Canada: A1A 1A1
    r"|(?P<CA>[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] \d[ABCEGHJ-NPRSTV-Z]\d)"
    # United States: state and ZIP (CA 94103, NY 10001-1234); Australia: state and postcode (NSW 2000)
    r"|(?P<US>(?:" + _US_STATES + r"),? \d{5}(?:-\d{4})?)"
    r"|(?P<AU>(?:NSW|VIC|QLD|TAS|ACT|WA|SA|NT) [0-9]\d{3})"
    # European country-prefixed postcodes (LV-1001; D-10115 is not ISO: DE- only)
    r"|(?P<EU>(?:" + _EU_PREFIXES + r")-\d{4,5})"
    # Japan 〒123-4567, Brazil CEP 12345-678, India PIN 560001
    r"|(?P<JP>\u3012 ?\d{3}-\d{4})"
    r"|(?P<BR>CEP:? ?\d{5}-\d{3})"
    r"|(?P<IN>PIN(?: [Cc]ode)?:? ?[1-9]\d{5})"
    r")(?![\w-])"
)
"""Postcode formats that name one country; the group's name is the region (``EU``: the code's
first two letters). One pattern, opening with a lookahead for its first character, so that ``re``
skips everything but capitals fast."""

_PLUS_CC = re.compile(r"(?<![\w+])\+(\d{1,3})(?=[ .\-]?\(?\d[\d \-.()]{5,}\d)")
"""A ``+`` followed by a country code and at least seven more digit-ish characters."""

_CURRENCIES: dict[str, tuple[str, ...]] = {
    "\u20a6": ("NG",), "NGN": ("NG",), "\u20b1": ("PH",), "\u20b9": ("IN",), "INR": ("IN",),
    "\u20ba": ("TR",), "TRY": ("TR",), "\u20ab": ("VN",), "VND": ("VN",), "\u20a9": ("KR",), "KRW": ("KR",),
    "\u20b4": ("UA",), "UAH": ("UA",), "\u20bd": ("RU",), "RUB": ("RU",), "\u20aa": ("IL",), "ILS": ("IL",),
    "\u0e3f": ("TH",), "THB": ("TH",), "\u20b8": ("KZ",), "KZT": ("KZ",), "\u20be": ("GE",), "GEL": ("GE",),
    "\u09f3": ("BD",), "BDT": ("BD",), "KSh": ("KE",), "KES": ("KE",), "TSh": ("TZ",), "TZS": ("TZ",),
    "USh": ("UG",), "UGX": ("UG",), "GH\u20b5": ("GH",), "GHS": ("GH",), "ZAR": ("ZA", "NA"),
    "R$": ("BR",), "BRL": ("BR",), "z\u0142": ("PL",), "PLN": ("PL",), "K\u010d": ("CZ",), "CZK": ("CZ",),
    "HUF": ("HU",), "RON": ("RO", "MD"), "MXN": ("MX",), "ARS": ("AR",), "COP": ("CO",), "CLP": ("CL",),
    "PEN": ("PE",), "EGP": ("EG",), "AED": ("AE",), "SAR": ("SA",), "PKR": ("PK",), "LKR": ("LK",),
    "NPR": ("NP",), "IDR": ("ID",), "MYR": ("MY",), "RM": ("MY",), "SGD": ("SG",), "NZD": ("NZ",),
    "AUD": ("AU",), "CAD": ("CA",), "GBP": ("GB",), "\u00a3": ("GB",), "SEK": ("SE",), "NOK": ("NO",),
    "DKK": ("DK",), "CHF": ("CH",), "JPY": ("JP",), "CNY": ("CN",), "RMB": ("CN",), "HKD": ("HK",),
    "TWD": ("TW",), "NT$": ("TW",), "AZN": ("AZ",), "\u20bc": ("AZ",), "UZS": ("UZ",), "ETB": ("ET",),
}  # fmt: skip
"""Currency symbols and ISO 4217 codes used by one country (or a few): ₦ NGN, ₱, ₹, KSh..."""
_CURRENCY = re.compile(
    "(?=[" + "".join(sorted({re.escape(c[0]) for c in _CURRENCIES})) + "])"
    r"(?<![A-Za-z])(" + "|".join(sorted(map(re.escape, _CURRENCIES), key=len, reverse=True)) + r")(?![A-Za-z])"
)


def marked_regions(window: str) -> list[str]:
    """Regions named by postcodes and by the country codes of ``+CC`` numbers in `window`."""
    out: list[str] = []
    for m in _POSTCODE.finditer(window):
        region = m.lastgroup or ""
        out.append(m.group()[:2] if region == "EU" else region)
    if "+" in window:
        for m in _PLUS_CC.finditer(window):
            out.extend(_calling_code_regions(m.group(1)))
    return out


def _calling_code_regions(digits: str) -> tuple[str, ...]:
    """The regions of the country code that starts `digits` (country codes are prefix-free)."""
    for size in (1, 2, 3):
        regions = phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(int(digits[:size])) if len(digits) >= size else None
        if regions:
            return tuple(r for r in regions if r != "001")
    return ()


def currency_regions(window: str) -> list[str]:
    """Regions whose currency `window` quotes (symbols and ISO codes of one or a few countries)."""
    return [r for m in _CURRENCY.finditer(window) for r in _CURRENCIES[m.group(1)]]
