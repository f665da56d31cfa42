"""Uploads are judged by their content, not their name, and ZIP-based files keep archive limits:
the sniffing and the limits of lms/uploads.py, then every upload screen through the real admin
views (bulk import, Wagtail documents and images, certificate templates), where a refused file
shows a clear message and leaves nothing behind."""

import io
import json
import struct
import zipfile
import zlib
from pathlib import Path

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

from certificates.models import CertificateTemplate
from certificates.validators import validate_image_file
from lms import uploads
from lms.cohorts.models import EnrollmentImport
from lms.uploads import Kind
from tests.factories import CohortFactory

# --- files made in memory -----------------------------------------------------------------

HEADER = ["email", "first_name", "last_name", "job_role", "organisation"]
ROWS = [
    ["an.peeters@school.example", "An", "Peeters", "teacher", "GO! Atheneum"],
    ["jan.janssens@school.example", "Jan", "Janssens", "teacher", "GO! Atheneum"],
]
CONTENT_TYPES = b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/"/>'


def csv_bytes() -> bytes:
    lines = [";".join(row) for row in [HEADER, *ROWS]]
    return ("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8")


def xlsx_bytes() -> bytes:
    import openpyxl

    workbook = openpyxl.Workbook()
    for row in [HEADER, *ROWS]:
        workbook.active.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def zip_bytes(members: dict[str, bytes], compression=zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=compression) as archive:
        for name, data in members.items():
            archive.writestr(zipfile.ZipInfo(name), data, compress_type=compression)
    return buffer.getvalue()


def docx_bytes(**extra: bytes) -> bytes:
    return zip_bytes(
        {"[Content_Types].xml": CONTENT_TYPES, "word/document.xml": b"<w:document/>", **extra}
    )


def pptx_bytes() -> bytes:
    return zip_bytes(
        {"[Content_Types].xml": CONTENT_TYPES, "ppt/presentation.xml": b"<p:presentation/>"}
    )


