"""Certificate templates in the Wagtail admin: sector isolation, validation of placeholders and
uploads, one default per sector, and the sample PDF preview."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image
from pypdf import PdfReader

from certificates.models import CertificateTemplate
from tests.factories import CertificateTemplateFactory, SectorMembershipFactory


def url(name: str, *args) -> str:
    return reverse(f"certificate_templates:{name}", args=args)


def png_upload(name="logo.png") -> SimpleUploadedFile:
    buffer = io.BytesIO()
    Image.new("RGB", (90, 30), (29, 79, 145)).save(buffer, format="PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def form_data(sector, **overrides) -> dict:
    data = {
        "sector": sector.pk,
        "title": "Attest vorming",
        "body": "{learner_name} volgde {course} ({hours} uur) op {date}.",
        "orientation": "landscape",
        "primary_colour": "#1d4f91",
        "accent_colour": "#f2b705",
        "signatory_name": "An Peeters",
        "signatory_function": "Coördinator vorming",
        "validity_months": "24",
        "is_default": "on",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


@pytest.fixture
def other_template(other_sector):
    return CertificateTemplateFactory(sector=other_sector, title="Attest Jeugdwerk")


@pytest.fixture
def other_coordinator(other_sector):
    return SectorMembershipFactory(sector=other_sector, role="coordinator").user


def pdf_text(data: bytes) -> str:
    return " ".join(PdfReader(io.BytesIO(data)).pages[0].extract_text().split())


def test_trainer_lists_creates_edits_and_previews_own_templates(
    client, trainer, sector, other_sector, template, other_template
):
    client.force_login(trainer)
    listing = client.get(url("list"))
    assert listing.status_code == 200
    html = listing.content.decode()
    assert "Attest van deelname" in html and "Attest Jeugdwerk" not in html
    assert url("sample_preview", template.pk) in html

    form = client.get(url("add")).content.decode()
    sector_select = form.split('name="sector"', 1)[1].split("</select>", 1)[0]
    assert "Onderwijs" in sector_select and "Jeugd" not in sector_select

    data = form_data(sector, is_default=None, logo=png_upload())
    response = client.post(url("add"), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    created = CertificateTemplate.objects.get(title="Attest vorming")
    assert created.sector == sector and created.logo.name.endswith(".png")
    assert not created.is_default

    assert client.get(url("inspect", created.pk)).status_code == 200
    edit = client.get(url("edit", created.pk))
    assert edit.status_code == 200
    assert url("sample_preview", created.pk) in edit.content.decode()
    response = client.post(url("edit", created.pk), form_data(sector, title="Attest nascholing"))
    assert response.status_code == 302, response.content.decode()[:2000]
    created.refresh_from_db()
    assert created.title == "Attest nascholing"

    preview = client.get(url("sample_preview", created.pk))
    assert preview.status_code == 200
    assert preview["Content-Type"] == "application/pdf"
    assert preview["Content-Disposition"].startswith("inline;")
    assert preview.content.startswith(b"%PDF")
    text = pdf_text(preview.content)
    assert "Attest nascholing" in text and "Voornaam Achternaam" in text and "VOORBEELD" in text
    assert len(PdfReader(io.BytesIO(preview.content)).pages[0].images) == 1  # the logo


def test_a_trainer_cannot_assign_a_template_to_another_sector(client, trainer, other_sector):
    client.force_login(trainer)
    response = client.post(url("add"), form_data(other_sector, title="Sluiproute"))
    assert response.status_code == 200
    assert "sector" in response.context["form"].errors
    assert not CertificateTemplate.objects.filter(title="Sluiproute").exists()


@pytest.mark.parametrize("who", ["other_trainer", "other_coordinator"])
def test_staff_of_another_sector_cannot_see_or_change_a_template(
    request, client, who, sector, template
):
    client.force_login(request.getfixturevalue(who))
    listing = client.get(url("list"))
    assert listing.status_code == 200
    assert "Attest van deelname" not in listing.content.decode()
    assert client.get(url("edit", template.pk)).status_code in (302, 403, 404)
    changed = client.post(url("edit", template.pk), form_data(sector, title="Overgenomen"))
    assert changed.status_code in (302, 403, 404)
    assert client.get(url("sample_preview", template.pk)).status_code in (302, 403, 404)
    assert client.get(url("inspect", template.pk)).status_code in (302, 403, 404)
    assert client.get(url("history", template.pk)).status_code in (302, 403, 404)
    assert client.get(url("delete", template.pk)).status_code in (302, 403, 404)
    assert client.post(url("delete", template.pk)).status_code in (302, 403, 404)
    template.refresh_from_db()
    assert template.title == "Attest van deelname"


def test_learners_and_anonymous_visitors_get_no_preview(client, learner, template):
    assert client.get(url("sample_preview", template.pk)).status_code == 302
    client.force_login(learner)
    response = client.get(url("sample_preview", template.pk))
    assert response.status_code in (302, 403)
    assert not response.content.startswith(b"%PDF")


def test_a_platform_admin_sees_every_sector(client, template, other_template, user_factory):
    admin = user_factory(email="beheer@vlaanderen.example")
    admin.is_superuser = True
    admin.save()
    client.force_login(admin)
    html = client.get(url("list")).content.decode()
    assert "Attest van deelname" in html and "Attest Jeugdwerk" in html
    assert client.get(url("sample_preview", other_template.pk)).status_code == 200


def test_an_unknown_placeholder_is_refused_with_its_name(client, trainer, sector):
    client.force_login(trainer)
    response = client.post(
        url("add"), form_data(sector, body="Proficiat {learner_name}, je behaalde {diploma}.")
    )
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert "{diploma}" in " ".join(errors["body"])
    assert "{diploma}" in response.content.decode()
    assert not CertificateTemplate.objects.exists()


def test_a_logo_that_is_not_an_image_is_refused(client, trainer, sector):
    client.force_login(trainer)
    fake = SimpleUploadedFile("logo.png", b"dit is geen afbeelding\n", content_type="image/png")
    response = client.post(url("add"), form_data(sector, logo=fake))
    assert response.status_code == 200
    assert "logo" in response.context["form"].errors
    assert not CertificateTemplate.objects.exists()


def test_a_new_default_template_takes_over_from_the_previous_one(client, trainer, sector, template):
    assert template.is_default
    client.force_login(trainer)
    response = client.post(url("add"), form_data(sector, title="Nieuw standaardattest"))
    assert response.status_code == 302, response.content.decode()[:2000]
    new = CertificateTemplate.objects.get(title="Nieuw standaardattest")
    template.refresh_from_db()
    assert new.is_default and not template.is_default

    # And back again, by editing the old one.
    response = client.post(url("edit", template.pk), form_data(sector, title="Attest van deelname"))
    assert response.status_code == 302, response.content.decode()[:2000]
    new.refresh_from_db()
    template.refresh_from_db()
    assert template.is_default and not new.is_default
    assert CertificateTemplate.objects.filter(sector=sector, is_default=True).count() == 1
