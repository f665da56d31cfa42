from django.contrib.auth.models import Group
from wagtail.models import GroupPagePermission, Page

from lms.accounts.roles import (
    GROUP_NAMES,
    GROUP_PERMISSIONS,
    Role,
    group_permissions,
    role_permissions,
)
from lms.accounts.services import user_assign_role, user_remove_role
from lms.sectors.models import SectorMembership
from lms.sectors.services import membership_create, membership_delete

# Model permissions per role as lms/accounts/roles.py listed them before the apps registered
# their own (taken from GROUP_PERMISSIONS at that commit): the registry must give exactly these.
PERMISSIONS_BEFORE_THE_REGISTRY = {
    "learner": set(),
    "trainer": {
        "assessments.add_essayquestion",
        "assessments.add_matchingquestion",
        "assessments.add_multipleresponsequestion",
        "assessments.add_orderingquestion",
        "assessments.add_quiz",
        "assessments.add_scenariojudgementquestion",
        "assessments.add_shortanswerquestion",
        "assessments.add_singlechoicequestion",
        "assessments.add_truefalsequestion",
        "assessments.change_essayquestion",
        "assessments.change_matchingquestion",
        "assessments.change_multipleresponsequestion",
        "assessments.change_orderingquestion",
        "assessments.change_quiz",
        "assessments.change_scenariojudgementquestion",
        "assessments.change_shortanswerquestion",
        "assessments.change_singlechoicequestion",
        "assessments.change_truefalsequestion",
        "assessments.delete_essayquestion",
        "assessments.delete_matchingquestion",
        "assessments.delete_multipleresponsequestion",
        "assessments.delete_orderingquestion",
        "assessments.delete_quiz",
        "assessments.delete_scenariojudgementquestion",
        "assessments.delete_shortanswerquestion",
        "assessments.delete_singlechoicequestion",
        "assessments.delete_truefalsequestion",
        "assessments.view_essayquestion",
        "assessments.view_matchingquestion",
        "assessments.view_multipleresponsequestion",
        "assessments.view_orderingquestion",
        "assessments.view_quiz",
        "assessments.view_scenariojudgementquestion",
        "assessments.view_shortanswerquestion",
        "assessments.view_singlechoicequestion",
        "assessments.view_truefalsequestion",
        "certificates.add_certificate",
        "certificates.add_certificatearchive",
        "certificates.add_certificatetemplate",
        "certificates.change_certificate",
        "certificates.change_certificatearchive",
        "certificates.change_certificatetemplate",
        "certificates.delete_certificate",
        "certificates.delete_certificatearchive",
        "certificates.delete_certificatetemplate",
        "certificates.view_certificate",
        "certificates.view_certificatearchive",
        "certificates.view_certificatetemplate",
        "cohorts.add_cohort",
        "cohorts.add_enrollment",
        "cohorts.change_cohort",
        "cohorts.change_enrollment",
        "cohorts.delete_cohort",
        "cohorts.delete_enrollment",
        "cohorts.view_cohort",
        "cohorts.view_enrollment",
        "scheduling.add_attendance",
        "scheduling.add_registration",
        "scheduling.add_trainingsession",
        "scheduling.change_attendance",
        "scheduling.change_registration",
        "scheduling.change_trainingsession",
        "scheduling.delete_attendance",
        "scheduling.delete_registration",
        "scheduling.delete_trainingsession",
        "scheduling.view_attendance",
        "scheduling.view_registration",
        "scheduling.view_trainingsession",
        "wagtailadmin.access_admin",
    },
    "coordinator": {
        "assessments.add_essayquestion",
        "assessments.add_matchingquestion",
        "assessments.add_multipleresponsequestion",
        "assessments.add_orderingquestion",
        "assessments.add_quiz",
        "assessments.add_scenariojudgementquestion",
        "assessments.add_shortanswerquestion",
        "assessments.add_singlechoicequestion",
        "assessments.add_truefalsequestion",
        "assessments.change_essayquestion",
        "assessments.change_matchingquestion",
        "assessments.change_multipleresponsequestion",
        "assessments.change_orderingquestion",
        "assessments.change_quiz",
        "assessments.change_scenariojudgementquestion",
        "assessments.change_shortanswerquestion",
        "assessments.change_singlechoicequestion",
        "assessments.change_truefalsequestion",
        "assessments.delete_essayquestion",
        "assessments.delete_matchingquestion",
        "assessments.delete_multipleresponsequestion",
        "assessments.delete_orderingquestion",
        "assessments.delete_quiz",
        "assessments.delete_scenariojudgementquestion",
        "assessments.delete_shortanswerquestion",
        "assessments.delete_singlechoicequestion",
        "assessments.delete_truefalsequestion",
        "assessments.view_essayquestion",
        "assessments.view_matchingquestion",
        "assessments.view_multipleresponsequestion",
        "assessments.view_orderingquestion",
        "assessments.view_quiz",
        "assessments.view_scenariojudgementquestion",
        "assessments.view_shortanswerquestion",
        "assessments.view_singlechoicequestion",
        "assessments.view_truefalsequestion",
        "certificates.add_certificate",
        "certificates.add_certificatearchive",
        "certificates.add_certificatetemplate",
        "certificates.change_certificate",
        "certificates.change_certificatearchive",
        "certificates.change_certificatetemplate",
        "certificates.delete_certificate",
        "certificates.delete_certificatearchive",
        "certificates.delete_certificatetemplate",
        "certificates.view_certificate",
        "certificates.view_certificatearchive",
        "certificates.view_certificatetemplate",
        "cohorts.add_cohort",
        "cohorts.add_enrollment",
        "cohorts.change_cohort",
        "cohorts.change_enrollment",
        "cohorts.delete_cohort",
        "cohorts.delete_enrollment",
        "cohorts.view_cohort",
        "cohorts.view_enrollment",
        "reporting.view_reports",
        "scheduling.add_attendance",
        "scheduling.add_registration",
        "scheduling.add_trainingsession",
        "scheduling.change_attendance",
        "scheduling.change_registration",
        "scheduling.change_trainingsession",
        "scheduling.delete_attendance",
        "scheduling.delete_registration",
        "scheduling.delete_trainingsession",
        "scheduling.view_attendance",
        "scheduling.view_registration",
        "scheduling.view_trainingsession",
        "wagtailadmin.access_admin",
    },
    "content_editor": {
        "assessments.add_essayquestion",
        "assessments.add_matchingquestion",
        "assessments.add_multipleresponsequestion",
        "assessments.add_orderingquestion",
        "assessments.add_quiz",
        "assessments.add_scenariojudgementquestion",
        "assessments.add_shortanswerquestion",
        "assessments.add_singlechoicequestion",
        "assessments.add_truefalsequestion",
        "assessments.change_essayquestion",
        "assessments.change_matchingquestion",
        "assessments.change_multipleresponsequestion",
        "assessments.change_orderingquestion",
        "assessments.change_quiz",
        "assessments.change_scenariojudgementquestion",
        "assessments.change_shortanswerquestion",
        "assessments.change_singlechoicequestion",
        "assessments.change_truefalsequestion",
        "assessments.delete_essayquestion",
        "assessments.delete_matchingquestion",
        "assessments.delete_multipleresponsequestion",
        "assessments.delete_orderingquestion",
        "assessments.delete_quiz",
        "assessments.delete_scenariojudgementquestion",
        "assessments.delete_shortanswerquestion",
        "assessments.delete_singlechoicequestion",
        "assessments.delete_truefalsequestion",
        "assessments.view_essayquestion",
        "assessments.view_matchingquestion",
        "assessments.view_multipleresponsequestion",
        "assessments.view_orderingquestion",
        "assessments.view_quiz",
        "assessments.view_scenariojudgementquestion",
        "assessments.view_shortanswerquestion",
        "assessments.view_singlechoicequestion",
        "assessments.view_truefalsequestion",
        "wagtailadmin.access_admin",
    },
    "content_reviewer": {
        "assessments.add_essayquestion",
        "assessments.add_matchingquestion",
        "assessments.add_multipleresponsequestion",
        "assessments.add_orderingquestion",
        "assessments.add_quiz",
        "assessments.add_scenariojudgementquestion",
        "assessments.add_shortanswerquestion",
        "assessments.add_singlechoicequestion",
        "assessments.add_truefalsequestion",
        "assessments.change_essayquestion",
        "assessments.change_matchingquestion",
        "assessments.change_multipleresponsequestion",
        "assessments.change_orderingquestion",
        "assessments.change_quiz",
        "assessments.change_scenariojudgementquestion",
        "assessments.change_shortanswerquestion",
        "assessments.change_singlechoicequestion",
        "assessments.change_truefalsequestion",
        "assessments.delete_essayquestion",
        "assessments.delete_matchingquestion",
        "assessments.delete_multipleresponsequestion",
        "assessments.delete_orderingquestion",
        "assessments.delete_quiz",
        "assessments.delete_scenariojudgementquestion",
        "assessments.delete_shortanswerquestion",
        "assessments.delete_singlechoicequestion",
        "assessments.delete_truefalsequestion",
        "assessments.view_essayquestion",
        "assessments.view_matchingquestion",
        "assessments.view_multipleresponsequestion",
        "assessments.view_orderingquestion",
        "assessments.view_quiz",
        "assessments.view_scenariojudgementquestion",
        "assessments.view_shortanswerquestion",
        "assessments.view_singlechoicequestion",
        "assessments.view_truefalsequestion",
        "wagtailadmin.access_admin",
    },
    "platform_admin": {
        "accounts.add_user",
        "accounts.change_user",
        "accounts.delete_user",
        "accounts.view_user",
        "assessments.add_essayquestion",
        "assessments.add_matchingquestion",
        "assessments.add_multipleresponsequestion",
        "assessments.add_orderingquestion",
        "assessments.add_quiz",
        "assessments.add_scenariojudgementquestion",
        "assessments.add_shortanswerquestion",
        "assessments.add_singlechoicequestion",
        "assessments.add_truefalsequestion",
        "assessments.change_essayquestion",
        "assessments.change_matchingquestion",
        "assessments.change_multipleresponsequestion",
        "assessments.change_orderingquestion",
        "assessments.change_quiz",
        "assessments.change_scenariojudgementquestion",
        "assessments.change_shortanswerquestion",
        "assessments.change_singlechoicequestion",
        "assessments.change_truefalsequestion",
        "assessments.delete_essayquestion",
        "assessments.delete_matchingquestion",
        "assessments.delete_multipleresponsequestion",
        "assessments.delete_orderingquestion",
        "assessments.delete_quiz",
        "assessments.delete_scenariojudgementquestion",
        "assessments.delete_shortanswerquestion",
        "assessments.delete_singlechoicequestion",
        "assessments.delete_truefalsequestion",
        "assessments.view_essayquestion",
        "assessments.view_matchingquestion",
        "assessments.view_multipleresponsequestion",
        "assessments.view_orderingquestion",
        "assessments.view_quiz",
        "assessments.view_scenariojudgementquestion",
        "assessments.view_shortanswerquestion",
        "assessments.view_singlechoicequestion",
        "assessments.view_truefalsequestion",
        "auth.add_group",
        "auth.change_group",
        "auth.delete_group",
        "auth.view_group",
        "certificates.add_certificate",
        "certificates.add_certificatearchive",
        "certificates.add_certificatetemplate",
        "certificates.change_certificate",
        "certificates.change_certificatearchive",
        "certificates.change_certificatetemplate",
        "certificates.delete_certificate",
        "certificates.delete_certificatearchive",
        "certificates.delete_certificatetemplate",
        "certificates.view_certificate",
        "certificates.view_certificatearchive",
        "certificates.view_certificatetemplate",
        "cohorts.add_cohort",
        "cohorts.add_enrollment",
        "cohorts.change_cohort",
        "cohorts.change_enrollment",
        "cohorts.delete_cohort",
        "cohorts.delete_enrollment",
        "cohorts.view_cohort",
        "cohorts.view_enrollment",
        "reporting.view_reports",
        "scheduling.add_attendance",
        "scheduling.add_registration",
        "scheduling.add_trainingsession",
        "scheduling.change_attendance",
        "scheduling.change_registration",
        "scheduling.change_trainingsession",
        "scheduling.delete_attendance",
        "scheduling.delete_registration",
        "scheduling.delete_trainingsession",
        "scheduling.view_attendance",
        "scheduling.view_registration",
        "scheduling.view_trainingsession",
        "sectors.add_sector",
        "sectors.add_sectormembership",
        "sectors.change_sector",
        "sectors.change_sectormembership",
        "sectors.delete_sector",
        "sectors.delete_sectormembership",
        "sectors.view_sector",
        "sectors.view_sectormembership",
        "wagtailadmin.access_admin",
        "wagtailcore.add_locale",
        "wagtailcore.change_locale",
        "wagtailcore.change_site",
        "wagtailcore.view_locale",
        "wagtailcore.view_site",
    },
}


