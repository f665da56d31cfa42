"""The erasure screen in the Wagtail admin: platform administrators only.

The page shows what erasure does to each kind of record of this account, with counts, and asks
for the account's email address typed in full before anything happens. Anyone else gets 404.
"""

from django import forms
from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from lms.accounts.models import User, normalise_email
from lms.accounts.permissions import is_platform_admin
from lms.accounts.privacy_registry import erasure_cleaners

from .erasure import ErasureError, erasure_preview, is_erased, user_erase


def may_erase(user) -> bool:
    return is_platform_admin(user)


class ErasureConfirmForm(forms.Form):
    email = forms.CharField(
        label=gettext_lazy("Type the account's email address to confirm"),
        max_length=254,
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )

    def __init__(self, *args, expected_email: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.expected_email = expected_email

    def clean_email(self):
        email = normalise_email(self.cleaned_data["email"])
        if email != normalise_email(self.expected_email):
            raise forms.ValidationError(_("This is not the email address of the account."))
        return email


class ErasureView(WagtailAdminTemplateMixin, TemplateView):
    page_title = gettext_lazy("Erase personal data")
    header_icon = "warning"
    template_name = "privacy/erase.html"

    def dispatch(self, request, *args, **kwargs):
        if not may_erase(request.user):
            # Wagtail turns PermissionDenied into a redirect with a message; 404 says nothing.
            raise Http404
        self.subject = get_object_or_404(User, pk=kwargs["user_id"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.subject.get_full_name() or self.subject.email

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        erased = is_erased(self.subject)
        context.update(
            subject=self.subject,
            erased=erased,
            self_erasure=self.subject.pk == self.request.user.pk,
            rows=[] if erased else [r for r in erasure_preview(user=self.subject) if r["count"]],
            extras=[cleaner.description for cleaner in erasure_cleaners()],
            form=kwargs.get("form") or ErasureConfirmForm(expected_email=self.subject.email),
        )
        return context

    def post(self, request, *args, **kwargs):
        form = ErasureConfirmForm(request.POST, expected_email=self.subject.email)
        if form.is_valid():
            try:
                record = user_erase(user=self.subject, erased_by=request.user)
            except ErasureError as exc:
                form.add_error(None, str(exc))
            else:
                messages.success(
                    request,
                    _("The personal data of account #%(id)s was erased (record %(record)s).")
                    % {"id": record.subject_id, "record": record.pk},
                )
                return redirect("wagtailusers_users:index")
        return self.render_to_response(self.get_context_data(form=form), status=400)
