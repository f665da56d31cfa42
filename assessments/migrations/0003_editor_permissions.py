"""Content editors and reviewers author the shared quizzes and questions in the admin.

Trainers and coordinators get sector-scoped authoring with the assessments admin feature."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

MODELS = [
    "quiz",
    "singlechoicequestion",
    "multipleresponsequestion",
    "truefalsequestion",
    "matchingquestion",
    "orderingquestion",
    "shortanswerquestion",
    "scenariojudgementquestion",
    "essayquestion",
]
GROUPS = ["Contentredacteurs", "Contentreviewers", "Platformbeheerders"]


def forwards(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(
        content_type__app_label="assessments",
        codename__in=[f"{action}_{model}" for model in MODELS for action in ("add", "change", "delete", "view")],
    )
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.add(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("assessments", "0002_quizzes_and_attempts"),
        ("accounts", "0002_create_role_groups"),
        ("courses", "0002_tags_and_review_workflow"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
