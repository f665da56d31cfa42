"""Open Badges 3.0 credentials: the payload against the official 1EdTech JSON schema, the VC-JWT
signed with Ed25519 and checked with the key published at the JWKS endpoint, tampering and a
foreign key refused, the learner-only download, the public issuer documents and the key
command."""

import base64
import datetime
import json
import re
import stat
from pathlib import Path

import jsonschema
import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from django.core.management import CommandError, call_command
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from referencing import Registry, Resource

from certificates import openbadges
from certificates.rendering import certificate_verify_url
from tests.factories import CertificateFactory, EnrollmentFactory, UserFactory

SCHEMA_PATH = Path(__file__).parent / "data" / "ob_v3p0_achievementcredential_schema.json"
# Where 1EdTech publishes the schema (its own $id says json-ld/): both resolve to the local copy.
SCHEMA_URLS = (
    "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json",
    "https://purl.imsglobal.org/spec/ob/v3p0/schema/json-ld/ob_v3p0_achievementcredential_schema.json",
)
DATE_TIME_Z = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")


@pytest.fixture(scope="module")
def validator():
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    resource = Resource.from_contents(schema)
    registry = Registry().with_resources([(url, resource) for url in SCHEMA_URLS])
    format_checker = jsonschema.FormatChecker()

    @format_checker.checks("date-time", raises=ValueError)
    def date_time(value):  # RFC 3339 with a time zone, as the schema's DateTimeZ asks
        if not isinstance(value, str):
            return True
        if not DATE_TIME_Z.match(value):
            raise ValueError(value)
        datetime.datetime.fromisoformat(value)
        return True

    jsonschema.Draft201909Validator.check_schema(schema)
    return jsonschema.Draft201909Validator(schema, registry=registry, format_checker=format_checker)


def _segments(token: str) -> tuple[dict, dict, str]:
    header, payload, signature = token.split(".")
    return (
        json.loads(jwt.utils.base64url_decode(header)),
        json.loads(jwt.utils.base64url_decode(payload)),
        signature,
    )


