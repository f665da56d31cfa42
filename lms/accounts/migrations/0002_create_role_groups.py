"""Creates one auth group per platform role, with its permissions (see lms/accounts/roles.py).

The role definitions are copied here as they stood when this migration was written, so that a
later change to roles.py needs its own migration instead of silently changing this one.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUPS = {
    "learner": ("Lerenden", []),
    "trainer": ("Sectortrainers", ["wagtailadmin.access_admin"]),
    "coordinator": ("Sectorcoördinatoren", ["wagtailadmin.access_admin"]),
    "content_editor": ("Contentredacteurs", ["wagtailadmin.access_admin"]),
    "platform_admin": (
        "Platformbeheerders",
        [
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
        ],
    ),
}
PAGE_PERMISSIONS = {
    "content_editor": ["add_page", "change_page"],
    "platform_admin": [
        "add_page",
        "change_page",
        "publish_page",
        "bulk_delete_page",
        "lock_page",
        "unlock_page",
    ],
}
EDITOR_COLLECTION = [
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.choose_document",
]
COLLECTION_PERMISSIONS = {
    "content_editor": EDITOR_COLLECTION,
    "platform_admin": [*EDITOR_COLLECTION, "wagtailimages.delete_image", "wagtaildocs.delete_document"],
}


def create_role_groups(apps, schema_editor):
    # Model permissions are normally created after migrate (post_migrate); create them now so
    # that this migration can hand them out on a fresh database.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    def permission(dotted):
        app_label, codename = dotted.split(".")
        return Permission.objects.get(content_type__app_label=app_label, codename=codename)

    root_page = Page.objects.filter(depth=1).first()
    root_collection = Collection.objects.filter(depth=1).first()
    for role, (name, permissions) in GROUPS.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*[permission(p) for p in permissions])
        if root_page is not None:
            for codename in PAGE_PERMISSIONS.get(role, []):
                GroupPagePermission.objects.get_or_create(
                    group=group, page=root_page, permission=permission(f"wagtailcore.{codename}")
                )
        if root_collection is not None:
            for dotted in COLLECTION_PERMISSIONS.get(role, []):
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root_collection, permission=permission(dotted)
                )


def remove_role_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Group.objects.filter(name__in=[name for name, _ in GROUPS.values()]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_initial"),
        ("sectors", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(create_role_groups, remove_role_groups)]
