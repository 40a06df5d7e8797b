"""`pii.address_indic_pin`: generated Indic-script place lists ending in a PIN code, in several
carriers, and the shapes that must stay unmasked (amounts with a unit word, one part only, a PIN
out of range, a longer number). Place words are common nouns and invented names, not data-set values."""

from __future__ import annotations

import random

import pytest

from redactor.detect.pii.address_indic_pin import IndicPinAddressDetector

RNG = random.Random(1127)
DETECTOR = IndicPinAddressDetector()

# per script: made-up place-like words (syllable strings), a district/taluk word, the label "address"
SCRIPTS = {
    "te": (["రామాపురం", "సీతానగరం", "కొత్తపల్లి", "వెంకటాపురం", "మల్లవరం"], "జిల్లా", "చిరునామా"),
    "kn": (["ಹೊಸೂರು", "ಕೆರೆಹಳ್ಳಿ", "ರಾಮನಗರ", "ಬೆಳ್ಳೂರು", "ಸಿದ್ದಾಪುರ"], "ತಾಲ್ಲೂಕು", "ವಿಳಾಸ"),
    "ml": (["പുതുപ്പള്ളി", "കരിമ്പനം", "ചെറുവത്തൂർ", "പള്ളിക്കര", "മണ്ണാർക്കാട്"], "ജില്ല", "വിലാസം"),
    "ta": (["புதூர்", "கீழப்பாளையம்", "மேலூர்", "சிறுகுடி", "பெரியகுளம்"], "மாவட்டம்", "முகவரி"),
    "hi": (["रामपुरा", "नयागांव", "सीतापुर", "बड़ागांव", "हरिनगर"], "जिला", "पता"),
}


def found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in DETECTOR.detect(text) if s.entity == "ADDRESS"]


def _pin() -> str:
    return f"{RNG.randint(1, 8)}{RNG.randint(0, 99999):05d}"


CASES = []
for code, (places, district, label) in SCRIPTS.items():
    for n_parts in (2, 3, 4):
        parts = RNG.sample(places, n_parts)
        if RNG.random() < 0.5:
            parts[-1] = f"{parts[-1]} {district}"
        sep = RNG.choice([" ", " - ", ", "])
        CASES.append((code, label, ", ".join(parts) + sep + _pin()))


@pytest.mark.parametrize(("code", "label", "address"), CASES)
@pytest.mark.parametrize("carrier", ["{label}: {a}\n", "{label} {a}, Phone +91 98765 43210", '{{"addr": "{a}"}}'])
def test_address_found(code: str, label: str, address: str, carrier: str) -> None:
    text = carrier.format(label=label, a=address)
    assert found(text) == [address], code


@pytest.mark.parametrize("code", list(SCRIPTS))
def test_not_an_address(code: str) -> None:
    places = SCRIPTS[code][0]
    unit = {"te": "రూపాయలు", "kn": "ರೂಪಾಯಿ", "ml": "രൂപ", "ta": "ரூபாய்", "hi": "रुपये"}[code]
    texts = [
        f"{places[0]}, {places[1]} {_pin()} {unit}",  # an amount with its currency word
        f"{places[0]} {_pin()}",  # one part only
        f"{places[0]}, {places[1]} 912345",  # PIN first digit 9
        f"{places[0]}, {places[1]} 0{_pin()}",  # seven digits
        f"{places[0]}, {places[1]} {_pin()}.5",  # a decimal
    ]
    for text in texts:
        assert found(text) == [], text
