"""The admin preview of a certificate template: a sample certificate as an inline PDF."""

from django.http import Http404, HttpResponse
from django.views import View

from .models import CertificateTemplate
from .rendering import template_sample_pdf


class TemplatePreviewView(View):
    """GET: the sample PDF of a template the user may see; 404 for another sector's template."""

    permission_policy = None  # set by the viewset (a SectorScopedPermissionPolicy)

    def get(self, request, pk: int):
        template = (
            self.permission_policy.instances_user_has_permission_for(request.user, "view")
            .select_related("sector")
            .filter(pk=pk)
            .first()
        )
        if not isinstance(template, CertificateTemplate):
            raise Http404
        response = HttpResponse(
            template_sample_pdf(template=template), content_type="application/pdf"
        )
        response["Content-Disposition"] = f'inline; filename="certificate-template-{pk}-sample.pdf"'
        response["Cache-Control"] = "private, no-store"
        return response
