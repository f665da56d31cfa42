"""Seeds realistic Dutch demo content: sectors, one account per role, translated home pages.

Idempotent: a second run changes nothing and says so. It calls the same services as the
application, so the demo behaves exactly like real use.
"""

from dataclasses import dataclass

from django.core.management.base import BaseCommand
from django.db import transaction

from lms.accounts.models import JobRole, Language, User
from lms.accounts.roles import GROUP_NAMES, Role
from lms.accounts.services import user_assign_role, user_create
from lms.demo.certificates import certificates_ensure, templates_ensure
from lms.demo.content import attempts_ensure, demo_content_ensure
from lms.demo.rollout import cohorts_ensure, sessions_ensure
from lms.home.services import homepage_translations_ensure
from lms.sectors.models import Sector, SectorMembership
from lms.sectors.services import membership_create, sector_create

DEMO_PASSWORD = "Vorming-demo-2026"  # noqa: S105 - printed on purpose: demo accounts only

SECTORS = [
    ("Onderwijs", "onderwijs", "#1d4f91"),
    ("Welzijn", "welzijn", "#7a3e9d"),
    ("Jeugd", "jeugd", "#c2410c"),
    ("Werk", "werk", "#0f766e"),
    ("Integratie en Inburgering", "integratie-en-inburgering", "#9d174d"),
    ("Lokale besturen", "lokale-besturen", "#3f6212"),
    ("Levensbeschouwingen", "levensbeschouwingen", "#475569"),
]


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


ACCOUNTS = [
    DemoAccount(
        "beheerder@vorming.example",
        "Sofie",
        "Van Damme",
        JobRole.OTHER,
        "Vlaamse overheid – Agentschap Binnenlands Bestuur",
        Role.PLATFORM_ADMIN,
    ),
    DemoAccount(
        "redacteur@vorming.example",
        "Karim",
        "El Amrani",
        JobRole.OTHER,
        "Vlaamse overheid – contentteam",
        Role.CONTENT_EDITOR,
    ),
    DemoAccount(
        "reviewer@vorming.example",
        "Lotte",
        "Wouters",
        JobRole.OTHER,
        "Vlaamse overheid – contentteam",
        Role.CONTENT_REVIEWER,
    ),
    DemoAccount(
        "coordinator.onderwijs@vorming.example",
        "Hilde",
        "Peeters",
        JobRole.PUPIL_GUIDANCE,
        "CLB Antwerpen",
        Role.COORDINATOR,
        "onderwijs",
    ),
    DemoAccount(
        "trainer.onderwijs@vorming.example",
        "Tom",
        "Claes",
        JobRole.TEACHER,
        "Pedagogische begeleidingsdienst",
        Role.TRAINER,
        "onderwijs",
    ),
    DemoAccount(
        "coordinator.jeugd@vorming.example",
        "Nadia",
        "Bensaïd",
        JobRole.YOUTH_WORKER,
        "Jeugdwerknet Gent",
        Role.COORDINATOR,
        "jeugd",
    ),
    DemoAccount(
        "trainer.jeugd@vorming.example",
        "Pieter",
        "Maes",
        JobRole.YOUTH_WORKER,
        "Jeugdhuis De Branding, Mechelen",
        Role.TRAINER,
        "jeugd",
    ),
    DemoAccount(
        "leerkracht@vorming.example",
        "Eline",
        "Janssens",
        JobRole.TEACHER,
        "Atheneum Vilvoorde",
        Role.LEARNER,
        "onderwijs",
    ),
    DemoAccount(
        "jeugdwerker@vorming.example",
        "Youssef",
        "Achahbar",
        JobRole.YOUTH_WORKER,
        "Jeugddienst Leuven",
        Role.LEARNER,
        "jeugd",
    ),
    DemoAccount(
        "consulent@vorming.example",
        "Marie",
        "Dubois",
        JobRole.JOB_COUNSELLOR,
        "VDAB Brussel",
        Role.LEARNER,
        "werk",
        Language.FRENCH,
    ),
]


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
