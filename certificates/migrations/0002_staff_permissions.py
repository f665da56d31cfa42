"""Trainers, coordinators and platform administrators manage certificate templates, issue,
revoke and download certificates in the admin; rows are scoped by sector."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

MODELS = ["certificatetemplate", "certificate", "certificatearchive"]
GROUPS = ["Sectortrainers", "Sectorcoördinatoren", "Platformbeheerders"]


def _permissions(apps):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.filter(
        content_type__app_label="certificates",
        codename__in=[f"{a}_{m}" for m in MODELS for a in ("add", "change", "delete", "view")],
    )


def forwards(apps, schema_editor):
    permissions = list(_permissions(apps))
    for group in apps.get_model("auth", "Group").objects.filter(name__in=GROUPS):
        group.permissions.add(*permissions)


def backwards(apps, schema_editor):
    permissions = list(_permissions(apps))
    for group in apps.get_model("auth", "Group").objects.filter(name__in=GROUPS):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("certificates", "0001_certificates"),
        ("accounts", "0002_create_role_groups"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
