"""The report filter (GET): period on the enrolment date, sector, course, cohort.

Choices are built from what the user may see only, so an id of another sector (or one that does
not exist, or is not a number) is an invalid choice with a clear message, never data or a 500.
"""

from collections.abc import Iterable
from typing import cast

from django import forms
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _


class ReportFilterForm(forms.Form):
    date_from = forms.DateField(
        label=_("Enrolled from"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    date_to = forms.DateField(
        label=_("Enrolled until"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    sector = forms.TypedChoiceField(
        label=_("Sector"),
        required=False,
        coerce=int,
        empty_value=None,
        error_messages={
            "invalid_choice": _(
                "This sector does not exist or is not one of your sectors: "
                "you can only see the reports of your own sectors."
            )
        },
    )
    course = forms.TypedChoiceField(
        label=_("Course"),
        required=False,
        coerce=int,
        empty_value=None,
        error_messages={
            "invalid_choice": _("This course does not exist or has no cohorts in your sectors.")
        },
    )
    cohort = forms.TypedChoiceField(
        label=_("Cohort"),
        required=False,
        coerce=int,
        empty_value=None,
        error_messages={
            "invalid_choice": _("This cohort does not exist or is not in your sectors.")
        },
    )

    def __init__(
        self,
        data: QueryDict | None,
        *,
        sectors: Iterable[tuple[int, str]],
        courses: Iterable[tuple[int, str]],
        cohorts: Iterable[tuple[int, str]],
    ) -> None:
        super().__init__(data)
        everything = [("", _("All"))]
        for name, choices in (("sector", sectors), ("course", courses), ("cohort", cohorts)):
            field = cast(forms.TypedChoiceField, self.fields[name])
            field.choices = everything + [(str(pk), label) for pk, label in choices]

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("date_from"), cleaned.get("date_to")
        if start and end and start > end:
            raise forms.ValidationError(
                _("The start of the period comes after its end: choose an earlier start date."),
                code="inverted_period",
            )
        return cleaned


class AggregateOptionsForm(forms.Form):
    period = forms.ChoiceField(
        label=_("Period"),
        required=False,
        choices=[("quarter", _("Quarter")), ("month", _("Month"))],
    )

    def clean_period(self):
        return self.cleaned_data.get("period") or "quarter"
