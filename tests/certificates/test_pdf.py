import io

from pypdf import PdfReader

from certificates.pdf import render_pdf


def test_weasyprint_renders_and_the_text_reads_back():
    pdf = render_pdf(
        "<html><head><link rel='stylesheet' href='css/site.css'></head>"
        "<body><h1>Attest</h1><p>Élise Ümit-Vandenbroucke</p></body></html>"
    )
    assert pdf.startswith(b"%PDF-")
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "Élise Ümit-Vandenbroucke" in text


def test_resources_outside_the_static_files_are_not_fetched(caplog):
    pdf = render_pdf(
        "<html><head><link rel='stylesheet' href='file:///etc/passwd'></head>"
        "<body><img src='http://127.0.0.1:9/x.png' alt=''><p>ok</p></body></html>"
    )
    assert pdf.startswith(b"%PDF-")
    assert "must be project static files" in caplog.text
