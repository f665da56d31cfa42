"""What an uploaded file really is, judged by its bytes rather than its name, and the limits
every upload keeps.

``sniff()`` names a file's kind from its magic number and, for ZIP-based formats, from the
members inside. ``check_archive()`` refuses a ZIP-based file that would cost too much to unpack
(zip bombs), has too many members, unsafe member names or encrypted members. The validators built
on them raise ValidationError with a message that says what was wrong and what is accepted:
``validate_import_table()`` for the bulk enrolment import, ``validate_document()`` for Wagtail
documents (through ``lms.documents_forms.DocumentForm``). Certificate images are checked in
certificates/validators.py with ``MAX_IMAGE_PIXELS``; Wagtail decodes its own images, with
settings that mirror the constants below (tests/security/test_uploads.py keeps them equal).
"""

import codecs
import io
import re
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from typing import IO

from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

MAX_DOCUMENT_BYTES = 20 * 1024 * 1024  # settings.WAGTAILDOCS_MAX_UPLOAD_SIZE
MAX_IMAGE_BYTES = 10 * 1024 * 1024  # settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE
MAX_IMAGE_PIXELS = 40_000_000  # settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS; certificate images

# Archive limits. A list of 20,000 learners unpacks to about 7 MB with a sheet compressed about
# 15 times, and office documents rarely pass 30 times; deflate reaches about 1,000 times on
# repeated bytes, which is what a zip bomb relies on.
MAX_ARCHIVE_MEMBERS = 1000
MAX_XLSX_UNPACKED_BYTES = 50 * 1024 * 1024
MAX_DOCUMENT_UNPACKED_BYTES = 100 * 1024 * 1024
MAX_COMPRESSION_RATIO = 100
# Below this size a member cannot hurt, whatever its ratio (a run of spaces in a small XML part).
RATIO_CHECKED_FROM_BYTES = 1024 * 1024

CHUNK_BYTES = 64 * 1024
ZIP_SIGNATURES = (b"PK\x03\x04", b"PK\x05\x06")  # a member first, or an empty archive
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .doc/.xls/.ppt, and password-protected .xlsx
ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"
ZIP_ENCRYPTED_FLAG = 0x1
# Control characters that do not occur in text files: tab, line feed, vertical tab, form feed
# and carriage return do, and so does the old end-of-file mark (0x1a) of DOS editors.
_BINARY_BYTES = re.compile(rb"[\x00-\x08\x0e-\x19\x1b-\x1f]")
_BINARY_CHARACTERS = re.compile(r"[\x00-\x08\x0e-\x19\x1b-\x1f]")
_DRIVE = re.compile(r"^[A-Za-z]:")


class Kind(StrEnum):
    EMPTY = "empty"
    TEXT = "text"
    PDF = "pdf"
    RTF = "rtf"
    ZIP = "zip"
    XLSX = "xlsx"
    DOCX = "docx"
    PPTX = "pptx"
    ODT = "odt"
    DAMAGED_ZIP = "damaged-zip"
    OLE = "ole"
    PNG = "png"
    JPEG = "jpeg"
    GIF = "gif"
    WEBP = "webp"
    BINARY = "binary"


ZIP_KINDS = frozenset({Kind.ZIP, Kind.XLSX, Kind.DOCX, Kind.PPTX, Kind.ODT})

KIND_LABELS = {
    Kind.EMPTY: _("an empty file"),
    Kind.TEXT: _("plain text"),
    Kind.PDF: _("PDF document"),
    Kind.RTF: _("RTF document"),
    Kind.ZIP: _("ZIP archive"),
    Kind.XLSX: _("Excel workbook (.xlsx)"),
    Kind.DOCX: _("Word document (.docx)"),
    Kind.PPTX: _("PowerPoint presentation (.pptx)"),
    Kind.ODT: _("OpenDocument text (.odt)"),
    Kind.DAMAGED_ZIP: _("damaged ZIP archive"),
    Kind.OLE: _("old Microsoft Office file (.doc, .xls, .ppt) or password-protected Office file"),
    Kind.PNG: _("PNG image"),
    Kind.JPEG: _("JPEG image"),
    Kind.GIF: _("GIF image"),
    Kind.WEBP: _("WebP image"),
    Kind.BINARY: _("unrecognised binary data"),
}

