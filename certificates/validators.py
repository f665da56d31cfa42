"""Uploads for certificate templates are checked by their content, not by their name."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

MAX_IMAGE_BYTES = 2 * 1024 * 1024
IMAGE_FORMATS = {"PNG", "JPEG"}


def validate_image_file(upload) -> None:
    """Accept a PNG or JPEG image of at most 2 MB that Pillow can decode."""
    from PIL import Image, UnidentifiedImageError

    if upload.size is not None and upload.size > MAX_IMAGE_BYTES:
        raise ValidationError(_("The image is larger than 2 MB."), code="too_large")
    position = upload.tell() if hasattr(upload, "tell") else 0
    try:
        upload.seek(0)
        with Image.open(upload) as image:
            kind = image.format
            image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise ValidationError(
            _("This file is not an image. Upload a PNG or JPEG file."), code="not_an_image"
        ) from exc
    finally:
        upload.seek(position)
    if kind not in IMAGE_FORMATS:
        raise ValidationError(
            _("Images of type %(kind)s are not accepted. Upload a PNG or JPEG file.")
            % {"kind": kind},
            code="wrong_type",
        )