def _encode_segment(document: dict) -> str:
    raw = json.dumps(document, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def _jwks_key(client, kid: str):
    response = client.get(reverse("openbadges:jwks"))
    assert response.status_code == 200
    keys = {jwk["kid"]: jwk for jwk in response.json()["keys"]}
    return jwt.PyJWK(keys[kid]).key


# --- the credential -------------------------------------------------------------------------


def test_payload_validates_against_the_official_schema(validator, certificate):
    payload = openbadges.credential_payload(certificate=certificate)

    validator.validate(payload)
    assert payload["@context"] == [
        "https://www.w3.org/ns/credentials/v2",
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
    ]
    assert payload["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    assert payload["id"] == certificate_verify_url(certificate.code)
    assert payload["validFrom"] == certificate.issued_at.astimezone(datetime.UTC).strftime(
        "%Y-%m-%dT%H:%M:%SZ"
    )
    assert payload["validUntil"] == certificate.expires_at.astimezone(datetime.UTC).strftime(
        "%Y-%m-%dT%H:%M:%SZ"
    )
    achievement = payload["credentialSubject"]["achievement"]
    assert achievement["name"] == "Signalen van radicalisering herkennen"
    assert achievement["achievementType"] == "CertificateOfCompletion"
    assert achievement["criteria"]["narrative"]
    assert "Onderwijs" in payload["issuer"]["name"]
    assert payload["issuer"]["id"] == "http://testserver" + reverse(
        "openbadges:sector_issuer", kwargs={"sector_id": certificate.sector_id}
    )
    assert payload["issuer"]["parentOrg"]["id"] == "http://testserver" + reverse(
        "openbadges:issuer"
    )


def test_names_come_from_the_snapshot_and_the_email_only_as_a_salted_hash(
    validator, certificate, graduate, sector
):
    graduate.first_name, graduate.last_name, graduate.email = "Ander", "Iemand", "Nieuw@X.example"
    graduate.save()
    sector.name = "Hernoemd"
    sector.save()
    certificate.refresh_from_db()

    payload = openbadges.credential_payload(certificate=certificate)

    validator.validate(payload)
    text = json.dumps(payload, ensure_ascii=False)
    assert "nieuw@x.example" not in text.lower()
    assert "Ander" not in text and "Hernoemd" not in text
    identifiers = {i["identityType"]: i for i in payload["credentialSubject"]["identifier"]}
    assert identifiers["name"] == {
        "type": "IdentityObject",
        "identityType": "name",
        "hashed": False,
        "identityHash": "Zoë Van den Bossche-Çelik",
    }
    email = identifiers["emailAddress"]
    assert email["hashed"] is True
    assert len(email["salt"]) == 32
    assert email["identityHash"] == openbadges.identity_hash("nieuw@x.example", email["salt"])
    # The OB 3.0 example: sha256 of "a@example.com" salted with "Kosher".
    assert openbadges.identity_hash("a@example.com", "Kosher") == (
        "sha256$b5809d8a92f8858436d7e6b87c12ebc0ae1eac4baecc2c0b913aee2c922ef399"
    )
    assert "Onderwijs" in payload["issuer"]["name"]


def test_the_salt_differs_per_certificate(certificate, graduate, other_cohort):
    second = CertificateFactory(
        enrollment=EnrollmentFactory(user=graduate, cohort=other_cohort, status="completed")
    )
    first_hash = openbadges.credential_payload(certificate=certificate)["credentialSubject"]
    second_hash = openbadges.credential_payload(certificate=second)["credentialSubject"]
    assert (
        first_hash["identifier"][0]["identityHash"] != second_hash["identifier"][0]["identityHash"]
    )
    assert first_hash["id"] != second_hash["id"]


def test_schema_is_not_a_no_op(validator, certificate):
    payload = openbadges.credential_payload(certificate=certificate)
    del payload["credentialSubject"]["achievement"]["criteria"]
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(payload)
    payload = openbadges.credential_payload(certificate=certificate)
    payload["validFrom"] = "2026-12-02 10:30"
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(payload)


def test_certificate_without_expiry_has_no_valid_until_nor_exp(validator, certificate):
    certificate.expires_at = None
    certificate.save()

    payload = openbadges.credential_payload(certificate=certificate)
    validator.validate(payload)
    assert "validUntil" not in payload
    _header, claims, _signature = _segments(openbadges.credential_jwt(certificate=certificate))
    assert "exp" not in claims
    assert openbadges.credential_verify(openbadges.credential_jwt(certificate=certificate))


# --- the JWT --------------------------------------------------------------------------------


def test_jwt_header_claims_and_payload(validator, certificate):
    token = openbadges.credential_jwt(certificate=certificate)
    header, payload, _signature = _segments(token)

    # OB 3.0 section 8.2: exactly these JOSE headers.
    assert header == {"alg": "EdDSA", "kid": openbadges.key_id(), "typ": "JWT"}
    assert header["kid"].startswith("http://testserver" + reverse("openbadges:jwks") + "#")
    credential = openbadges.credential_payload(certificate=certificate)
    assert payload["iss"] == credential["issuer"]["id"]
    assert payload["jti"] == credential["id"] == certificate_verify_url(certificate.code)
    assert payload["sub"] == credential["credentialSubject"]["id"]
    assert payload["nbf"] == int(certificate.issued_at.replace(microsecond=0).timestamp())
    assert payload["exp"] == int(certificate.expires_at.replace(microsecond=0).timestamp())
    assert {k: v for k, v in payload.items() if k not in {"iss", "jti", "sub", "nbf", "exp"}} == (
        credential
    )
    validator.validate(payload)
    # Ed25519 is deterministic: the same certificate gives the same token.
    assert openbadges.credential_jwt(certificate=certificate) == token


def test_signature_verifies_with_the_key_from_the_jwks_endpoint(client, certificate):
    token = openbadges.credential_jwt(certificate=certificate)
    header, _payload, _signature = _segments(token)

    key = _jwks_key(client, header["kid"])

    decoded = jwt.decode(token, key, algorithms=["EdDSA"])
    assert decoded["credentialSubject"]["achievement"]["name"] == certificate.course_title
    assert openbadges.credential_verify(token, key=key) == decoded
    assert openbadges.credential_verify(token) == decoded


def test_a_tampered_payload_fails(client, certificate):
    token = openbadges.credential_jwt(certificate=certificate)
    header, payload, signature = _segments(token)
    payload["credentialSubject"]["achievement"]["name"] = "Iets anders"
    forged = ".".join([token.split(".")[0], _encode_segment(payload), signature])

    with pytest.raises(jwt.InvalidSignatureError):
        openbadges.credential_verify(forged)
    with pytest.raises(jwt.InvalidSignatureError):
        jwt.decode(forged, _jwks_key(client, header["kid"]), algorithms=["EdDSA"])
    # The untouched token still verifies.
    assert openbadges.credential_verify(token)["name"] == certificate.course_title


def test_a_token_signed_by_another_key_fails(certificate):
    _header, payload, _signature = _segments(openbadges.credential_jwt(certificate=certificate))
    stranger = Ed25519PrivateKey.generate()

    same_kid = jwt.encode(
        payload, stranger, algorithm="EdDSA", headers={"kid": openbadges.key_id()}
    )
    with pytest.raises(jwt.InvalidSignatureError):
        openbadges.credential_verify(same_kid)
    own_kid = jwt.encode(
        payload,
        stranger,
        algorithm="EdDSA",
        headers={"kid": openbadges.key_id(stranger.public_key())},
    )
    with pytest.raises(jwt.InvalidTokenError):
        openbadges.credential_verify(own_kid)


def test_claims_that_disagree_with_the_credential_fail(certificate):
    _header, payload, _signature = _segments(openbadges.credential_jwt(certificate=certificate))
    payload["sub"] = "urn:uuid:00000000-0000-0000-0000-000000000000"
    resigned = jwt.encode(
        payload, openbadges.signing_key(), algorithm="EdDSA", headers={"kid": openbadges.key_id()}
    )
    with pytest.raises(openbadges.CredentialInvalid):
        openbadges.credential_verify(resigned)


def test_an_expired_certificate_is_signed_but_does_not_verify(validator, certificate):
    certificate.issued_at = timezone.now() - datetime.timedelta(days=800)
    certificate.expires_at = timezone.now() - datetime.timedelta(days=70)
    certificate.save()

    token = openbadges.credential_jwt(certificate=certificate)

    validator.validate(_segments(token)[1])
    with pytest.raises(jwt.ExpiredSignatureError):
        openbadges.credential_verify(token)


# --- the download ---------------------------------------------------------------------------


def test_the_learner_downloads_the_signed_credential(client, certificate, graduate):
    client.force_login(graduate)

    response = client.get(reverse("openbadges:badge", args=[certificate.code]))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/jwt"
    disposition = response["Content-Disposition"]
    assert disposition.startswith("attachment;") and disposition.endswith('.jwt"')
    assert "no-cache" in response["Cache-Control"] or "no-store" in response["Cache-Control"]
    token = response.content.decode()
    header = _segments(token)[0]
    payload = jwt.decode(token, _jwks_key(client, header["kid"]), algorithms=["EdDSA"])
    assert payload["id"] == certificate_verify_url(certificate.code)


def test_another_learner_gets_404(client, certificate, learner, trainer):
    for user in (learner, trainer):
        client.force_login(user)
        response = client.get(reverse("openbadges:badge", args=[certificate.code]))
        assert response.status_code == 404


def test_unknown_code_gets_404(client, graduate, certificate):
    client.force_login(graduate)
    assert client.get(reverse("openbadges:badge", args=["x" * 32])).status_code == 404


def test_anonymous_is_sent_to_login(client, certificate):
    response = client.get(reverse("openbadges:badge", args=[certificate.code]))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:login"))


def test_a_revoked_certificate_is_gone(client, certificate, graduate):
    certificate.revoked_at = timezone.now()
    certificate.revocation_reason = "Fout uitgereikt"
    certificate.save()
    client.force_login(graduate)

    response = client.get(reverse("openbadges:badge", args=[certificate.code]))

    assert response.status_code == 410
    assert response["Content-Type"].startswith("text/plain")
    body = response.content.decode()
    assert body.strip() and not re.fullmatch(r"[\w-]+\.[\w-]+\.[\w-]+", body.strip())


def test_the_badge_link_include(certificate):
    html = render_to_string("certificates/_badge_link.html", {"certificate": certificate})
    assert f'href="{reverse("openbadges:badge", args=[certificate.code])}"' in html
    assert html.strip().startswith("<li>") and html.strip().endswith("</li>")

    certificate.revoked_at = timezone.now()
    assert render_to_string("certificates/_badge_link.html", {"certificate": certificate}) == ("\n")


# --- public documents -----------------------------------------------------------------------


def test_issuer_documents_and_jwks_are_public_json(client, sector):
    issuer = client.get(reverse("openbadges:issuer"))
    assert issuer.status_code == 200
    assert "public" in issuer["Cache-Control"]
    assert client.head(reverse("openbadges:issuer")).status_code == 200
    assert issuer["Content-Type"] == "application/json"
    document = issuer.json()
    assert document["id"] == "http://testserver" + reverse("openbadges:issuer")
    assert document["type"] == ["Profile"]
    assert document["name"] == "Vormingsplatform"

    sector_doc = client.get(reverse("openbadges:sector_issuer", kwargs={"sector_id": sector.pk}))
    assert sector_doc.status_code == 200
    assert sector_doc["Content-Type"] == "application/json"
    assert "Onderwijs" in sector_doc.json()["name"]
    assert sector_doc.json()["parentOrg"]["id"] == document["id"]
    missing = client.get(reverse("openbadges:sector_issuer", kwargs={"sector_id": 999999}))
    assert missing.status_code == 404

    jwks = client.get(reverse("openbadges:jwks"))
    assert jwks.status_code == 200
    assert jwks["Content-Type"] == "application/json"
    (key,) = jwks.json()["keys"]
    assert key["kty"] == "OKP" and key["crv"] == "Ed25519" and key["alg"] == "EdDSA"
    assert key["kid"] == openbadges.key_id()
    assert "d" not in key  # never the private part
    assert len(jwt.utils.base64url_decode(key["x"])) == 32


def test_issuer_profile_fragment_validates(validator, sector, client):
    """The sector Profile served publicly is the same object the credentials embed."""
    document = client.get(
        reverse("openbadges:sector_issuer", kwargs={"sector_id": sector.pk})
    ).json()
    document.pop("@context")
    profile_schema = validator.schema["$defs"]["Profile"]
    jsonschema.Draft201909Validator(
        {**profile_schema, "$defs": validator.schema["$defs"]}
    ).validate(document)


def test_key_thumbprint_matches_rfc_8037():
    """RFC 8037 appendix A.3: the thumbprint of its Ed25519 example key."""
    raw = jwt.utils.base64url_decode("11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo")
    key = Ed25519PublicKey.from_public_bytes(raw)
    assert openbadges.key_thumbprint(key) == "kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k"


# --- configuration and the key command ------------------------------------------------------


def test_without_a_key_nothing_is_signed(settings, client, certificate, graduate):
    settings.OPENBADGES_SIGNING_KEY = ""
    settings.OPENBADGES_SIGNING_KEY_FILE = ""
    settings.OPENBADGES_SIGNING_KEY_AUTOGENERATE = False

    with pytest.raises(openbadges.BadgeKeyMissing, match="OPENBADGES_SIGNING_KEY"):
        openbadges.credential_jwt(certificate=certificate)
    client.force_login(graduate)
    assert client.get(reverse("openbadges:badge", args=[certificate.code])).status_code == 503
    unavailable = client.get(reverse("openbadges:jwks"))
    assert unavailable.status_code == 503
    assert "public" not in unavailable.get("Cache-Control", "")


def test_a_missing_key_file_is_not_made_outside_development(settings, tmp_path, certificate):
    settings.OPENBADGES_SIGNING_KEY = ""
    settings.OPENBADGES_SIGNING_KEY_FILE = str(tmp_path / "key.pem")
    settings.OPENBADGES_SIGNING_KEY_AUTOGENERATE = False

    with pytest.raises(openbadges.BadgeKeyMissing):
        openbadges.credential_jwt(certificate=certificate)
    assert not (tmp_path / "key.pem").exists()


def test_development_makes_its_key_once(settings, tmp_path, certificate):
    path = tmp_path / "var" / "openbadges-signing-key.pem"
    settings.OPENBADGES_SIGNING_KEY = ""
    settings.OPENBADGES_SIGNING_KEY_FILE = str(path)
    settings.OPENBADGES_SIGNING_KEY_AUTOGENERATE = True

    token = openbadges.credential_jwt(certificate=certificate)

    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    first = path.read_bytes()
    assert openbadges.credential_verify(openbadges.credential_jwt(certificate=certificate))
    assert path.read_bytes() == first
    assert openbadges.credential_verify(token)


def test_pem_text_setting(settings, certificate):
    settings.OPENBADGES_SIGNING_KEY = openbadges.signing_key_pem_new().decode()
    settings.OPENBADGES_SIGNING_KEY_FILE = ""

    token = openbadges.credential_jwt(certificate=certificate)
    assert openbadges.credential_verify(token)["id"] == certificate_verify_url(certificate.code)


def test_generate_badge_key_writes_a_usable_key_and_refuses_to_overwrite(
    settings, tmp_path, capsys, certificate
):
    path = tmp_path / "keys" / "badge.pem"

    call_command("generate_badge_key", output=str(path))

    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert path.read_text().startswith("-----BEGIN PRIVATE KEY-----")
    settings.OPENBADGES_SIGNING_KEY = ""
    settings.OPENBADGES_SIGNING_KEY_FILE = str(path)
    token = openbadges.credential_jwt(certificate=certificate)
    assert openbadges.credential_verify(token)
    assert openbadges.key_thumbprint(openbadges.public_key()) in capsys.readouterr().out

    original = path.read_bytes()
    with pytest.raises(CommandError, match="--force"):
        call_command("generate_badge_key", output=str(path))
    assert path.read_bytes() == original

    call_command("generate_badge_key", output=str(path), force=True)
    assert path.read_bytes() != original
    with pytest.raises(jwt.InvalidTokenError):
        openbadges.credential_verify(token)  # the old signature no longer matches the key


def test_generate_badge_key_prints_a_pem_without_output(capsys):
    call_command("generate_badge_key")
    out = capsys.readouterr().out
    assert out.startswith("-----BEGIN PRIVATE KEY-----")
    assert out.rstrip().endswith("-----END PRIVATE KEY-----")


def test_a_certificate_whose_learner_was_removed_is_nobodys(client, certificate):
    """A certificate of a learner whose account was removed is nobody's to download."""
    certificate.user = None
    certificate.save()
    client.force_login(UserFactory())
    assert client.get(reverse("openbadges:badge", args=[certificate.code])).status_code == 404


def test_retired_keys_stay_in_the_jwks_and_verify_old_badges(client, certificate, settings):
    """After a key change, a badge signed with the previous key still verifies."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    old_token = openbadges.credential_jwt(certificate=certificate)
    old_public = openbadges.public_key()
    new_key = Ed25519PrivateKey.generate()
    settings.OPENBADGES_SIGNING_KEY_FILE = ""
    settings.OPENBADGES_SIGNING_KEY = new_key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()
    with pytest.raises(openbadges.CredentialInvalid):
        openbadges.credential_verify(old_token)
    settings.OPENBADGES_RETIRED_PUBLIC_KEYS = old_public.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    ).decode()
    assert openbadges.credential_verify(old_token)["id"]
    kids = [jwk["kid"] for jwk in client.get(reverse("openbadges:jwks")).json()["keys"]]
    assert kids == [openbadges.key_id(), openbadges.key_id(old_public)]
    new_token = openbadges.credential_jwt(certificate=certificate)
    assert openbadges.credential_verify(new_token)["id"]


def test_a_retired_key_that_is_not_a_public_key_stops_with_a_clear_error(settings):
    from django.core.exceptions import ImproperlyConfigured

    settings.OPENBADGES_RETIRED_PUBLIC_KEYS = (
        "-----BEGIN PUBLIC KEY-----\nbm90IGEga2V5\n-----END PUBLIC KEY-----"
    )
    with pytest.raises(ImproperlyConfigured):
        openbadges.retired_public_keys()