def odt_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        # ODF wants the mimetype first and stored, so that it can be read at a fixed offset.
        archive.writestr("mimetype", uploads.ODT_MIMETYPE, compress_type=zipfile.ZIP_STORED)
        archive.writestr("content.xml", b"<office:document-content/>", zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def xlsx_like(**extra: bytes) -> bytes:
    """The two parts that make a workbook recognisable, plus ``extra`` members."""
    return zip_bytes(
        {"[Content_Types].xml": CONTENT_TYPES, "xl/workbook.xml": b"<workbook/>", **extra}
    )


def zip_bomb() -> bytes:
    """A workbook-shaped zip whose sheet unpacks 5 MB of one repeated byte from a few KB."""
    return xlsx_like(**{"xl/worksheets/sheet1.xml": b"0" * (5 * 1024 * 1024)})


def with_flag(data: bytes, name: bytes, flag: int) -> bytes:
    """``data`` with general-purpose ``flag`` set on member ``name`` (local and central header),
    as an encrypting zip tool would; zipfile cannot write it itself."""
    data = bytearray(data)
    for signature, flag_offset, name_offset in ((b"PK\x03\x04", 6, 30), (b"PK\x01\x02", 8, 46)):
        start = data.find(signature)
        while start != -1:
            if data[start + name_offset : start + name_offset + len(name)] == name:
                (flags,) = struct.unpack_from("<H", data, start + flag_offset)
                struct.pack_into("<H", data, start + flag_offset, flags | flag)
            start = data.find(signature, start + 1)
    return bytes(data)


def with_declared_size(data: bytes, name: bytes, size: int) -> bytes:
    """``data`` where member ``name`` claims to unpack to ``size`` bytes (a lying zip bomb)."""
    data = bytearray(data)
    for signature, size_offset, name_offset in ((b"PK\x03\x04", 22, 30), (b"PK\x01\x02", 24, 46)):
        start = data.find(signature)
        while start != -1:
            if data[start + name_offset : start + name_offset + len(name)] == name:
                struct.pack_into("<I", data, start + size_offset, size)
            start = data.find(signature, start + 1)
    return bytes(data)


def png_bytes(width: int, height: int) -> bytes:
    """A valid black-and-white PNG: a huge canvas costs a few kilobytes."""

    def chunk(tag: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + tag + body + struct.pack(">I", zlib.crc32(tag + body))

    row = b"\x00" * (1 + (width + 7) // 8)
    compressor = zlib.compressobj(9)
    pixels = b"".join(compressor.compress(row) for _ in range(height)) + compressor.flush()
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def small_png() -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (90, 30), (29, 79, 145)).save(buffer, format="PNG")
    return buffer.getvalue()


PDF = b"%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
RTF = b"{\\rtf1\\ansi Hallo}\n"
OLE = uploads.OLE_SIGNATURE + b"\x00" * 504
TEXT = "Naam;Gemeente\r\nAn;Gent\r\nZoë;Liège\r\n".encode()


@pytest.fixture(autouse=True)
def _english():
    """Messages are asserted as written (English msgids), whatever the catalogues hold."""
    with translation.override("en"):
        yield


def messages(exc: pytest.ExceptionInfo) -> str:
    return " ".join(exc.value.messages)


# --- sniffing -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"", Kind.EMPTY),
        (TEXT, Kind.TEXT),
        (csv_bytes(), Kind.TEXT),
        ("naam\r\nAn\r\n".encode("utf-16"), Kind.TEXT),  # Excel's "Unicode text"
        ("Zoë;Liège\r\n".encode("cp1252"), Kind.TEXT),  # not UTF-8, still text
        (PDF, Kind.PDF),
        (RTF, Kind.RTF),
        (OLE, Kind.OLE),
        (small_png(), Kind.PNG),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", Kind.JPEG),
        (b"GIF89a\x01\x00\x01\x00", Kind.GIF),
        (b"RIFF\x10\x00\x00\x00WEBPVP8 ", Kind.WEBP),
        (xlsx_bytes(), Kind.XLSX),
        (docx_bytes(), Kind.DOCX),
        (pptx_bytes(), Kind.PPTX),
        (odt_bytes(), Kind.ODT),
        (zip_bytes({"notes.txt": b"hallo"}), Kind.ZIP),
        # Without [Content_Types].xml an Office package is just a zip.
        (zip_bytes({"xl/workbook.xml": b"<workbook/>"}), Kind.ZIP),
        (b"PK\x03\x04" + b"\x00" * 40, Kind.DAMAGED_ZIP),
        (b"text\x00with a NUL byte", Kind.BINARY),
        (b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 32, Kind.BINARY),
        (b"abc\x1b[31m" * 3, Kind.BINARY),
    ],
)
def test_sniff_names_the_kind_by_content(data, kind):
    assert uploads.sniff(data) == kind
    upload = SimpleUploadedFile("whatever.name", data)
    upload.seek(3 if data else 0)
    assert uploads.sniff(upload) == kind
    assert upload.tell() == (3 if data else 0)  # left where it was for the code that follows


def test_a_nul_byte_far_into_a_file_is_still_found():
    data = b"a;b\r\n" * 100_000 + b"\x00"
    assert uploads.sniff(data) == Kind.BINARY


def test_broken_utf_16_is_not_text():
    assert uploads.sniff(b"\xff\xfen\x00a\x00\x00\xd8") == Kind.BINARY  # a lone surrogate


# --- archive limits -----------------------------------------------------------------------


def test_real_office_files_pass_the_archive_limits():
    for data in (xlsx_bytes(), docx_bytes(), pptx_bytes(), odt_bytes()):
        uploads.check_archive(data, uploads.XLSX_LIMITS)


def test_a_zip_bomb_member_is_refused_by_its_ratio():
    with pytest.raises(ValidationError) as exc:
        uploads.check_archive(zip_bomb(), uploads.XLSX_LIMITS)
    assert exc.value.code == "compression_ratio"
    assert "xl/worksheets/sheet1.xml" in messages(exc)
    assert "more than 100 times its packed size" in messages(exc)


def test_a_small_member_may_compress_well():
    uploads.check_archive(xlsx_like(**{"xl/styles.xml": b" " * 500_000}), uploads.XLSX_LIMITS)


def test_a_file_that_unpacks_too_large_is_refused(monkeypatch):
    limits = uploads.ArchiveLimits(max_members=10, max_unpacked_bytes=1000)
    with pytest.raises(ValidationError) as exc:
        uploads.check_archive(xlsx_like(**{"xl/sharedStrings.xml": b"x" * 2000}), limits)
    assert exc.value.code == "unpacks_too_large"
    assert "unpacks to more than 1000" in messages(exc)


