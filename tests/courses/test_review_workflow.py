"""An editor's draft reaches learners only after a reviewer approves it."""

import pytest
from django.urls import reverse

from courses.models import LessonPage
from lms.accounts.roles import Role
from lms.accounts.services import user_assign_role
from tests.factories import UserFactory, lesson_body


@pytest.fixture
def editor(db):
    user = UserFactory(email="redacteur@vlaanderen.example")
    user_assign_role(user=user, role=Role.CONTENT_EDITOR)
    return user


@pytest.fixture
def reviewer(db):
    user = UserFactory(email="reviewer@vlaanderen.example")
    user_assign_role(user=user, role=Role.CONTENT_REVIEWER)
    return user


def test_editor_submits_reviewer_approves_then_learners_see_it(
    client, course, lessons, editor, reviewer, learner
):
    module = lessons[0].get_parent()
    draft = LessonPage(
        title="Nieuwe les over online polarisering",
        slug="online-polarisering",
        body=lesson_body(),
        live=False,
    )
    module.add_child(instance=draft)
    draft.save_revision(user=editor)

    assert not draft.permissions_for_user(editor).can_publish()
    assert draft.permissions_for_user(editor).can_edit()
    workflow = draft.get_workflow()
    assert workflow is not None and workflow.name == "Review van gedeelde inhoud"

    # The editor submits the draft for review through the admin.
    client.force_login(editor)
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[draft.pk]),
        _edit_form_data(draft, action="action-submit"),
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    draft.refresh_from_db()
    assert not draft.live
    task_state = draft.current_workflow_task_state
    assert task_state is not None and task_state.status == "in_progress"

    # Learners cannot see it while it is in review.
    client.force_login(learner)
    url = "/nl/opleidingen/signalen-herkennen/module-1/online-polarisering/"
    assert client.get(url).status_code == 404

    # The editor cannot approve their own work; the reviewer can.
    client.force_login(editor)
    client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[draft.pk, "approve", task_state.pk])
    )
    draft.refresh_from_db()
    assert not draft.live

    client.force_login(reviewer)
    response = client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[draft.pk, "approve", task_state.pk]),
        {"comment": "Inhoudelijk in orde."},
    )
    assert response.status_code in (200, 302)
    draft.refresh_from_db()
    assert draft.live

    client.force_login(learner)
    response = client.get(url)
    assert response.status_code == 200
    assert "Nieuwe les over online polarisering" in response.content.decode()


def _edit_form_data(page, action):
    from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

    data = nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "required": "on",
            "estimated_minutes": "10",
            "body": streamfield(
                [("rich_text", rich_text("<p>Online polarisering herken je aan…</p>"))]
            ),
        }
    )
    data[action] = "1"
    return data


def test_editor_previews_a_lesson_with_every_block(client, lessons, editor):
    from tests.factories import every_block_body

    lesson = lessons[0]
    client.force_login(editor)
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[lesson.pk])
    data = _edit_form_data(lesson, action="preview")
    response = client.post(preview_url, data)
    assert response.status_code == 200
    assert response.json()["is_valid"]
    page = client.get(preview_url)
    assert page.status_code == 200
    assert "Online polarisering herken je aan" in page.content.decode()
    assert every_block_body()  # media for previews can be created


def test_editor_previews_a_new_lesson_before_it_exists(client, lessons, editor):
    module = lessons[0].get_parent()
    client.force_login(editor)
    url = reverse("wagtailadmin_pages:preview_on_add", args=["courses", "lessonpage", module.pk])
    draft = LessonPage(title="Nog niet bewaard", slug="nog-niet-bewaard")
    response = client.post(url, _edit_form_data(draft, action="preview"))
    assert response.json()["is_valid"], response.content
    page = client.get(url)
    assert page.status_code == 200
    assert "Nog niet bewaard" in page.content.decode()
