"""What the privacy export and erasure do with the reports' audit log
(lms/accounts/privacy_registry.py)."""

from lms.accounts.privacy_registry import REFERENCES, Erase, Rule, rules_register


def register() -> None:
    rules_register(
        Rule(
            "reporting.ExportLog",
            "user",
            REFERENCES,
            Erase.KEEP,
            "Audit log of report exports: stays linked to the anonymised account id.",
        ),
    )
