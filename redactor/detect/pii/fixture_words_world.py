"""Words that make a name a fixture's in other languages (``Testni Uporabnik``, ``Usuario Prueba``).

`fixtures._FIXTURE_WORDS` holds the English ones (``Test User``, ``Demo Customer``); a person
value holding one of these is a strong stand-in, and a text whose every personal value is a
stand-in is a fixture (`fixtures.fixture_text`). These are the same words in the languages the
development sets and agent sessions write in: *test*, *example/sample*, *dummy/fictitious*,
*user*, and the German-speaking world's placeholder people
(``Max Mustermann``, ``Erika Musterfrau``, ``Hans Muster``). Words that are also someone's given
or family name in the shipped lexicons are left out (the test in ``tests/test_fixture_words_world.py``
checks it), so a real ``Prova`` or ``Muster`` is not taken for a fixture.
"""

# ruff: noqa: RUF001  # the Turkish dotless i

from __future__ import annotations

from redactor.detect.pii._vocab import words

FIXTURE_WORDS_WORLD: frozenset[str] = words(
    """
    testbenutzer testnutzer testkunde testperson beispiel beispielkunde beispielnutzer mustermann
    musterfrau musterkunde musternutzer musterbenutzer benutzer nutzer
    testgebruiker gebruiker voorbeeld voorbeeldklant proefpersoon
    utilisateur exemple fictif fictive essai
    usuario usuaria ejemplo prueba ficticio ficticia
    utilizador usuário exemplo teste fictício fictícia
    utente esempio prova fittizio fittizia
    utilizator exemplu fictiv
    testni testna testno uporabnik uporabnica primer korisnik korisnica primjer
    testowy testowa przykładowy przykładowa użytkownik użytkowniczka
    testovací testovaci uživatel uzivatel vzorový používateľ pouzivatel
    teszt felhasználó példa
    testi käyttäjä esimerkki
    testbruker bruker eksempel testbruger bruger testanvändare användare exempel
    deneme örnek kullanıcı kullanici
    pengguna contoh penguji
    halimbawa
    тестовый тестовая тест пользователь пример
    тестовий тестова користувач приклад
    тестов потребител
    δοκιμαστικός χρήστης παράδειγμα
    """
)
"""Fixture words of other languages, lower case (name-lexicon words removed). The words for
*customer* (``Kunde``, ``Cliente``) are left out: a label read into a real name must not make it
a stand-in."""
