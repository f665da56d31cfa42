from lms.accounts.roles import Role
from lms.accounts.services import user_assign_role
from lms.sectors.models import Sector
from lms.sectors.permissions import can_coordinate_sector, can_run_sector, staff_sector_ids
from tests.factories import SectorMembershipFactory


def test_trainer_runs_only_their_own_sector(trainer, sector, other_sector):
    assert staff_sector_ids(trainer) == {sector.pk}
    assert can_run_sector(trainer, sector)
    assert not can_run_sector(trainer, other_sector)
    assert not can_coordinate_sector(trainer, sector)
    assert list(Sector.objects.for_staff(trainer)) == [sector]


def test_coordinator_coordinates_only_their_own_sector(sector, other_sector, user_factory):
    coordinator = SectorMembershipFactory(sector=sector, role="coordinator").user
    assert can_coordinate_sector(coordinator, sector)
    assert not can_coordinate_sector(coordinator, other_sector)


def test_learners_and_anonymous_run_no_sector(learner, sector, django_user_model):
    from django.contrib.auth.models import AnonymousUser

    assert staff_sector_ids(learner) == set()
    assert not can_run_sector(learner, sector)
    assert not can_run_sector(AnonymousUser(), sector)
    assert Sector.objects.for_staff(AnonymousUser()).count() == 0


def test_platform_admin_runs_every_sector(learner, sector, other_sector):
    user_assign_role(user=learner, role=Role.PLATFORM_ADMIN)
    assert can_run_sector(learner, sector) and can_run_sector(learner, other_sector)
    assert Sector.objects.for_staff(learner).count() == Sector.objects.count()


def test_inactive_staff_lose_their_sector(trainer, sector):
    trainer.is_active = False
    assert not can_run_sector(trainer, sector)


def test_sector_admin_is_for_platform_administrators_only(
    client, trainer, other_trainer, sector, learner
):
    url = "/admin/snippets/sectors/sector/"
    client.force_login(trainer)
    response = client.get(url)
    assert response.status_code in (302, 403)
    client.force_login(other_trainer)
    assert client.get(f"/admin/snippets/sectors/sector/edit/{sector.pk}/").status_code in (302, 403)

    user_assign_role(user=learner, role=Role.PLATFORM_ADMIN)
    client.force_login(learner)
    response = client.get(url)
    assert response.status_code == 200
    assert "Onderwijs" in response.content.decode()
