"""Replaces Wagtail's welcome page with the platform's Dutch HomePage and adds fr/en locales."""

from django.db import migrations

TITLE = "Samen radicalisering voorkomen"
INTRO = (
    "Een vormingsplatform voor eerstelijnswerkers in Vlaanderen: leer signalen herkennen, "
    "het moeilijke gesprek voeren en handelen in concrete situaties."
)


def create_homepage(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Locale = apps.get_model("wagtailcore", "Locale")
    Page = apps.get_model("wagtailcore", "Page")
    Site = apps.get_model("wagtailcore", "Site")
    HomePage = apps.get_model("home", "HomePage")

    nl, _ = Locale.objects.get_or_create(language_code="nl")
    for code in ("fr", "en"):
        Locale.objects.get_or_create(language_code=code)

    # Wagtail's own first migration made a "Welcome to Wagtail" page (and a Site for it).
    Page.objects.filter(depth=2, content_type__app_label="wagtailcore", content_type__model="page").delete()
    if HomePage.objects.exists():
        return

    content_type, _ = ContentType.objects.get_or_create(app_label="home", model="homepage")
    root = Page.objects.get(depth=1)
    last = Page.objects.filter(depth=2).order_by("-path").first()
    next_number = int(last.path[-4:], 36) + 1 if last else 1
    path = root.path + _base36(next_number).rjust(4, "0")
    homepage = HomePage.objects.create(
        title=TITLE,
        draft_title=TITLE,
        slug="home",
        content_type=content_type,
        path=path,
        depth=2,
        numchild=0,
        url_path="/home/",
        locale=nl,
        live=True,
        intro=INTRO,
    )
    root.numchild = Page.objects.filter(depth=2).count()
    root.save(update_fields=["numchild"])
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": homepage, "site_name": "Vormingsplatform"},
    )


def _base36(number: int) -> str:
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    out = ""
    while number:
        number, rest = divmod(number, 36)
        out = digits[rest] + out
    return out or "0"


def remove_homepage(apps, schema_editor):
    apps.get_model("home", "HomePage").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [migrations.RunPython(create_homepage, remove_homepage)]