def _perms(group):
    return {f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.all()}


def test_a_group_exists_for_each_of_the_five_roles(db):
    assert set(Group.objects.values_list("name", flat=True)) >= set(GROUP_NAMES.values())
    for role, name in GROUP_NAMES.items():
        assert _perms(Group.objects.get(name=name)) == set(role_permissions(role))


def test_the_apps_registrations_give_each_role_the_permissions_it_had():
    computed = {str(role): set(perms) for role, perms in group_permissions().items()}
    assert computed == PERMISSIONS_BEFORE_THE_REGISTRY
    for role in Role:
        assert len(role_permissions(role)) == len(set(role_permissions(role)))


def test_group_permissions_still_reads_as_a_mapping():
    assert dict(GROUP_PERMISSIONS) == group_permissions()
    assert set(GROUP_PERMISSIONS[Role.TRAINER]) == PERMISSIONS_BEFORE_THE_REGISTRY["trainer"]


def test_learners_have_no_admin_access_and_staff_roles_do(db):
    assert "wagtailadmin.access_admin" not in _perms(
        Group.objects.get(name=GROUP_NAMES[Role.LEARNER])
    )
    for role in (Role.TRAINER, Role.COORDINATOR, Role.CONTENT_EDITOR, Role.PLATFORM_ADMIN):
        assert "wagtailadmin.access_admin" in _perms(Group.objects.get(name=GROUP_NAMES[role]))


