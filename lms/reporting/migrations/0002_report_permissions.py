"""Sector coordinators see their sectors' reports and platform administrators all sectors';
trainers do not see reports (DESIGN.md: the coordinator has "the sector's reports")."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUPS = ["Sectorcoördinatoren", "Platformbeheerders"]


def _permissions(apps):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Permission = apps.get_model("auth", "Permission")
    return list(
        Permission.objects.filter(content_type__app_label="reporting", codename="view_reports")
    )


def forwards(apps, schema_editor):
    permissions = _permissions(apps)
    for group in apps.get_model("auth", "Group").objects.filter(name__in=GROUPS):
        group.permissions.add(*permissions)


def backwards(apps, schema_editor):
    permissions = _permissions(apps)
    for group in apps.get_model("auth", "Group").objects.filter(name__in=GROUPS):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("reporting", "0001_export_log"),
        ("accounts", "0002_create_role_groups"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
