from wagtail.users.models import UserProfile

from lms.accounts.models import User

PROFILE = "/accounts/profile/"


def _data(**overrides):
    data = {
        "first_name": "Leen",
        "last_name": "Peeters-De Smet",
        "preferred_language": "nl",
        "job_role": "pupil_guidance",
        "organisation": "CLB Brugge",
        "region": "west-vlaanderen",
    }
    data.update(overrides)
    return data


def test_profile_requires_login(client, db):
    response = client.get(PROFILE)
    assert response.status_code == 302
    assert response.url.startswith("/accounts/login/?next=")


def test_learner_edits_their_profile(client, learner):
    client.force_login(learner)
    assert client.get(PROFILE).status_code == 200
    response = client.post(PROFILE, _data(), follow=True)
    assert response.status_code == 200
    assert "Je profiel is bewaard." in response.content.decode()
    learner.refresh_from_db()
    assert learner.last_name == "Peeters-De Smet"
    assert learner.job_role == "pupil_guidance"
    assert learner.organisation == "CLB Brugge"
    assert learner.region == "west-vlaanderen"


def test_invalid_profile_changes_nothing_and_says_why(client, learner):
    client.force_login(learner)
    response = client.post(PROFILE, _data(first_name="", job_role="astronaut"))
    assert response.status_code == 400
    body = response.content.decode()
    assert 'role="alert"' in body
    assert "Dit is een verplicht veld." in body
    learner.refresh_from_db()
    assert learner.first_name == "Leen"
    assert learner.job_role == "teacher"


def test_choosing_a_language_in_the_profile_switches_the_site_and_admin(client, learner):
    client.force_login(learner)
    response = client.post(PROFILE, _data(preferred_language="en"))
    assert response.cookies["lms_language"].value == "en"
    assert "Your profile has been saved." in client.get(PROFILE).content.decode()
    assert UserProfile.get_for_user(User.objects.get(pk=learner.pk)).preferred_language == "en"


def test_profile_only_edits_the_own_account(client, learner, user_factory):
    other = user_factory(first_name="Other")
    client.force_login(learner)
    client.post(PROFILE, _data(first_name="Changed"))
    other.refresh_from_db()
    assert other.first_name == "Other"
