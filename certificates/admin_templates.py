"""The admin preview of a certificate template: a sample certificate as an inline PDF."""

from django.core.exceptions import ImproperlyConfigured
from django.http import Http404, HttpResponse
from django.views import View

from lms.sectors.viewsets import SectorScopedPermissionPolicy

from .models import CertificateTemplate
from .rendering import template_sample_pdf


class TemplatePreviewView(View):
    """GET: the sample PDF of a template the user may see; 404 for another sector's template."""

    # Set by the viewset through as_view(), which accepts only attributes the class has.
    permission_policy: SectorScopedPermissionPolicy | None = None

    def get(self, request, pk: int):
        policy = self.permission_policy
        if policy is None:
            raise ImproperlyConfigured("TemplatePreviewView needs the viewset's permission_policy.")
        template = (
            policy.instances_user_has_permission_for(request.user, "view")
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
