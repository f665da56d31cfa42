"""The one sector-scoping rule (lms/sectors/permissions.py): the queryset filter and the instance
check give the same answer for every role, for a model with a direct sector field and one that
reaches its sector through a path; and no other module filters on sectors by itself."""

import datetime
import re
from pathlib import Path

import pytest
from django.contrib.auth.models import AnonymousUser, Group
from django.utils import timezone

from assessments.models import Quiz
from lms.accounts.roles import GROUP_NAMES, Role
from lms.accounts.services import user_assign_role
from lms.cohorts.models import Cohort, CohortQuerySet
from lms.scheduling.models import TrainingSession, TrainingSessionQuerySet
from lms.sectors.permissions import SectorScope
from lms.sectors.viewsets import SectorScopedPermissionPolicy
from tests.factories import SectorMembershipFactory, UserFactory, course_tree

pytestmark = pytest.mark.django_db

ROLES = (
    "anonymous",
    "inactive",
    "learner",
    "trainer",
    "other_trainer",
    "coordinator",
    "editor",
    "admin",
    "inactive_admin",
    "admin_group_only",
)


@pytest.fixture
def world(sector, other_sector):
    course, _lessons = course_tree(modules=0, title="Signalen herkennen")
    start = timezone.now() + datetime.timedelta(days=7)
    cohorts, sessions = {}, {}
    for key, owner in (("A", sector), ("B", other_sector)):
        cohorts[key] = Cohort.objects.create(
            sector=owner, course=course, name=f"Groep {key}", starts_on=datetime.date(2026, 9, 1)
        )
        sessions[key] = TrainingSession.objects.create(
            cohort=cohorts[key],
            title=f"Sessie {key}",
            location="Zaal De Ploeg, Kortrijksesteenweg 1, 9000 Gent",
            capacity=20,
            starts_at=start,
            ends_at=start + datetime.timedelta(hours=3),
        )
    quizzes = {
        "A": Quiz.objects.create(title="Quiz A", owning_sector=sector),
        "B": Quiz.objects.create(title="Quiz B", owning_sector=other_sector),
        "shared": Quiz.objects.create(title="Gedeelde quiz", owning_sector=None),
    }

    def member(role, owner):
        return SectorMembershipFactory(sector=owner, role=role).user

    inactive = member("trainer", sector)
    inactive.is_active = False
    inactive.save()
    editor = UserFactory()
    user_assign_role(user=editor, role=Role.CONTENT_EDITOR)
    admin = UserFactory()
    user_assign_role(user=admin, role=Role.PLATFORM_ADMIN)
    inactive_admin = UserFactory()
    user_assign_role(user=inactive_admin, role=Role.PLATFORM_ADMIN)
    inactive_admin.is_active = False
    inactive_admin.save()
    # In the administrators' group without the superuser flag: the flag is the definition.
    admin_group_only = UserFactory()
    admin_group_only.groups.add(Group.objects.get(name=GROUP_NAMES[Role.PLATFORM_ADMIN]))
    users = {
        "anonymous": AnonymousUser(),
        "inactive": inactive,
        "learner": UserFactory(),
        "trainer": member("trainer", sector),
        "other_trainer": member("trainer", other_sector),
        "coordinator": member("coordinator", sector),
        "editor": editor,
        "admin": admin,
        "inactive_admin": inactive_admin,
        "admin_group_only": admin_group_only,
    }
    return {"users": users, "cohorts": cohorts, "sessions": sessions, "quizzes": quizzes}


def _fresh(user):
    # As a request would load it: no cached memberships or groups from the set-up.
    return user if user.is_anonymous else type(user)._default_manager.get(pk=user.pk)


def _keys(rows: dict, pks) -> set[str]:
    return {key for key, row in rows.items() if row.pk in set(pks)}


def _both_answers(scope: SectorScope, model, rows: dict, user, *, viewing=True):
    """The keys of ``rows`` the queryset filter lets through, and those the instance check
    allows."""
    listed = scope.filter(model.objects.all(), user, viewing=viewing).values_list("pk", flat=True)
    checked = {key for key, row in rows.items() if scope.allows(user, row, viewing=viewing)}
    return _keys(rows, listed), checked


ROLL_OUT = {  # a cohort (``sector``) and a session (``cohort__sector``): no shared rows
    "anonymous": set(),
    "inactive": set(),
    "learner": set(),
    "trainer": {"A"},
    "other_trainer": {"B"},
    "coordinator": {"A"},
    "editor": set(),  # the content team has no say in the roll-out
    "admin": {"A", "B"},
    "inactive_admin": set(),
    "admin_group_only": set(),
}


