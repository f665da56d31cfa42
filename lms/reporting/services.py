"""Writes of the reporting app: the audit log of exports, nothing else."""

from typing import Any

from django.contrib.auth.models import AnonymousUser
from django.db import transaction

from lms.accounts.models import User

from .models import ExportLog


def export_log_create(
    *,
    user: User | AnonymousUser,
    kind: str,
    report: str,
    filters: dict[str, Any],  # JSON: the report's selection as plain values
    row_count: int,
) -> ExportLog:
    """Record who exported which selection, before the file is sent."""
    with transaction.atomic():
        return ExportLog.objects.create(
            user=user if user.is_authenticated else None,
            kind=kind,
            report=report,
            filters=filters,
            row_count=row_count,
        )
