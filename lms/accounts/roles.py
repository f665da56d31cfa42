"""The five roles of the platform and the auth groups that carry their permissions.

Group names are stable identifiers (data migrations and services look them up by name); the
interface shows the translated labels.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    LEARNER = "learner", _("Learner")
    TRAINER = "trainer", _("Sector trainer")
    COORDINATOR = "coordinator", _("Sector coordinator")
    CONTENT_EDITOR = "content_editor", _("Content editor")
    CONTENT_REVIEWER = "content_reviewer", _("Content reviewer")
    PLATFORM_ADMIN = "platform_admin", _("Platform administrator")


GROUP_NAMES: dict[str, str] = {
    Role.LEARNER: "Lerenden",
    Role.TRAINER: "Sectortrainers",
    Role.COORDINATOR: "Sectorcoördinatoren",
    Role.CONTENT_EDITOR: "Contentredacteurs",
    Role.CONTENT_REVIEWER: "Contentreviewers",
    Role.PLATFORM_ADMIN: "Platformbeheerders",
}

ASSESSMENT_AUTHORING = [
    f"assessments.{action}_{model}"
    for model in (
        "quiz",
        "singlechoicequestion",
        "multipleresponsequestion",
        "truefalsequestion",
        "matchingquestion",
        "orderingquestion",
        "shortanswerquestion",
        "scenariojudgementquestion",
        "essayquestion",
    )
    for action in ("add", "change", "delete", "view")
]

ROLL_OUT = [
    f"{app}.{action}_{model}"
    for app, model in (
        ("cohorts", "cohort"),
        ("cohorts", "enrollment"),
        ("scheduling", "trainingsession"),
        ("scheduling", "registration"),
        ("scheduling", "attendance"),
        ("certificates", "certificatetemplate"),
        ("certificates", "certificate"),
        ("certificates", "certificatearchive"),
    )
    for action in ("add", "change", "delete", "view")
]

# Sector coordinators see their sectors' reports, platform administrators all sectors'
# (lms/reporting; granted by reporting/0002). Trainers do not see reports.
REPORTING = ["reporting.view_reports"]

# Model permissions per role, as "app_label.codename". Page permissions for content editors are
# granted on the root page by the same migration. Later features extend these lists through new
# data migrations, never by editing applied ones.
GROUP_PERMISSIONS: dict[str, list[str]] = {
    Role.LEARNER: [],
    # Sector staff author their own sector's quizzes; rows are scoped by lms/sectors/viewsets.py.
    Role.TRAINER: ["wagtailadmin.access_admin", *ASSESSMENT_AUTHORING, *ROLL_OUT],
    Role.COORDINATOR: [
        "wagtailadmin.access_admin",
        *ASSESSMENT_AUTHORING,
        *ROLL_OUT,
        *REPORTING,
    ],
    Role.CONTENT_EDITOR: ["wagtailadmin.access_admin", *ASSESSMENT_AUTHORING],
    # Reviewers approve editors' drafts in the review workflow (courses/0002 migration).
    Role.CONTENT_REVIEWER: ["wagtailadmin.access_admin", *ASSESSMENT_AUTHORING],
    Role.PLATFORM_ADMIN: [
        "wagtailadmin.access_admin",
        "accounts.add_user",
        "accounts.change_user",
        "accounts.delete_user",
        "accounts.view_user",
        "auth.add_group",
        "auth.change_group",
        "auth.delete_group",
        "auth.view_group",
        "sectors.add_sector",
        "sectors.change_sector",
        "sectors.delete_sector",
        "sectors.view_sector",
        "sectors.add_sectormembership",
        "sectors.change_sectormembership",
        "sectors.delete_sectormembership",
        "sectors.view_sectormembership",
        "wagtailcore.add_locale",
        "wagtailcore.change_locale",
        "wagtailcore.view_locale",
        "wagtailcore.change_site",
        "wagtailcore.view_site",
        *ASSESSMENT_AUTHORING,
        *ROLL_OUT,
        *REPORTING,
    ],
}

# Images and documents are permissioned per collection in Wagtail: granted on the root collection.
CONTENT_EDITOR_COLLECTION_PERMISSIONS = [
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.choose_document",
]
CONTENT_EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page"]
PLATFORM_ADMIN_PAGE_PERMISSIONS = [
    "add_page",
    "change_page",
    "publish_page",
    "bulk_delete_page",
    "lock_page",
    "unlock_page",
]
PLATFORM_ADMIN_COLLECTION_PERMISSIONS = [
    *CONTENT_EDITOR_COLLECTION_PERMISSIONS,
    "wagtailimages.delete_image",
    "wagtaildocs.delete_document",
]
STAFF_ROLES = {
    Role.TRAINER,
    Role.COORDINATOR,
    Role.CONTENT_EDITOR,
    Role.CONTENT_REVIEWER,
    Role.PLATFORM_ADMIN,
}