def test_a_member_that_lies_about_its_size_is_refused():
    """The central directory says 10 bytes; unpacking finds more and stops there."""
    data = with_declared_size(
        docx_bytes(**{"word/media/blob.bin": b"y" * 5000}), b"word/media/blob.bin", 10
    )
    with pytest.raises(ValidationError) as exc:
        uploads.check_archive(data)
    assert exc.value.code == "damaged_archive"


def test_too_many_members_are_refused():
    data = zip_bytes({f"part{n}.xml": b"<x/>" for n in range(uploads.MAX_ARCHIVE_MEMBERS + 1)})
    with pytest.raises(ValidationError) as exc:
        uploads.check_archive(data)
    assert exc.value.code == "too_many_members"
    assert "1001 packed parts; at most 1000" in messages(exc)


@pytest.mark.parametrize(
    "name", ["../evil.xml", "xl/../../evil", "/etc/cron.d/evil", "C:\\evil", "..\\evil"]
)
def test_member_names_outside_the_archive_are_refused(name):
    with pytest.raises(ValidationError) as exc:
        uploads.check_archive(xlsx_like(**{name: b"<x/>"}))
    assert exc.value.code == "unsafe_member_name"
    assert name in messages(exc)


def test_an_encrypted_member_is_refused():
    data = with_flag(docx_bytes(**{"word/secret.xml": b"<x/>"}), b"word/secret.xml", 0x1)
    with pytest.raises(ValidationError) as exc:
        uploads.check_archive(data)
    assert exc.value.code == "encrypted_member"
    assert "word/secret.xml" in messages(exc)


def test_a_damaged_archive_is_refused():
    data = xlsx_bytes()
    with pytest.raises(ValidationError) as exc:
        uploads.check_archive(data[: len(data) // 2])
    assert exc.value.code == "damaged_archive"


# --- the import table ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (csv_bytes(), Kind.TEXT),
        (xlsx_bytes(), Kind.XLSX),
        (TEXT.decode().encode("utf-16"), Kind.TEXT),
    ],
)
def test_import_accepts_csv_text_and_real_workbooks(data, kind):
    assert uploads.validate_import_table(SimpleUploadedFile("learners.csv", data)) == kind


@pytest.mark.parametrize(
    ("data", "code", "text"),
    [
        (PDF, "not_a_table", "its content is: PDF document"),
        (docx_bytes(), "not_a_table", "its content is: Word document (.docx)"),
        (small_png(), "not_a_table", "its content is: PNG image"),
        (OLE, "old_office_file", "old Excel file (.xls) or a password-protected workbook"),
        (zip_bytes({"a.txt": b"a"}), "invalid_xlsx", "not a valid Excel workbook (.xlsx)"),
        (b"PK\x03\x04garbage" * 4, "invalid_xlsx", "not a valid Excel workbook (.xlsx)"),
        (zip_bomb(), "compression_ratio", "more than 100 times its packed size"),
        (xlsx_like(**{"../evil": b"x"}), "unsafe_member_name", "(../evil)"),
    ],
)
def test_import_refuses_anything_else_with_a_clear_message(data, code, text):
    with pytest.raises(ValidationError) as exc:
        uploads.validate_import_table(SimpleUploadedFile("learners.xlsx", data))
    assert exc.value.code == code
    assert text in messages(exc)


# --- documents ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("extension", "data"),
    [
        ("pdf", PDF),
        ("rtf", RTF),
        ("txt", TEXT),
        ("csv", csv_bytes()),
        ("docx", docx_bytes()),
        ("pptx", pptx_bytes()),
        ("xlsx", xlsx_bytes()),
        ("odt", odt_bytes()),
        ("zip", zip_bytes({"notes.txt": b"hallo"})),
        ("zip", docx_bytes()),  # an Office file is a zip too
    ],
)
def test_documents_whose_content_matches_their_extension_pass(extension, data):
    upload = SimpleUploadedFile(f"document.{extension}", data)
    uploads.validate_document(upload, extension=extension)


