from lms.accounts.models import User
from lms.accounts.roles import Role
from lms.accounts.services import user_assign_role


def test_platform_admin_creates_a_user_with_profile_fields(client, learner):
    user_assign_role(user=learner, role=Role.PLATFORM_ADMIN)
    client.force_login(learner)
    page = client.get("/admin/users/new/")
    assert page.status_code == 200
    assert 'name="job_role"' in page.content.decode()
    response = client.post(
        "/admin/users/new/",
        {
            "email": "Nieuwe.Collega@Stad.example",
            "first_name": "Nieuwe",
            "last_name": "Collega",
            "preferred_language": "fr",
            "job_role": "local_official",
            "organisation": "Stad Vilvoorde",
            "password1": "Een-sterk-wachtwoord-7",
            "password2": "Een-sterk-wachtwoord-7",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    created = User.objects.get(email="nieuwe.collega@stad.example")
    assert (created.job_role, created.preferred_language, created.organisation) == (
        "local_official",
        "fr",
        "Stad Vilvoorde",
    )


def test_trainers_cannot_manage_users(client, trainer):
    client.force_login(trainer)
    response = client.get("/admin/users/")
    assert response.status_code in (302, 403)
    response = client.get("/admin/users/new/")
    assert response.status_code in (302, 403)
