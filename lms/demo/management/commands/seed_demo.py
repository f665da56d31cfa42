"""Seeds realistic Dutch demo content: sectors, one account per role, translated home pages.

Idempotent: a second run changes nothing and says so. It calls the same services as the
application, so the demo behaves exactly like real use.
"""

from dataclasses import dataclass

from django.core.management.base import BaseCommand
from django.db import transaction

from lms.accounts.models import Language, User
from lms.accounts.roles import GROUP_NAMES, Role
from lms.accounts.services import user_assign_role, user_create
from lms.demo.certificates import certificates_ensure, templates_ensure
from lms.demo.content import attempts_ensure, demo_content_ensure
from lms.demo.loader import load
from lms.demo.rollout import cohorts_ensure, sessions_ensure
from lms.home.services import homepage_translations_ensure
from lms.sectors.models import Sector, SectorMembership
from lms.sectors.services import membership_create, sector_create

DEMO_PASSWORD = "Vorming-demo-2026"  # noqa: S105 - printed on purpose: demo accounts only


@dataclass(frozen=True)
class DemoAccount:
    email: str
    first_name: str
    last_name: str
    job_role: str
    organisation: str
    role: str
    sector: str = ""
    language: str = Language.DUTCH


# (name, slug, colour) of the seven sectors; one account per role, printed at the end.
SECTORS = [(s["name"], s["slug"], s["colour"]) for s in load("sectors.json")]
ACCOUNTS = [DemoAccount(**account) for account in load("accounts.json")]


class Command(BaseCommand):
    help = "Create demo sectors, accounts (one per role) and translated home pages. Idempotent."

    def handle(self, *args, **options):
        changes: list[str] = []
        with transaction.atomic():
            sectors = self._sectors(changes)
            self._accounts(sectors, changes)
            changes += homepage_translations_ensure()
            changes += demo_content_ensure()
            # Cohorts before the demo attempts, so that each attempt records its sector.
            templates_ensure(changes)
            cohorts = cohorts_ensure(changes)
            sessions_ensure(cohorts, changes)
            attempts_ensure(changes)
            certificates_ensure(changes)

        if changes:
            self.stdout.write(
                self.style.SUCCESS(f"Demo content created or completed ({len(changes)} changes):")
            )
            for change in changes:
                self.stdout.write(f"  + {change}")
        else:
            self.stdout.write(self.style.SUCCESS("Demo content already present: nothing changed."))
        self._print_accounts(sectors)

    def _sectors(self, changes: list[str]) -> dict[str, Sector]:
        existing = {s.slug: s for s in Sector.objects.all()}
        for name, slug, colour in SECTORS:
            if slug not in existing:
                existing[slug] = sector_create(name=name, slug=slug, colour=colour)
                changes.append(f"sector {name}")
        return existing

    def _accounts(self, sectors: dict[str, Sector], changes: list[str]) -> None:
        for account in ACCOUNTS:
            user = User.objects.filter(email__iexact=account.email).first()
            if user is None:
                user = user_create(
                    email=account.email,
                    password=DEMO_PASSWORD,
                    first_name=account.first_name,
                    last_name=account.last_name,
                    preferred_language=account.language,
                    job_role=account.job_role,
                    organisation=account.organisation,
                )
                changes.append(f"account {account.email}")
            if account.role in (Role.TRAINER, Role.COORDINATOR):
                sector = sectors[account.sector]
                if not SectorMembership.objects.filter(
                    user=user, sector=sector, role=account.role
                ).exists():
                    membership_create(user=user, sector=sector, role=account.role)
                    changes.append(f"{account.role} of {sector.name}: {account.email}")
            elif (
                account.role != Role.LEARNER
                and not user.groups.filter(name=GROUP_NAMES[Role(account.role)]).exists()
            ):
                user_assign_role(user=user, role=account.role)
                changes.append(f"{account.role}: {account.email}")

    def _print_accounts(self, sectors: dict[str, Sector]) -> None:
        self.stdout.write("")
        self.stdout.write(f"Demo accounts (password for all: {DEMO_PASSWORD}):")
        for account in ACCOUNTS:
            sector = sectors[account.sector].name if account.sector else "—"
            self.stdout.write(
                f"  {Role(account.role).label:<28} {account.email:<42} sector: {sector}"
            )