_SIGNATURES = (
    (b"%PDF-", Kind.PDF),
    (b"{\\rtf", Kind.RTF),
    (b"\x89PNG\r\n\x1a\n", Kind.PNG),
    (b"\xff\xd8\xff", Kind.JPEG),
    (b"GIF87a", Kind.GIF),
    (b"GIF89a", Kind.GIF),
    (OLE_SIGNATURE, Kind.OLE),
)


@dataclass(frozen=True)
class ArchiveLimits:
    max_members: int
    max_unpacked_bytes: int
    max_ratio: int = MAX_COMPRESSION_RATIO


XLSX_LIMITS = ArchiveLimits(
    max_members=MAX_ARCHIVE_MEMBERS, max_unpacked_bytes=MAX_XLSX_UNPACKED_BYTES
)
DOCUMENT_ARCHIVE_LIMITS = ArchiveLimits(
    max_members=MAX_ARCHIVE_MEMBERS, max_unpacked_bytes=MAX_DOCUMENT_UNPACKED_BYTES
)

# What a document's extension promises, and the message when its content breaks the promise.
DOCUMENT_KINDS = {
    "csv": (
        frozenset({Kind.TEXT}),
        _("This file claims to be .csv but its content is not text. Save it again as CSV (UTF-8)."),
    ),
    "docx": (
        frozenset({Kind.DOCX}),
        _(
            "This file claims to be .docx but its content is not a Word document (.docx). "
            "Save it again as .docx or as PDF."
        ),
    ),
    "odt": (
        frozenset({Kind.ODT}),
        _("This file claims to be .odt but its content is not an OpenDocument text (.odt)."),
    ),
    "pdf": (frozenset({Kind.PDF}), _("This file claims to be .pdf but its content is not a PDF.")),
    "pptx": (
        frozenset({Kind.PPTX}),
        _(
            "This file claims to be .pptx but its content is not a PowerPoint presentation "
            "(.pptx). Save it again as .pptx or as PDF."
        ),
    ),
    "rtf": (
        frozenset({Kind.RTF}),
        _("This file claims to be .rtf but its content is not an RTF document."),
    ),
    "txt": (frozenset({Kind.TEXT}), _("This file claims to be .txt but its content is not text.")),
    "xlsx": (
        frozenset({Kind.XLSX}),
        _(
            "This file claims to be .xlsx but its content is not an Excel workbook (.xlsx). "
            "Save it again as .xlsx or as CSV (UTF-8)."
        ),
    ),
    # Office files are ZIP archives too, so a .zip may hold any of them.
    "zip": (ZIP_KINDS, _("This file claims to be .zip but its content is not a ZIP archive.")),
}


# --- what is this file? -------------------------------------------------------------------


def sniff(file: bytes | IO[bytes]) -> Kind:
    """The kind of ``file`` by its content; its name is never consulted."""
    with _rewound(file) as stream:
        head = stream.read(16)
        if not head:
            return Kind.EMPTY
        for signature, kind in _SIGNATURES:
            if head.startswith(signature):
                return kind
        if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
            return Kind.WEBP
        if head.startswith(ZIP_SIGNATURES):
            stream.seek(0)
            return _zip_kind(stream)
        stream.seek(0)
        return Kind.TEXT if _is_text(stream) else Kind.BINARY


def _zip_kind(stream: IO[bytes]) -> Kind:
    try:
        with zipfile.ZipFile(stream) as archive:
            names = set(archive.namelist())
            if "[Content_Types].xml" in names:
                for part, kind in (
                    ("xl/workbook.xml", Kind.XLSX),
                    ("word/document.xml", Kind.DOCX),
                    ("ppt/presentation.xml", Kind.PPTX),
                ):
                    if part in names:
                        return kind
            if "mimetype" in names and _odf_mimetype(archive) == ODT_MIMETYPE:
                return Kind.ODT
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError):
        return Kind.DAMAGED_ZIP
    return Kind.ZIP


