"""CSV and XLSX exports hold only the user's own rows and are logged; anonymised aggregates
hold no personal data."""

import csv
import io

import openpyxl
from django.urls import reverse

from lms.reporting.models import ExportLog


def _csv(response):
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text)))


def test_csv_export_has_only_own_rows_and_is_logged(client, coordinator, report_data):
    client.force_login(coordinator)
    response = client.get(reverse("reporting_admin:export_csv"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    header, *rows = _csv(response)
    assert len(header) == 13
    emails = {row[2] for row in rows}
    assert emails == {f"{k}@example.org" for k in ("anna", "bert", "carla", "dirk", "emma", "fien")}
    by_email = {row[2]: row for row in rows}
    assert by_email["anna@example.org"][11:] == ["2", "2"]  # lessons done / required
    assert by_email["carla@example.org"][11:] == ["1", "2"]
    assert by_email["anna@example.org"][5:8] == [
        "Onderwijs",
        "Leerkrachten Gent",
        "Signalen herkennen",
    ]
    assert by_email["anna@example.org"][10].startswith("2025-02-20")
    log = ExportLog.objects.get()
    assert log.user == coordinator and log.kind == "csv" and log.row_count == 6
    assert log.filters["sector"] == ""


def test_csv_export_follows_the_filter(client, platform_admin, report_data, other_sector):
    client.force_login(platform_admin)
    response = client.get(
        reverse("reporting_admin:export_csv"), {"sector": other_sector.pk, "date_to": "2025-02-05"}
    )
    _header, *rows = _csv(response)
    assert {row[2] for row in rows} == {"gust@example.org", "hind@example.org"}
    log = ExportLog.objects.get()
    assert log.filters["sector"] == other_sector.pk and log.filters["date_to"] == "2025-02-05"
    assert log.row_count == 2


def test_xlsx_export_has_only_own_rows_and_is_logged(client, other_coordinator, report_data):
    people = report_data["people"]
    people["jan"].first_name = '=HYPERLINK("http://evil.example")'
    people["jan"].save(update_fields=["first_name"])
    client.force_login(other_coordinator)
    response = client.get(reverse("reporting_admin:export_xlsx"))
    assert response.status_code == 200
    content = b"".join(response.streaming_content)
    sheet = openpyxl.load_workbook(io.BytesIO(content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert len(rows[0]) == 13
    emails = {row[2] for row in rows[1:]}
    assert emails == {"gust@example.org", "hind@example.org", "ilse@example.org", "jan@example.org"}
    jan = next(row for row in sheet.iter_rows(min_row=2) if row[2].value == "jan@example.org")
    assert jan[0].data_type == "s"  # text, not a formula
    log = ExportLog.objects.get()
    assert log.user == other_coordinator and log.kind == "xlsx" and log.row_count == 4


def test_csv_neutralises_formulas(client, coordinator, report_data):
    people = report_data["people"]
    people["anna"].organisation = "=cmd|' /C calc'!A0"
    people["anna"].save(update_fields=["organisation"])
    client.force_login(coordinator)
    rows = _csv(client.get(reverse("reporting_admin:export_csv")))
    anna = next(row for row in rows if row[2] == "anna@example.org")
    assert anna[4] == "'=cmd|' /C calc'!A0"


def test_anonymised_aggregates_have_no_personal_data(client, platform_admin, report_data):
    client.force_login(platform_admin)
    response = client.get(reverse("reporting_admin:aggregates_csv"), {"period": "quarter"})
    assert response.status_code == 200
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    for person in report_data["people"].values():
        assert person.email not in text and person.last_name not in text
    assert "Leerkrachten Gent" not in text  # no cohort names either
    rows = list(csv.reader(io.StringIO(text)))
    assert len(rows[0]) == 6
    assert {row[0] for row in rows[1:]} >= {"2025-Q1"}
    assert all(value in ("<5",) or value.startswith(">=") for row in rows[1:] for value in row[4:])
    log = ExportLog.objects.get()
    assert log.kind == "aggregates" and log.filters["period"] == "quarter"


def test_aggregates_by_chosen_dimensions(client, platform_admin, report_data):
    client.force_login(platform_admin)
    response = client.get(
        reverse("reporting_admin:aggregates_csv"), {"period": "month", "dimensions": "sector"}
    )
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    assert len(rows[0]) == 4  # period, sector, enrolments, completions
    assert ["2025-02", "Jeugd", "<5", "<5"] in rows


def test_export_log_listing_is_for_platform_administrators(
    client, platform_admin, coordinator, report_data
):
    client.force_login(coordinator)
    client.get(reverse("reporting_admin:export_csv"))
    url = reverse("report-exports:index")
    assert client.get(url).status_code in (302, 403)
    client.force_login(platform_admin)
    response = client.get(url)
    assert response.status_code == 200
    assert coordinator.email in response.content.decode() or str(coordinator) in (
        response.content.decode()
    )
    assert client.get(reverse("report-exports:add")).status_code in (302, 403)
