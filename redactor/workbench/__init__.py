"""The privacy officer's workbench: policy diff, canary gates, reports and subject access.

Modules:

* `diff`: run two policies over the same raw records and say what changes (`policy diff`);
* `canary` (with `canary_values`, `carriers`, `fp_sample`): plant synthetic secrets and
  personal data in every field kind of a Copilot record and check none survives (`policy test`);
* `stats`: per-record finding counts by entity type and field kind, for the report;
* `report` and `report_html`: the self-contained HTML report and its JSON twin;
* `subject`: what is stored about one data subject (`subject export`, `subject list`).

Nothing here prints or persists a detected value unless an officer asks for it explicitly
(`--show-values` on the diff, or a subject access export, which is logged in the ledger).
"""