@pytest.mark.parametrize(
    ("extension", "data", "text"),
    [
        (
            "pdf",
            TEXT,
            "claims to be .pdf but its content is not a PDF. Its content is: plain text.",
        ),
        ("pdf", docx_bytes(), "not a PDF. Its content is: Word document (.docx)."),
        ("docx", PDF, "claims to be .docx but its content is not a Word document (.docx)."),
        ("docx", xlsx_bytes(), "Its content is: Excel workbook (.xlsx)."),
        ("xlsx", docx_bytes(), "claims to be .xlsx but its content is not an Excel workbook"),
        ("pptx", zip_bytes({"a": b"a"}), "not a PowerPoint presentation (.pptx)"),
        ("odt", docx_bytes(), "not an OpenDocument text (.odt)"),
        ("rtf", TEXT, "not an RTF document"),
        ("txt", small_png(), "claims to be .txt but its content is not text. Its content is: PNG"),
        ("csv", OLE, "claims to be .csv but its content is not text."),
        ("zip", PDF, "claims to be .zip but its content is not a ZIP archive."),
    ],
)
def test_renamed_documents_are_refused_by_content(extension, data, text):
    with pytest.raises(ValidationError) as exc:
        uploads.validate_document(SimpleUploadedFile(f"a.{extension}", data), extension=extension)
    assert exc.value.code == "content_mismatch"
    assert text in messages(exc)


def test_a_document_zip_keeps_the_archive_limits():
    with pytest.raises(ValidationError) as exc:
        uploads.validate_document(
            SimpleUploadedFile("a.docx", docx_bytes(**{"../x": b"x"})), extension="docx"
        )
    assert exc.value.code == "unsafe_member_name"


def test_documents_have_a_size_limit_and_a_list_of_checked_extensions():
    with pytest.raises(ValidationError) as exc:
        uploads.validate_document(
            io.BytesIO(PDF), extension="pdf", size=uploads.MAX_DOCUMENT_BYTES + 1
        )
    assert exc.value.code == "too_large"
    twenty = filesizeformat(uploads.MAX_DOCUMENT_BYTES)
    assert f"documents of at most {twenty} are accepted" in messages(exc)
    with pytest.raises(ValidationError) as exc:
        uploads.validate_document(io.BytesIO(b"keynote"), extension="key")
    assert exc.value.code == "extension_not_checked"


def test_settings_mirror_the_limits():
    assert settings.WAGTAILDOCS_DOCUMENT_FORM_BASE == "lms.documents_forms.DocumentForm"
    assert settings.WAGTAILDOCS_MAX_UPLOAD_SIZE == uploads.MAX_DOCUMENT_BYTES
    assert set(settings.WAGTAILDOCS_EXTENSIONS) == set(uploads.DOCUMENT_KINDS)  # no .key
    assert settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE == uploads.MAX_IMAGE_BYTES
    assert settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS == uploads.MAX_IMAGE_PIXELS
    assert sorted(settings.WAGTAILIMAGES_EXTENSIONS) == ["gif", "jpeg", "jpg", "png", "webp"]


# --- certificate images -------------------------------------------------------------------


def test_certificate_images_have_a_pixel_limit():
    validate_image_file(SimpleUploadedFile("logo.png", png_bytes(6000, 6000)))  # 36 megapixels
    with pytest.raises(ValidationError) as exc:
        validate_image_file(SimpleUploadedFile("logo.png", png_bytes(7000, 7000)))
    assert exc.value.code == "too_many_pixels"


def test_a_decompression_bomb_is_a_clear_error_not_a_crash():
    """Beyond twice Pillow's own limit, opening the image raises DecompressionBombError."""
    bomb = png_bytes(15_000, 15_000)
    assert len(bomb) < 100_000
    with pytest.raises(ValidationError) as exc:
        validate_image_file(SimpleUploadedFile("logo.png", bomb))
    assert exc.value.code == "too_many_pixels"
    assert "at most 40 megapixels are accepted" in messages(exc)


# --- through the admin views --------------------------------------------------------------


def media_files() -> list[Path]:
    return [path for path in Path(settings.MEDIA_ROOT).rglob("*") if path.is_file()]


def in_english(client):
    """The admin speaks the language of this cookie: English shows the messages as written."""
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    return client


def assert_shows(response, text: str) -> None:
    assert escape(text) in response.content.decode()


