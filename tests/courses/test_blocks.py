import pytest
from django.core.exceptions import ValidationError

from courses.blocks import CaseScenarioBlock, ImageBlock, VideoBlock


def _scenario(next_step="talk", second_key="talk"):
    return {
        "title": "Casus",
        "context": "",
        "steps": [
            {
                "key": "start",
                "situation": "Begin",
                "choices": [
                    {"text": "A", "feedback": "fa", "next_step": next_step},
                    {"text": "B", "feedback": "fb", "next_step": ""},
                ],
            },
            {
                "key": second_key,
                "situation": "Vervolg",
                "choices": [
                    {"text": "C", "feedback": "fc", "next_step": ""},
                    {"text": "D", "feedback": "fd", "next_step": ""},
                ],
            },
        ],
        "debrief": "<p>Nabespreking</p>",
    }


def test_a_valid_scenario_passes():
    block = CaseScenarioBlock()
    block.clean(block.to_python(_scenario()))


def test_a_choice_leading_to_an_unknown_step_is_refused():
    block = CaseScenarioBlock()
    with pytest.raises(ValidationError):
        block.clean(block.to_python(_scenario(next_step="nowhere")))


def test_duplicate_step_keys_are_refused():
    block = CaseScenarioBlock()
    with pytest.raises(ValidationError):
        block.clean(block.to_python(_scenario(second_key="start", next_step="")))


def test_a_scenario_step_needs_at_least_two_choices():
    data = _scenario()
    data["steps"][1]["choices"] = data["steps"][1]["choices"][:1]
    block = CaseScenarioBlock()
    with pytest.raises(ValidationError):
        block.clean(block.to_python(data))


def test_a_video_needs_a_transcript_and_a_source(db):
    block = VideoBlock()
    with pytest.raises(ValidationError):
        block.clean(
            block.to_python(
                {"title": "Video", "video_file": None, "embed_url": "", "transcript": "<p>t</p>"}
            )
        )
    with pytest.raises(ValidationError):
        block.clean(
            block.to_python(
                {
                    "title": "Video",
                    "video_file": None,
                    "embed_url": "https://video.example/1",
                    "transcript": "",
                }
            )
        )
    block.clean(
        block.to_python(
            {
                "title": "Video",
                "video_file": None,
                "embed_url": "https://video.example/1",
                "transcript": "<p>Wat er gezegd wordt.</p>",
            }
        )
    )


def test_an_image_needs_alt_text(db):
    block = ImageBlock()
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"image": None, "alt_text": "", "caption": ""}))


def test_every_lesson_block_has_an_admin_preview(client, db):
    from django.urls import reverse

    from courses.models import LessonPage
    from lms.accounts.roles import Role
    from lms.accounts.services import user_assign_role
    from tests.factories import UserFactory

    editor = UserFactory()
    user_assign_role(user=editor, role=Role.CONTENT_EDITOR)
    client.force_login(editor)
    stream = LessonPage.body.field.stream_block
    for name, block in stream.child_blocks.items():
        if name in ("image", "resource", "video"):
            continue  # their preview needs chosen media; covered by the lesson page tests
        response = client.get(
            reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix}
        )
        assert response.status_code == 200, name
        assert "css/site.css" in response.content.decode()
