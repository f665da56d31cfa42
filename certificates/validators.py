"""Uploads for certificate templates are checked by their content, not by their name."""

import warnings

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from PIL import Image, UnidentifiedImageError

from lms.uploads import MAX_IMAGE_PIXELS

MAX_IMAGE_BYTES = 2 * 1024 * 1024
IMAGE_FORMATS = {"PNG", "JPEG"}


def validate_image_file(upload) -> None:
    """Accept a PNG or JPEG image of at most 2 MB and ``MAX_IMAGE_PIXELS`` that Pillow can
    decode."""
    if upload.size is not None and upload.size > MAX_IMAGE_BYTES:
        raise ValidationError(_("The image is larger than 2 MB."), code="too_large")
    position = upload.tell() if hasattr(upload, "tell") else 0
    try:
        upload.seek(0)
        # A few kilobytes can declare a huge canvas (a decompression bomb): Pillow warns, or
        # refuses beyond twice its own limit; both end here as "too many pixels".
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(upload) as image:
                kind = image.format
                width, height = image.size
                image.verify()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise _too_many_pixels() from exc
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
    if width * height > MAX_IMAGE_PIXELS:
        raise _too_many_pixels()


def _too_many_pixels() -> ValidationError:
    return ValidationError(
        _(
            "This image has too many pixels: at most %(max)s megapixels are accepted. Make it "
            "smaller and upload it again."
        )
        % {"max": MAX_IMAGE_PIXELS // 1_000_000},
        code="too_many_pixels",
    )