@pytest.fixture
def superuser(user_factory):
    user = user_factory(email="beheer@vlaanderen.example")
    user.is_superuser = True
    user.save()
    return user


@pytest.fixture
def cohort(sector):
    import datetime

    from tests.factories import course_tree

    course, _lessons = course_tree(modules=1, lessons_per_module=1, title="Signalen herkennen")
    return CohortFactory(
        sector=sector, course=course, name="Leerkrachten Gent", starts_on=datetime.date(2026, 9, 1)
    )


def post_import(client, cohort, name: str, data: bytes):
    return client.post(
        reverse("cohorts_import:upload", args=[cohort.pk]), {"file": SimpleUploadedFile(name, data)}
    )


@pytest.mark.django_db
def test_import_view_accepts_a_workbook_named_csv_by_its_content(client, trainer, cohort):
    in_english(client).force_login(trainer)
    response = post_import(client, cohort, "learners.csv", xlsx_bytes())
    assert response.status_code == 302
    item = EnrollmentImport.objects.get()
    assert (item.total_rows, item.original_filename) == (2, "learners.csv")


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "data", "text"),
    [
        ("learners.xlsx", zip_bomb(), "unpacks to more than 100 times its packed size"),
        ("learners.xlsx", xlsx_like(**{"../../evil.sh": b"x"}), "unsafe name (../../evil.sh)"),
        (
            "learners.xlsx",
            docx_bytes(),
            "This file is not a CSV file or an Excel workbook (.xlsx); its content is: Word "
            "document (.docx).",
        ),
        ("learners.csv", PDF, "its content is: PDF document."),
        ("learners.xls", OLE, "This is an old Excel file (.xls) or a password-protected workbook."),
        ("learners.xlsx", zip_bytes({"a.txt": b"a"}), "This file is not a valid Excel workbook"),
    ],
)
def test_import_view_refuses_by_content_and_writes_nothing(
    client, trainer, cohort, name, data, text
):
    in_english(client).force_login(trainer)
    response = post_import(client, cohort, name, data)
    assert response.status_code == 400
    assert_shows(response, text)
    assert not EnrollmentImport.objects.exists()
    assert media_files() == []


def add_document(client, name: str, data: bytes):
    return client.post(
        reverse("wagtaildocs:add"),
        {
            "title": name,
            "collection": Collection.get_first_root_node().pk,
            "file": SimpleUploadedFile(name, data),
        },
    )


@pytest.mark.django_db
def test_document_view_keeps_a_real_document(client, superuser):
    in_english(client).force_login(superuser)
    response = add_document(client, "handleiding.pdf", PDF)
    assert response.status_code == 302
    document = get_document_model().objects.get()
    assert document.file.name.endswith(".pdf")
    assert len(media_files()) == 1


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "data", "text"),
    [
        (
            "handleiding.pdf",
            b"<html><script>alert(1)</script></html>",
            "This file claims to be .pdf but its content is not a PDF. Its content is: plain text.",
        ),
        ("rapport.docx", small_png(), "claims to be .docx but its content is not a Word document"),
        ("bundel.zip", zip_bytes({"a.bin": b"\x00" * (2 * 1024 * 1024)}), "(a.bin) unpacks to"),
        ("rapport.docx", docx_bytes(**{"/etc/evil": b"x"}), "unsafe name (/etc/evil)"),
        ("presentatie.key", b"keynote", "“key”"),  # Keynote cannot be checked: not allowed
    ],
)
def test_document_view_refuses_by_content_and_writes_nothing(client, superuser, name, data, text):
    in_english(client).force_login(superuser)
    response = add_document(client, name, data)
    assert response.status_code == 200
    assert_shows(response, text)
    errors = response.context["form"].errors["file"]
    assert len(errors) == 1  # not followed by Wagtail's "File extension ‘’ is not allowed"
    assert not get_document_model().objects.exists()
    assert media_files() == []


@pytest.mark.django_db
def test_document_multiple_upload_is_checked_too(client, superuser):
    in_english(client).force_login(superuser)
    response = client.post(
        reverse("wagtaildocs:add_multiple"),
        {
            "collection": Collection.get_first_root_node().pk,
            "files[]": SimpleUploadedFile("cijfers.xlsx", zip_bomb()),
        },
    )
    assert response.status_code == 200
    body = json.loads(response.content)
    assert body["success"] is False
    assert "unpacks to more than 100 times its packed size" in body["error_message"]
    assert not get_document_model().objects.exists()
    assert media_files() == []


