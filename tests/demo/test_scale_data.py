"""generate_scale_data: realistic rows in bulk, repeatable, and refusing to run twice."""

import pytest
from django.core.management import CommandError, call_command

from assessments.models import Attempt
from courses.models import CoursePage, LessonCompletion
from lms.accounts.models import User
from lms.cohorts.models import Cohort, Enrollment
from lms.scheduling.models import Attendance, Registration, TrainingSession
from lms.sectors.models import Sector


@pytest.mark.django_db
def test_generates_a_realistic_dataset(capsys):
    call_command("generate_scale_data", "--learners", "600", "--seed", "3", "--prefix", "t1")
    out = capsys.readouterr().out
    assert "Created 600 learners" in out
    assert User.objects.filter(email__endswith="@scale.example").count() == 600
    assert Sector.objects.count() == 7  # none existed: the seven sectors were created
    assert CoursePage.objects.live().count() == 3  # none existed: minimal courses were built
    cohorts = Cohort.objects.filter(name__startswith="t1 ")
    assert cohorts.count() >= 21
    enrollments = Enrollment.objects.filter(cohort__in=cohorts)
    assert enrollments.count() == 600
    statuses = set(enrollments.values_list("status", flat=True))
    assert statuses == {"invited", "active", "completed", "withdrawn"}
    assert enrollments.filter(status="completed", completed_at__isnull=True).count() == 0
    months = {d.strftime("%Y-%m") for d in enrollments.values_list("enrolled_at", flat=True)}
    assert len(months) >= 10  # spread over the last 18 months
    assert LessonCompletion.objects.count() > 600
    assert (
        Attempt.objects.filter(passed=True).exists()
        and Attempt.objects.filter(passed=False).exists()
    )
    assert TrainingSession.objects.filter(cohort__in=cohorts).count() == 2 * cohorts.count()
    assert Registration.objects.count() > 0
    assert Attendance.objects.filter(status="present").exists()
    regions = set(User.objects.filter(email__startswith="t1-").values_list("region", flat=True))
    assert len(regions) >= 5


@pytest.mark.django_db
def test_same_prefix_is_refused_another_adds(sector):
    call_command("generate_scale_data", "--learners", "20", "--prefix", "run")
    with pytest.raises(CommandError, match="exists already"):
        call_command("generate_scale_data", "--learners", "20", "--prefix", "run")
    call_command(
        "generate_scale_data", "--learners", "20", "--prefix", "run2", "--per-learner", "2"
    )
    assert Enrollment.objects.count() == 20 + 40
    assert Sector.objects.count() == 1  # existing sectors are reused
