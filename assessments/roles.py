"""Permissions on the assessments app's models per role (registry: lms/accounts/roles.py)."""

from lms.accounts.roles import Role, model_permissions, role_permissions_register

AUTHORING = model_permissions(
    "assessments",
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


def register() -> None:
    # Sector staff author their own sector's quizzes (rows scoped by lms/sectors/viewsets.py);
    # editors and reviewers author the shared ones.
    role_permissions_register(
        [
            Role.TRAINER,
            Role.COORDINATOR,
            Role.CONTENT_EDITOR,
            Role.CONTENT_REVIEWER,
            Role.PLATFORM_ADMIN,
        ],
        AUTHORING,
    )