def _odf_mimetype(archive: zipfile.ZipFile) -> bytes:
    info = archive.getinfo("mimetype")
    # zipfile stops at the declared size, so this reads at most a few bytes whatever the member.
    if info.flag_bits & ZIP_ENCRYPTED_FLAG or info.file_size > 100:
        return b""
    return archive.read(info).strip()


def _is_text(stream: IO[bytes]) -> bool:
    """UTF-16 with its byte order mark (Excel's "Unicode text"), or any 8-bit encoding (UTF-8,
    with or without BOM, or an old code page) without binary control characters."""
    if stream.read(2) in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        stream.seek(0)
        decoder = codecs.getincrementaldecoder("utf-16")()
        try:
            for chunk in _chunks(stream):
                if _BINARY_CHARACTERS.search(decoder.decode(chunk)):
                    return False
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return False
        return True
    stream.seek(0)
    return not any(_BINARY_BYTES.search(chunk) for chunk in _chunks(stream))


def _chunks(stream: IO[bytes]) -> Iterator[bytes]:
    while chunk := stream.read(CHUNK_BYTES):
        yield chunk


@contextmanager
def _rewound(file: bytes | IO[bytes]) -> Iterator[IO[bytes]]:
    """The file from its first byte; an upload is left where it was for the code that follows."""
    if isinstance(file, bytes | bytearray | memoryview):
        yield io.BytesIO(file)
        return
    position = file.tell()
    file.seek(0)
    try:
        yield file
    finally:
        file.seek(position)


# --- archive limits -----------------------------------------------------------------------


def check_archive(file: bytes | IO[bytes], limits: ArchiveLimits = DOCUMENT_ARCHIVE_LIMITS) -> None:
    """Refuse a ZIP-based file with too many members, one that unpacks too large or compresses
    suspiciously well, a member named outside the archive (absolute or with ``..``) or an
    encrypted member."""
    with _rewound(file) as stream:
        try:
            with zipfile.ZipFile(stream) as archive:
                members = archive.infolist()
                _check_declared(members, limits)
                _check_unpacked(archive, members, limits)
        except ValidationError:
            raise
        except (
            zipfile.BadZipFile,
            OSError,
            EOFError,
            ValueError,
            NotImplementedError,
            RuntimeError,
            zlib.error,
        ) as exc:
            raise ValidationError(
                _("This file is damaged or incomplete: it cannot be unpacked. Save it again."),
                code="damaged_archive",
            ) from exc


def _check_declared(members: list[zipfile.ZipInfo], limits: ArchiveLimits) -> None:
    if len(members) > limits.max_members:
        raise ValidationError(
            _(
                "This file contains %(count)s packed parts; at most %(max)s are accepted. Split "
                "it into smaller files."
            )
            % {"count": len(members), "max": limits.max_members},
            code="too_many_members",
        )
    declared = 0
    for info in members:
        if _unsafe_member_name(info.filename):
            raise ValidationError(
                _(
                    "This file contains a part with an unsafe name (%(name)s): absolute paths "
                    "and “..” are not accepted."
                )
                % {"name": info.filename[:200]},
                code="unsafe_member_name",
            )
        if info.flag_bits & ZIP_ENCRYPTED_FLAG:
            raise ValidationError(
                _(
                    "This file contains an encrypted part (%(name)s). Encrypted or "
                    "password-protected files are not accepted: save it again without a password."
                )
                % {"name": info.filename[:200]},
                code="encrypted_member",
            )
        declared += info.file_size
        if declared > limits.max_unpacked_bytes:
            raise _too_big_unpacked(limits)
        _check_ratio(info.filename, info.file_size, info.compress_size, limits)


def _check_unpacked(
    archive: zipfile.ZipFile, members: list[zipfile.ZipInfo], limits: ArchiveLimits
) -> None:
    """Unpack every member without keeping it: the sizes checked so far are the ones the file
    declares about itself, and reading it all also finds a damaged member (a wrong CRC)."""
    unpacked = 0
    for info in members:
        if info.is_dir():
            continue
        member_bytes = 0
        with archive.open(info) as member:
            for chunk in _chunks(member):
                member_bytes += len(chunk)
                unpacked += len(chunk)
                if unpacked > limits.max_unpacked_bytes:
                    raise _too_big_unpacked(limits)
                _check_ratio(info.filename, member_bytes, info.compress_size, limits)