def add_image(client, name: str, data: bytes):
    return client.post(
        reverse("wagtailimages:add"),
        {
            "title": name,
            "collection": Collection.get_first_root_node().pk,
            "file": SimpleUploadedFile(name, data),
        },
    )


@pytest.mark.django_db
def test_image_view_keeps_a_real_image(client, superuser):
    in_english(client).force_login(superuser)
    assert add_image(client, "logo.png", small_png()).status_code == 302
    assert get_image_model().objects.count() == 1


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "data", "text"),
    [
        ("logo.png", b"this is not an image\n", "Upload a valid image."),
        (
            "logo.svg",
            b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
            "Not a supported image format. Supported formats: GIF, JPG, JPEG, PNG, WEBP.",
        ),
        ("poster.png", png_bytes(7000, 7000), "This file has too many pixels (49000000)."),
        ("logo.jpg", small_png(), "Not a valid .jpeg image."),
    ],
)
def test_image_view_refuses_by_content_and_writes_nothing(client, superuser, name, data, text):
    in_english(client).force_login(superuser)
    response = add_image(client, name, data)
    assert response.status_code == 200
    assert_shows(response, text)
    assert not get_image_model().objects.exists()
    assert media_files() == []


def template_form(sector, **files) -> dict:
    return {
        "sector": sector.pk,
        "title": "Attest vorming",
        "body": "{learner_name} volgde {course} ({hours} uur) op {date}.",
        "orientation": "landscape",
        "primary_colour": "#1d4f91",
        "accent_colour": "#f2b705",
        "signatory_name": "An Peeters",
        "signatory_function": "Coördinator vorming",
        "validity_months": "24",
        **files,
    }


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("field", "name", "data", "text"),
    [
        ("logo", "logo.png", png_bytes(15_000, 15_000), "at most 40 megapixels are accepted"),
        ("signature", "handtekening.png", png_bytes(7000, 7000), "at most 40 megapixels"),
        ("logo", "logo.png", PDF, "This file is not an image. Upload a PNG or JPEG file."),
    ],
)
def test_certificate_template_refuses_bad_images_and_writes_nothing(
    client, trainer, sector, field, name, data, text
):
    in_english(client).force_login(trainer)
    url = reverse("certificate_templates:add")
    response = client.post(url, template_form(sector, **{field: SimpleUploadedFile(name, data)}))
    assert response.status_code == 200
    assert_shows(response, text)
    assert field in response.context["form"].errors
    assert not CertificateTemplate.objects.exists()
    assert media_files() == []


@pytest.mark.django_db
def test_certificate_template_keeps_a_real_logo(client, trainer, sector):
    in_english(client).force_login(trainer)
    data = template_form(sector, logo=SimpleUploadedFile("logo.png", small_png()))
    assert client.post(reverse("certificate_templates:add"), data).status_code == 302
    assert CertificateTemplate.objects.get().logo.name.endswith(".png")


@pytest.mark.django_db
def test_document_edit_keeps_the_stored_file_or_checks_a_new_one(client, superuser):
    in_english(client).force_login(superuser)
    assert add_document(client, "handleiding.pdf", PDF).status_code == 302
    document = get_document_model().objects.get()
    url = reverse("wagtaildocs:edit", args=[document.pk])
    collection = Collection.get_first_root_node().pk
    renamed = client.post(url, {"title": "Handleiding 2026", "collection": collection})
    assert renamed.status_code == 302
    document.refresh_from_db()
    assert document.title == "Handleiding 2026"

    fake = SimpleUploadedFile("handleiding.pdf", b"MZ\x90\x00\x03\x00\x00\x00")
    replaced = client.post(url, {"title": "Vervangen", "collection": collection, "file": fake})
    assert replaced.status_code == 200
    assert_shows(replaced, "This file claims to be .pdf but its content is not a PDF.")
    document.refresh_from_db()
    assert document.title == "Handleiding 2026"
    assert Path(document.file.path).read_bytes() == PDF
    assert len(media_files()) == 1
