"""Erasure of a user's personal data by a platform administrator.

One transaction runs every app's cleaners (places that copy a name or email without a foreign
key: enrolment import reports and files, Wagtail log entries, queued task arguments, django-axes
logs, sessions, admin form drafts about the account), then applies every registered rule
(delete, keep linked to the anonymised account, set null, unlink), each after the erasure steps
its app registered for it, and anonymises the account itself. Rows that figures count
(enrolments, progress, attempts, past registrations, attendance, certificates) stay, so every
aggregate is the same before and after. Stored files with the name (certificate PDFs and cohort
archives, an import file, the avatar) are deleted after commit. What each app does is in its
``privacy.py`` (lms/accounts/privacy_registry.py). See
docs/decisions/0010-erasure-and-certificates.md.
"""

import re
import secrets

from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from lms.accounts.models import ErasureRecord, User
from lms.accounts.privacy_registry import (
    Erase,
    ErasureJob,
    Rule,
    erasure_cleaners,
    erasure_steps,
    registered_rules,
)

ERASED_EMAIL_RE = re.compile(r"^removed-[0-9a-f]{16}@invalid$")


class ErasureError(Exception):
    """The erasure cannot be done; the message is shown as it is."""


def is_erased(user) -> bool:
    return bool(ERASED_EMAIL_RE.match(user.email or ""))


def removed_account_text() -> str:
    """The neutral text that replaces a name, in the platform's default language (it is stored,
    and shown to anyone who verifies a certificate)."""
    with translation.override(settings.LANGUAGE_CODE):
        return _("Removed account")


def _needles(user) -> list[str]:
    """The strings that identify the user in free text: the email and the full name."""
    return [n for n in (user.email, user.get_full_name()) if n and len(n) >= 3]


def _apply_rule(rule: Rule, job: ErasureJob) -> int:
    model = rule.model_class()
    user = job.user
    if rule.erase == Erase.UNLINK:
        field = model._meta.get_field(rule.field)
        through = field.remote_field.through
        deleted, _counts = through._base_manager.filter(
            **{field.m2m_reverse_field_name(): user}
        ).delete()
        return deleted
    queryset = model._base_manager.filter(**{rule.field: user})
    if rule.erase == Erase.DELETE:
        _deleted, counts = queryset.delete()
        return counts.get(model._meta.label, 0)
    if rule.erase == Erase.SET_NULL:
        return queryset.update(**{rule.field: None})
    return queryset.count()  # KEEP: the rows stay, linked to the anonymised account


# --- the service ---------------------------------------------------------------------------


def erasure_preview(*, user) -> list[dict]:
    """What ``user_erase`` would do, rule by rule, with the number of rows concerned."""
    rows = []
    for rule in registered_rules():
        model = rule.model_class()
        count = model._base_manager.filter(**{rule.field: user}).count()
        rows.append(
            {
                "rule": rule,
                "record": model._meta.verbose_name_plural,
                "count": count,
                "action": ERASE_LABELS[rule.erase],
            }
        )
    return rows


ERASE_LABELS = {
    Erase.DELETE: gettext_lazy("deleted"),
    Erase.KEEP: gettext_lazy("kept for the figures, linked to the anonymised account"),
    Erase.SET_NULL: gettext_lazy("kept, without the reference to the account"),
    Erase.UNLINK: gettext_lazy("the account is removed from the list"),
}


def user_erase(*, user: User, erased_by: User, now=None) -> ErasureRecord:
    """Remove or anonymise the personal data of ``user`` everywhere; returns the record."""
    now = now or timezone.now()
    if erased_by is not None and user.pk == erased_by.pk:
        raise ErasureError(_("You cannot erase your own account."))
    files: list = []
    with transaction.atomic():
        user = User.objects.select_for_update().get(pk=user.pk)
        if is_erased(user):
            raise ErasureError(_("This account has already been erased."))
        job = ErasureJob(
            user=user,
            needles=_needles(user),
            replacement=removed_account_text(),
            now=now,
            files=files,
        )
        for cleaner in erasure_cleaners():
            cleaner.clean(job)
        for rule in registered_rules():
            for step in erasure_steps(rule.key):
                step(job)
            job.count(f"{rule.model}.{rule.field}", _apply_rule(rule, job))

        user.email = f"removed-{secrets.token_hex(8)}@invalid"
        user.first_name = ""
        user.last_name = ""
        user.organisation = ""
        # Job role, region, language and date joined stay: anonymous figures are broken down
        # by them, and without name, email or organisation they no longer identify anyone.
        user.set_unusable_password()
        user.is_active = False
        user.is_staff = False
        user.is_superuser = False
        user.last_login = None
        user.save()
        user.groups.clear()
        user.user_permissions.clear()

        record = ErasureRecord.objects.create(
            subject_id=user.pk, erased_by=erased_by, erased_at=now, summary=job.summary
        )

        def delete_files():
            # Storage is not transactional: files go once the erasure is committed.
            for storage, name in files:
                storage.delete(name)

        transaction.on_commit(delete_files)
    return record