@pytest.mark.parametrize(
    ("model", "queryset_class", "rows"),
    [(Cohort, CohortQuerySet, "cohorts"), (TrainingSession, TrainingSessionQuerySet, "sessions")],
    ids=["direct-sector", "cohort__sector"],
)
def test_roll_out_rows_filter_and_check_agree(world, model, queryset_class, rows):
    scope = queryset_class.sector_scope
    for role in ROLES:
        user = _fresh(world["users"][role])
        listed, checked = _both_answers(scope, model, world[rows], user)
        assert listed == checked == ROLL_OUT[role], role
        for_staff = model.objects.for_staff(user).values_list("pk", flat=True)
        assert _keys(world[rows], for_staff) == listed, role


BANK_VIEW = {  # quizzes: shared rows visible, the content team unrestricted
    "anonymous": set(),
    "inactive": set(),
    "learner": {"shared"},  # the scope alone; the admin policy adds the model permission
    "trainer": {"A", "shared"},
    "other_trainer": {"B", "shared"},
    "coordinator": {"A", "shared"},
    "editor": {"A", "B", "shared"},
    "admin": {"A", "B", "shared"},
    "inactive_admin": set(),
    "admin_group_only": {"shared"},
}
BANK_CHANGE = {
    role: ({"A", "B", "shared"} if role in ("editor", "admin") else seen - {"shared"})
    for role, seen in BANK_VIEW.items()
}


def test_shared_rows_are_seen_where_the_model_allows_and_changed_by_the_unrestricted(world):
    bank = SectorScope(sector_field="owning_sector", shared_visible=True, content_team=True)
    for role in ROLES:
        user = _fresh(world["users"][role])
        assert _both_answers(bank, Quiz, world["quizzes"], user) == (BANK_VIEW[role],) * 2, role
        changeable = _both_answers(bank, Quiz, world["quizzes"], user, viewing=False)
        assert changeable == (BANK_CHANGE[role],) * 2, role


def test_shared_rows_stay_hidden_where_the_model_does_not_allow_them(world):
    roll_out = SectorScope(sector_field="owning_sector")
    for role in ROLES:
        user = _fresh(world["users"][role])
        listed, checked = _both_answers(roll_out, Quiz, world["quizzes"], user)
        # Only an unrestricted user (who sees every row) sees the shared one.
        expected = ROLL_OUT[role] | ({"shared"} if role == "admin" else set())
        assert listed == checked == expected, role


@pytest.mark.parametrize("action", ["view", "change", "delete"])
def test_admin_policy_answers_listing_and_instance_alike(world, action):
    """The Wagtail policy (model permission + the scope) agrees with itself for every role."""
    for role in ROLES:
        _check_policy(world, role, action)


def _check_policy(world, role, action):
    user = _fresh(world["users"][role])
    policy = Quiz.snippet_viewset.permission_policy
    assert isinstance(policy, SectorScopedPermissionPolicy)
    listed = _keys(
        world["quizzes"],
        policy.instances_user_has_permission_for(user, action).values_list("pk", flat=True),
    )
    checked = {
        key
        for key, quiz in world["quizzes"].items()
        if policy.user_has_permission_for_instance(user, action, quiz)
    }
    assert listed == checked, role
    expected = BANK_VIEW[role] if action == "view" else BANK_CHANGE[role]
    if role == "learner":
        expected = set()  # no quiz permission at all
    assert listed == expected, role


def test_report_scope_is_for_coordinators(world):
    trainer_only = SectorScope(sector_field="pk", roles=("coordinator",))
    users = world["users"]
    assert trainer_only.sector_ids(_fresh(users["trainer"])) == set()
    assert trainer_only.sector_ids(_fresh(users["coordinator"])) == {
        world["cohorts"]["A"].sector_id
    }


# --- one owner -----------------------------------------------------------------------------

ROOT = Path(__file__).resolve().parents[2]
SOURCE_TREES = ("lms", "courses", "assessments", "certificates")
SCOPING_MODULE = Path("lms/sectors/permissions.py")
# Deciding a user's sectors, or filtering rows by a set of sectors, is the scoping module's job.
FORBIDDEN = re.compile(
    r"staff_sector_ids\(|sector__in\s*=|sector_id__in\s*=|sector(_id)?__in\"\s*:"
)


def test_sector_filtering_has_one_owner():
    offenders = []
    for tree in SOURCE_TREES:
        for path in sorted((ROOT / tree).rglob("*.py")):
            relative = path.relative_to(ROOT)
            if relative == SCOPING_MODULE or "migrations" in relative.parts:
                continue
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if FORBIDDEN.search(line):
                    offenders.append(f"{relative}:{number}: {line.strip()}")
    assert offenders == [], "sector filtering outside lms/sectors/permissions.py:\n" + "\n".join(
        offenders
    )


def test_the_guard_catches_a_copy():
    assert FORBIDDEN.search("attempts.filter(sector__in=staff_sector_ids(user))")
    assert FORBIDDEN.search("Cohort.objects.filter(sector_id__in=ids)")
    assert FORBIDDEN.search('Q(**{f"{prefix}sector_id__in": ids})')
    assert not FORBIDDEN.search("Cohort.objects.for_staff(user)")