def test_content_editors_may_edit_but_not_publish_pages(db):
    group = Group.objects.get(name=GROUP_NAMES[Role.CONTENT_EDITOR])
    codenames = set(
        GroupPagePermission.objects.filter(
            group=group, page=Page.get_first_root_node()
        ).values_list("permission__codename", flat=True)
    )
    assert codenames == {"add_page", "change_page"}


def test_new_accounts_are_learners(learner):
    assert list(learner.groups.values_list("name", flat=True)) == [GROUP_NAMES[Role.LEARNER]]
    assert not learner.has_perm("wagtailadmin.access_admin")


def test_sector_membership_grants_and_withdraws_the_role_group(learner, sector, other_sector):
    trainers = GROUP_NAMES[Role.TRAINER]
    first = membership_create(user=learner, sector=sector, role=SectorMembership.Role.TRAINER)
    second = membership_create(
        user=learner, sector=other_sector, role=SectorMembership.Role.TRAINER
    )
    assert learner.groups.filter(name=trainers).exists()
    membership_delete(membership=first)
    assert learner.groups.filter(name=trainers).exists(), "still trainer in the other sector"
    membership_delete(membership=second)
    assert not learner.groups.filter(name=trainers).exists()


def test_platform_admin_role(learner):
    user_assign_role(user=learner, role=Role.PLATFORM_ADMIN)
    learner.refresh_from_db()
    assert learner.is_superuser
    user_remove_role(user=learner, role=Role.PLATFORM_ADMIN)
    learner.refresh_from_db()
    assert not learner.is_superuser
    assert not learner.groups.filter(name=GROUP_NAMES[Role.PLATFORM_ADMIN]).exists()
