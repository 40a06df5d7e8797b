"""Warm a detection engine up before worker processes are forked from it.

A new engine pays one-time costs in its first texts: tables the detectors build on first use,
RE2 automata that grow state by state as bytes are seen, the NER model's first batches. With
`redactor run --workers N` forked from one warmed process (`redactor.forking`), these costs are
paid once, in the parent, and the pages they fill are shared copy-on-write by every worker,
instead of being paid again in each worker's first batches.

The texts below are synthetic and generic: the shapes a Copilot usage stream carries (chat
prose, code, configuration, logs, tool output, several languages), with documentation values
only (``example.com`` addresses, 555 numbers, documentation IP ranges, published test card
numbers, placeholder keys). They are not tuned to any benchmark or corpus: the point is to
reach every detector's lazily built tables, not to predict the input. Warming up changes no
result: detection is a function of the text (tests/test_warm_fork.py compares a warmed engine
with a fresh one).
"""

# ruff: noqa: RUF001 - the texts are in other scripts on purpose (Cyrillic, CJK punctuation, dotless i)

from __future__ import annotations

from collections.abc import Sequence

from redactor.detect.engine import DetectionEngine

WARMUP_TEXTS: tuple[str, ...] = (
    # chat prose in English: names, contacts, an address, a date of birth
    "Hi, this is Jane Doe from the billing team. Please call me at (555) 010-4477 or write to "
    "jane.doe@example.com. My manager, Mr. John Smith, lives at 42 Example Street, Springfield, "
    "IL 62704, USA. Date of birth: 1984-03-12.",
    "Please add Alex Example (alex.example@example.org, +1 415 555 0199) as the escalation "
    "contact in docs/oncall.md and open a PR. Thanks, Maria",
    "You are a coding agent running in the Copilot CLI on Linux. The workspace is "
    "/home/jdoe/src/payments-api; the repository is example-org/payments-api.\n"
    "Commits are authored as Jane Doe <jane@example.net> on behalf of @jdoe-example.",
    # code with credentials-shaped placeholders and identifiers
    'import os\n\nAPI_KEY = "EXAMPLEKEY0123456789abcdefEXAMPLE"\ndb_password = "correct-horse-battery"\n'
    "def connect(host: str = '192.0.2.10', port: int = 5432) -> None:\n"
    '    url = f"postgresql://app:{db_password}@{host}:{port}/orders"\n'
    "    token = os.environ['GITHUB_TOKEN']  # never print it\n",
    "const config = {\n  apiKey: 'sk_test_EXAMPLE00000000000000000000',\n  endpoint: "
    "'https://api.example.com/v1/users?id=1234&email=test%40example.com',\n  "
    "authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.c2lnbmF0dXJl',\n};\n",
    "apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-credentials\nstringData:\n"
    "  username: admin\n  password: Tr0ub4dor&3\n  aws_access_key_id: AKIAIOSFODNN7EXAMPLE\n"
    "  aws_secret_access_key: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n",
    '{"user": {"name": "Jane Doe", "email": "jane.doe@example.com", "phone": "+44 20 7946 0958", '
    '"iban": "GB82 WEST 1234 5698 7654 32", "card": "4111 1111 1111 1111", "ssn": "078-05-1120", '
    '"address": {"street": "1 Example Road", "city": "London", "postcode": "SW1A 1AA"}}}',
    # logs, stack traces and tool output
    "2026-01-15T10:22:31.412Z INFO  request_id=3f2b9c1e-8d4a-4f6b-9a7e-1c2d3e4f5a6b "
    "client=203.0.113.45 user=jdoe path=/api/v2/orders status=200 duration_ms=37\n"
    "2026-01-15T10:22:32.007Z ERROR failed login for admin@example.com from 198.51.100.7 "
    "(fe80::1ff:fe23:4567:890a)",
    'Traceback (most recent call last):\n  File "/home/jdoe/project/app/main.py", line 42, in '
    "<module>\n    main()\nValueError: invalid literal for int() with base 10: 'abc'\n"
    "C:\\Users\\jdoe\\source\\repos\\app\\src\\handler.py",
    "$ git log -1\ncommit 9fceb02d0ae598e95dc970b74767f19372d61af8\nAuthor: Jane Doe "
    "<jane@example.com>\nDate:   Mon Jan 12 09:14:03 2026 +0100\n\n    Fix retry loop\n"
    "diff --git a/app.py b/app.py\n-    retries = 3\n+    retries = 5\n",
    "| id | name | email | phone |\n|---|---|---|---|\n| 1 | Ana Example | ana@example.com | "
    "555-0100 |\n| 2 | Li Wei | li.wei@example.cn | 555-0101 |\nssh-ed25519 "
    "AAAAC3NzaC1lZDI1NTE5AAAAIExampleExampleExampleExampleExample jdoe@laptop",
    # other languages: salutations, addresses, phone numbers, credentials nouns
    "Hallo Frau Müller, bitte rufen Sie mich unter 030 12345678 an. Meine Adresse: "
    "Musterstraße 12, 10115 Berlin. Das Passwort für den Server lautet: geheim123. Viele Grüße, "
    "Jürgen Schmidt",
    "Bonjour Madame Dupont, voici mon numéro : 01 23 45 67 89 et mon adresse : 12 rue de "
    "l'Exemple, 75001 Paris. Cordialement, Pierre Martin",
    "Hola, soy María García. Mi teléfono es +34 912 345 678 y vivo en Calle Ejemplo 5, 28001 "
    "Madrid. Olá, meu nome é João Silva, CPF 123.456.789-09, moro na Rua Exemplo, 100, São Paulo.",
    "Ciao, sono Giulia Rossi, via Esempio 3, 00100 Roma. Dzień dobry, nazywam się Anna Kowalska, "
    "tel. 22 123 45 67. Hallo, ik ben Jan de Vries uit Amsterdam.",
    "Здравствуйте, меня зовут Иван Петров, мой телефон +7 495 123-45-67, адрес: ул. Примерная, "
    "д. 1, Москва. Пароль: пример123",
    "こんにちは、山田太郎と申します。電話番号は03-1234-5678です。住所は東京都千代田区1-1です。"
    "你好，我叫王伟，电话 138 0013 8000，住在北京市朝阳区。안녕하세요, 김민준입니다. 010-1234-5678",
    "مرحبا، اسمي أحمد علي ورقم هاتفي ‎+971 50 123 4567. नमस्ते, मेरा नाम राहुल शर्मा है। "
    "Merhaba, ben Ayşe Yılmaz. Xin chào, tôi là Nguyễn Văn An.",
    # a wallet recovery phrase (the published BIP-39 test vector): reaches the word lists
    "Restore the test wallet from its seed phrase: abandon abandon abandon abandon abandon "
    "abandon abandon abandon abandon abandon abandon about",
)
"""Synthetic texts covering the shapes the detectors look for (documentation values only)."""


def warm_up(engine: DetectionEngine, texts: Sequence[str] = WARMUP_TEXTS) -> int:
    """Run `engine` over `texts` once, in small batches, and return the characters read.

    Results are discarded. Switch the engine's cache off first (`cache_size=0`) if the warmed
    engine is to be shared: the warm-up texts need not be remembered.
    """
    for i in range(0, len(texts), 4):
        engine.analyze(list(texts[i : i + 4]))
    return sum(len(t) for t in texts)

