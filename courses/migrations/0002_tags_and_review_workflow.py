"""Themes and audiences to filter by, and the review workflow for shared content.

An editor (Contentredacteurs: add and change, no publish) submits a page; a member of
Contentreviewers approves it, which publishes it. The workflow applies to the whole page tree.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

THEMES = ["signals", "conversation", "cases", "polarisation", "online", "resilience", "parents", "cooperation"]
AUDIENCES = [
    "teacher",
    "pupil_guidance",
    "youth_worker",
    "welfare_worker",
    "job_counsellor",
    "faith_worker",
    "local_official",
    "other",
]
REVIEWERS = "Contentreviewers"
REVIEWER_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
REVIEWER_COLLECTION_PERMISSIONS = [
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.choose_document",
]


def forwards(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Tag = apps.get_model("courses", "Tag")
    for code in THEMES:
        Tag.objects.get_or_create(kind="theme", code=code)
    for code in AUDIENCES:
        Tag.objects.get_or_create(kind="audience", code=code)

    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")

    def permission(dotted):
        app_label, codename = dotted.split(".")
        return Permission.objects.get(content_type__app_label=app_label, codename=codename)

    reviewers, _ = Group.objects.get_or_create(name=REVIEWERS)
    reviewers.permissions.add(permission("wagtailadmin.access_admin"))
    root = Page.objects.get(depth=1)
    for codename in REVIEWER_PAGE_PERMISSIONS:
        GroupPagePermission.objects.get_or_create(
            group=reviewers, page=root, permission=permission(f"wagtailcore.{codename}")
        )
    root_collection = Collection.objects.filter(depth=1).first()
    if root_collection is not None:
        for dotted in REVIEWER_COLLECTION_PERMISSIONS:
            GroupCollectionPermission.objects.get_or_create(
                group=reviewers, collection=root_collection, permission=permission(dotted)
            )

    content_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
    task = GroupApprovalTask.objects.filter(name="Inhoudelijke review").first()
    if task is None:
        task = GroupApprovalTask.objects.create(
            name="Inhoudelijke review", content_type=content_type, active=True
        )
    task.groups.set([reviewers])
    workflow, created = Workflow.objects.get_or_create(name="Review van gedeelde inhoud", defaults={"active": True})
    if created:
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})


def backwards(apps, schema_editor):
    apps.get_model("courses", "Tag").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0001_initial"),
        ("accounts", "0002_create_role_groups"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
