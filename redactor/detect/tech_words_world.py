# ruff: noqa: RUF001  -- words of many scripts (Turkish dotless i, Cyrillic) are the point here.
"""Nouns of software, operations and commerce in the languages the transcripts are written in.

`ner_filter.technical_sentence` reads a sentence as being about things when it holds one of
these words (beside English ones of its own list). Agent transcripts name vendors and systems in
every language the team writes in (``the Kargo web servisi``, ``la pasarela de pagos``, ``die
Schnittstelle zum ERP``), and the NER model calls an unknown capitalised word there a person.

Written from the ordinary vocabulary of each language (the words a product manual, a config
comment or an IT ticket uses), one line per language, lower case, inflected forms that differ
from the base (plural, the Turkish and Finnish possessive/case endings of common nouns) listed
as such. None is a given or family name of the lexicons (checked by the tests). Person nouns are
left out on purpose (``usuario``, ``cliente``, ``kunde``): a sentence about a user is personal.
"""

from __future__ import annotations

from redactor.detect.pii._vocab import words

TECH_WORDS_WORLD: frozenset[str] = words("""
    servicio servicios interfaz integración integracion pasarela plataforma servidor servidores
    contraseña contrasena clave claves credenciales cuenta entorno producción produccion pruebas
    despliegue configuración configuracion factura facturas pedido pedidos almacén inventario
    serviço serviços integração integracao plataforma senha senhas chave chaves credenciais conta
    ambiente produção producao homologação implantação configuração pedidos estoque
    servizio servizi integrazione piattaforma chiave chiavi credenziali ambiente produzione
    configurazione fattura fatture ordine ordini magazzino
    plateforme intégration serveur serveurs clé clés cle jetons identifiants
    compte environnement déploiement deploiement facture factures commande commandes entrepôt
    dienst dienste schnittstelle schnittstellen anbindung plattform passwort passwörter schlüssel
    zugangsdaten konto umgebung produktion bereitstellung konfiguration rechnung rechnungen
    bestellung bestellungen warenwirtschaft
    koppeling omgeving wachtwoord sleutel inloggegevens productie leverancier factuur bestelling
    tjänst tjänsten gränssnitt lösenord nyckel nyckeln inloggning miljö driftsättning faktura
    tjeneste tjenesten grensesnitt passord nøkkel nøkkelen miljø
    palvelu palvelun rajapinta rajapinnan salasana avain avaimen ympäristö tuotanto lasku
    usługa usługi integracja hasło klucz klucza konto środowisko produkcja wdrożenie zamówienie
    služba rozhraní heslo klíč prostředí objednávka
    szolgáltatás felület jelszó kulcs környezet számla
    serviciu parola parolă cheie cheia mediu producție factură comandă
    servis servisi servisler arayüz entegrasyon platformu sunucu sunucusu şifre sifre parolası anahtar
    anahtarı hesap hesabı ortam ortamı üretim fatura faturası sipariş siparişi depo
    hizmet hizmeti huduma mfumo nenosiri ufunguo seva
    layanan antarmuka integrasi kunci akun lingkungan produksi pesanan gudang
    сервис сервиса интеграция платформа сервер пароль ключ токен учётная учетная среда продакшн
    счёт счет заказ склад
    сервіс інтеграція платформа пароль ключ середовище рахунок замовлення
""")
"""Non-English nouns of software, operations and commerce (lower case)."""