def _check_ratio(name: str, size: int, compressed: int, limits: ArchiveLimits) -> None:
    if size >= RATIO_CHECKED_FROM_BYTES and size > limits.max_ratio * max(compressed, 1):
        raise ValidationError(
            _(
                "A part of this file (%(name)s) unpacks to more than %(ratio)s times its packed "
                "size. Such files can overload the server and are not accepted."
            )
            % {"name": name[:200], "ratio": limits.max_ratio},
            code="compression_ratio",
        )


def _too_big_unpacked(limits: ArchiveLimits) -> ValidationError:
    return ValidationError(
        _("This file unpacks to more than %(max)s; split it into smaller files.")
        % {"max": filesizeformat(limits.max_unpacked_bytes)},
        code="unpacks_too_large",
    )


def _unsafe_member_name(name: str) -> bool:
    path = name.replace("\\", "/")
    return path.startswith("/") or bool(_DRIVE.match(path)) or ".." in path.split("/")


# --- validators ---------------------------------------------------------------------------


def _kind_hint(kind: Kind) -> str:
    return gettext("Its content is: %(kind)s.") % {"kind": KIND_LABELS[kind]}


def validate_import_table(upload: bytes | IO[bytes]) -> Kind:
    """Accept CSV text or a real .xlsx workbook within ``XLSX_LIMITS``; returns the kind found.

    The file name is not consulted: a workbook named ``.csv`` (or a CSV named ``.xlsx``) is
    accepted as what its content is, because the import reads by content too
    (``lms.cohorts.imports.read_table``) and the name says nothing a user could fix. Text that is
    not UTF-8 passes here so that the import can name the line with the unreadable character.
    """
    kind = sniff(upload)
    if kind == Kind.TEXT:
        return kind
    if kind == Kind.XLSX:
        check_archive(upload, XLSX_LIMITS)
        return kind
    if kind == Kind.OLE:
        raise ValidationError(
            _(
                "This is an old Excel file (.xls) or a password-protected workbook. Save it as "
                ".xlsx without a password or as CSV UTF-8 and try again."
            ),
            code="old_office_file",
        )
    if kind in (Kind.ZIP, Kind.DAMAGED_ZIP):
        raise ValidationError(
            _(
                "This file is not a valid Excel workbook (.xlsx). Save it again as .xlsx or "
                "CSV (UTF-8)."
            ),
            code="invalid_xlsx",
        )
    raise ValidationError(
        _(
            "This file is not a CSV file or an Excel workbook (.xlsx); its content is: "
            "%(kind)s. Save the list from your spreadsheet as CSV UTF-8 or as .xlsx and try "
            "again."
        )
        % {"kind": KIND_LABELS[kind]},
        code="not_a_table",
    )


def validate_document(upload: IO[bytes], *, extension: str, size: int | None = None) -> Kind:
    """Accept a document of at most ``MAX_DOCUMENT_BYTES`` whose content is what its extension
    (without the dot, lower case) promises; a ZIP-based one must keep the archive limits."""
    size = getattr(upload, "size", None) if size is None else size
    if size is not None and size > MAX_DOCUMENT_BYTES:
        raise ValidationError(
            _("This file is %(size)s; documents of at most %(max)s are accepted.")
            % {"size": filesizeformat(size), "max": filesizeformat(MAX_DOCUMENT_BYTES)},
            code="too_large",
        )
    if extension not in DOCUMENT_KINDS:
        raise ValidationError(
            _("Files ending in “.%(extension)s” are not accepted. Accepted: %(accepted)s.")
            % {"extension": extension, "accepted": accepted_document_extensions()},
            code="extension_not_checked",
        )
    expected, mismatch = DOCUMENT_KINDS[extension]
    kind = sniff(upload)
    if kind not in expected:
        raise ValidationError(f"{mismatch} {_kind_hint(kind)}", code="content_mismatch")
    if kind in ZIP_KINDS:
        check_archive(upload, DOCUMENT_ARCHIVE_LIMITS)
    return kind


def accepted_document_extensions() -> str:
    return ", ".join(f".{extension}" for extension in sorted(DOCUMENT_KINDS))
