"""The Wagtail document form (setting ``WAGTAILDOCS_DOCUMENT_FORM_BASE``): a document is kept
only when its content is what its extension says, within the size and archive limits of
``lms.uploads``. Wagtail uses this base for the single and the multiple upload and for edits.
"""

import os

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from wagtail.documents.forms import BaseDocumentForm

from lms import uploads


class DocumentForm(BaseDocumentForm):
    def clean_file(self):
        upload = self.cleaned_data.get("file")
        # An edit that keeps the stored file hands back that file, not a new upload.
        if not isinstance(upload, UploadedFile):
            return upload
        extension = os.path.splitext(upload.name)[1].lower().removeprefix(".")
        if extension not in getattr(settings, "WAGTAILDOCS_EXTENSIONS", uploads.DOCUMENT_KINDS):
            # Wagtail's model validation refuses it with the list of allowed extensions.
            return upload
        uploads.validate_document(upload, extension=extension)
        return upload

    def _post_clean(self):
        # When the file was refused, Wagtail's Document.clean() checks the extension of a
        # document without a file and adds "File extension ‘’ is not allowed": keep only the
        # file's own messages.
        refused = len(self._errors.get("file", ()))
        super()._post_clean()
        if refused:
            del self._errors["file"][refused:]
