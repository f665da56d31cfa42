from courses.models import LessonCompletion, ReflectionAnswer
from tests.factories import DEFAULT_PASSWORD, UserFactory

SCENARIO = "11111111-1111-4111-8111-111111111111"
REFLECTION = "22222222-2222-4222-8222-222222222222"


def test_lesson_page_renders_every_block_and_navigation(client, lessons):
    response = client.get(lessons[1].url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Plotse terugtrekking uit de klasgroep" in html  # signal card
    assert "Wat het niet bewijst" in html
    assert "Een filmpje in de klas-chat" in html  # scenario
    assert 'rel="prev"' in html and 'rel="next"' in html
    assert "Les 2 van 6" in html


def test_mark_as_done_requires_login_and_post(client, lessons):
    done_url = lessons[0].url + "done/"
    response = client.post(done_url)
    assert response.status_code == 302 and "/accounts/login/" in response.url
    assert client.get(done_url).status_code == 405
    assert not LessonCompletion.objects.exists()


def test_mark_as_done_is_idempotent_and_moves_on(client, learner, lessons):
    client.force_login(learner)
    done_url = lessons[0].url + "done/"
    first = client.post(done_url, {"next": "1"})
    assert first.status_code == 302
    assert first.url == lessons[1].url
    client.post(done_url)
    assert LessonCompletion.objects.filter(user=learner).count() == 1
    course_html = client.get(lessons[0].get_parent().get_parent().url).content.decode()
    assert "1 van 6 lessen gedaan (17%)" in course_html


def test_mark_as_not_done(client, learner, lessons):
    client.force_login(learner)
    client.post(lessons[0].url + "done/")
    client.post(lessons[0].url + "done/", {"undo": "1"})
    assert not LessonCompletion.objects.exists()


def test_completing_an_unpublished_lesson_is_refused_and_writes_nothing(client, learner, lessons):
    lessons[2].unpublish()
    client.force_login(learner)
    response = client.post("/nl/opleidingen/signalen-herkennen/module-1/les-1-3/done/")
    assert response.status_code == 404
    assert "Pagina niet gevonden" in response.content.decode()
    assert not LessonCompletion.objects.exists()


def test_drafts_are_never_shown_to_learners(client, learner, lessons):
    lessons[0].title = "Nieuwe titel in ontwerp"
    lessons[0].save_revision()
    client.force_login(learner)
    html = client.get(lessons[0].url).content.decode()
    assert "Nieuwe titel in ontwerp" not in html
    lessons[1].unpublish()
    assert client.get("/nl/opleidingen/signalen-herkennen/module-1/les-1-2/").status_code == 404


def test_scenario_can_be_played_to_its_debrief_without_javascript(client, lessons):
    base = f"{lessons[0].url}scenario/{SCENARIO}/"
    start = client.get(base + "start/")
    assert start.status_code == 200
    assert "Wat doe je?" in start.content.decode()
    choice = client.get(base + "start/1/").content.decode()
    assert "Goed: open vraag." in choice
    assert f"{base}talk/" in choice
    end = client.get(base + "talk/1/").content.decode()
    assert "Sterk: je erkent zijn gevoel." in end
    assert "Nabespreking" in end
    assert "Verbinding eerst" in end
    short_end = client.get(base + "start/2/").content.decode()
    assert "Dat sluit het gesprek af." in short_end and "Nabespreking" in short_end


def test_unknown_scenario_choices_and_steps_are_404_with_a_message(client, lessons):
    base = f"{lessons[0].url}scenario/{SCENARIO}/"
    for url in (
        base + "start/3/",
        base + "start/0/",
        base + "nowhere/",
        f"{lessons[0].url}scenario/33333333-3333-4333-8333-333333333333/start/",
    ):
        response = client.get(url)
        assert response.status_code == 404, url
        assert "Pagina niet gevonden" in response.content.decode()


def test_reflections_are_private_editable_and_deletable(client, learner, lessons):
    url = f"{lessons[0].url}reflection/{REFLECTION}/"
    client.force_login(learner)
    client.post(url, {"text": "Ik let vooral op terugtrekking."})
    answer = ReflectionAnswer.objects.get(user=learner)
    assert answer.text == "Ik let vooral op terugtrekking."
    assert "Ik let vooral op terugtrekking." in client.get(lessons[0].url).content.decode()

    other = UserFactory()
    client.post("/accounts/logout/")
    client.post("/accounts/login/", {"username": other.email, "password": DEFAULT_PASSWORD})
    assert "Ik let vooral op terugtrekking." not in client.get(lessons[0].url).content.decode()

    client.force_login(learner)
    client.post(url, {"text": "Aangepast antwoord"})
    assert ReflectionAnswer.objects.get(user=learner).text == "Aangepast antwoord"
    client.post(url, {"text": "", "delete": "1"})
    assert not ReflectionAnswer.objects.filter(user=learner).exists()


def test_reflection_for_an_unknown_prompt_is_refused(client, learner, lessons):
    client.force_login(learner)
    response = client.post(
        f"{lessons[0].url}reflection/33333333-3333-4333-8333-333333333333/", {"text": "x"}
    )
    assert response.status_code == 404
    assert not ReflectionAnswer.objects.exists()


def test_dashboard_shows_progress(client, learner, lessons):
    client.force_login(learner)
    empty = client.get("/dashboard/").content.decode()
    assert "Je bent nog geen opleiding gestart" in empty
    client.post(lessons[0].url + "done/")
    html = client.get("/dashboard/").content.decode()
    assert "Signalen herkennen" in html
    assert "1 van 6 lessen gedaan" in html


def test_dashboard_requires_login(client, db):
    assert client.get("/dashboard/").status_code == 302


def test_a_module_url_leads_to_its_place_in_the_course(client, lessons):
    module = lessons[0].get_parent()
    response = client.get(module.url)
    assert response.status_code == 302
    assert response.url == f"{module.get_parent().url}#module-{module.pk}"
