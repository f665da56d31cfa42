"""Open Badges 3.0: every certificate is also an AchievementCredential, signed as a VC-JWT.

The credential is built from the certificate's snapshot (learner name, course title, sector
name, hours, language) and its dates, so a download today and one next year say the same thing;
Ed25519 signatures are deterministic, so they are even byte-for-byte equal.

Choices worth knowing:

- **Identifiers.** The credential ``id`` is the public verification URL (the same one the QR
  code on the PDF carries), so a verifier can always check revocation there: a revoked
  certificate stays a validly signed credential, but its verification page says "revoked".
  No ``credentialStatus`` list is published. The issuer is the issuing sector as a Profile at
  ``/certificates/issuer/sectors/<id>/`` whose ``parentOrg`` is the platform's Profile at
  ``/certificates/issuer/``; the platform holds the one signing key, published as a JWK Set at
  ``/certificates/issuer/jwks.json``. The JOSE header's ``kid`` is that URL with the key's
  RFC 7638 thumbprint as fragment, and the JWK in the set carries the same ``kid``.
- **The learner.** OB 3.0 recommends an IdentityHash where a plain identifier would leak personal
  data. The learner's email address is therefore never in the credential: ``identifier`` holds
  ``sha256$hex(sha256(email + salt))`` (``identityType`` "emailAddress", the address lowercased
  and stripped before hashing) with a salt of 128 bits derived from the certificate's code, so
  the same address hashes differently on every certificate and credentials cannot be linked
  through it. The learner's name is given plainly (``identityType`` "name"), as on the PDF, for
  the person who checks the badge. ``credentialSubject.id`` (which the JWT's ``sub`` must repeat)
  is an opaque ``urn:uuid`` derived from the verification URL: it names the subject of this
  certificate and nothing else.
- **The JWT.** OB 3.0 section 8.2 (VC Data Model 2.0): the JOSE header has exactly ``alg``
  ("EdDSA"), ``kid`` and ``typ`` ("JWT"); the payload is the credential itself with the claims
  ``iss`` (issuer.id), ``jti`` (id), ``nbf`` (validFrom), ``sub`` (credentialSubject.id) and,
  when the certificate expires, ``exp`` (validUntil). The spec's VC Data Model 1.1 variant
  wraps the credential in a ``vc`` claim; this 2.0 credential does not.
- **achievementType** is "CertificateOfCompletion" from the OB 3.0 vocabulary: the credential
  acknowledges completing a training, it is not a professional certification.
- **The key** comes from settings: ``OPENBADGES_SIGNING_KEY`` (PEM text) or
  ``OPENBADGES_SIGNING_KEY_FILE`` (a path). Without one, :class:`BadgeKeyMissing` is raised and
  nothing is signed, unless ``OPENBADGES_SIGNING_KEY_AUTOGENERATE`` is on (development only), in
  which case a key is made once in the configured file. ``manage.py generate_badge_key`` makes
  one for production.
"""

import contextlib
import datetime
import hashlib
import json
import os
import re
import uuid
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.translation import gettext
from jwt.utils import base64url_encode

from .models import Certificate
from .rendering import certificate_verify_url

VC_CONTEXT = "https://www.w3.org/ns/credentials/v2"
OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
CONTEXT = [VC_CONTEXT, OB_CONTEXT]
ALGORITHM = "EdDSA"
ACHIEVEMENT_TYPE = "CertificateOfCompletion"
JWT_CONTENT_TYPE = "application/jwt"


class BadgeKeyMissing(ImproperlyConfigured):
    """No Open Badges signing key is configured: badges cannot be issued."""


# --- keys -----------------------------------------------------------------------------------


def signing_key_pem_new() -> bytes:
    """A new Ed25519 private key as unencrypted PKCS#8 PEM."""
    return Ed25519PrivateKey.generate().private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.NoEncryption(),
    )


def signing_key_write(path: Path, pem: bytes) -> None:
    """Write ``pem`` to a new file only its owner can read; refuses to replace a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(pem)


@lru_cache(maxsize=8)
def _private_key_from_pem(pem: bytes) -> Ed25519PrivateKey:
    key = serialization.load_pem_private_key(pem, password=None)
    if not isinstance(key, Ed25519PrivateKey):
        raise ImproperlyConfigured("The Open Badges signing key must be an Ed25519 private key.")
    return key


def _configured_pem() -> bytes:
    text = getattr(settings, "OPENBADGES_SIGNING_KEY", "") or ""
    if text.strip():
        return text.strip().encode() + b"\n"
    path_setting = getattr(settings, "OPENBADGES_SIGNING_KEY_FILE", "") or ""
    if not path_setting:
        raise BadgeKeyMissing(
            "No Open Badges signing key: set OPENBADGES_SIGNING_KEY (PEM text) or "
            "OPENBADGES_SIGNING_KEY_FILE (path); `manage.py generate_badge_key --output PATH` "
            "makes one."
        )
    path = Path(path_setting)
    if not path.exists() and getattr(settings, "OPENBADGES_SIGNING_KEY_AUTOGENERATE", False):
        # FileExistsError: another process made it first: use theirs.
        with contextlib.suppress(FileExistsError):
            signing_key_write(path, signing_key_pem_new())
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise BadgeKeyMissing(
            f"The Open Badges signing key file {path} does not exist; "
            "`manage.py generate_badge_key --output PATH` makes one."
        ) from None


def signing_key() -> Ed25519PrivateKey:
    """The configured private key; raises :class:`BadgeKeyMissing` when there is none."""
    return _private_key_from_pem(_configured_pem())


def public_key() -> Ed25519PublicKey:
    return signing_key().public_key()


def _b64url(data: bytes) -> str:
    return base64url_encode(data).decode("ascii")


def _public_jwk_members(key: Ed25519PublicKey) -> dict[str, str]:
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return {"crv": "Ed25519", "kty": "OKP", "x": _b64url(raw)}


def key_thumbprint(key: Ed25519PublicKey) -> str:
    """The RFC 7638 JWK thumbprint (SHA-256) of ``key``."""
    members = json.dumps(_public_jwk_members(key), separators=(",", ":"), sort_keys=True)
    return _b64url(hashlib.sha256(members.encode()).digest())


def key_id(key: Ed25519PublicKey | None = None) -> str:
    """The ``kid``: the JWK Set URL with the key's thumbprint as fragment."""
    key = key or public_key()
    return f"{absolute_url(reverse('openbadges:jwks'))}#{key_thumbprint(key)}"


def retired_public_keys() -> list[Ed25519PublicKey]:
    """Public keys that signed earlier badges (``OPENBADGES_RETIRED_PUBLIC_KEYS``: PEM
    ``PUBLIC KEY`` blocks, one after the other): after a key change, badges that holders already
    downloaded keep verifying against the JWK Set."""
    text = (getattr(settings, "OPENBADGES_RETIRED_PUBLIC_KEYS", "") or "").replace("\\n", "\n")
    keys = []
    for block in re.findall(r"-----BEGIN PUBLIC KEY-----.*?-----END PUBLIC KEY-----", text, re.S):
        try:
            key = serialization.load_pem_public_key(block.encode())
        except ValueError as exc:
            raise ImproperlyConfigured(
                "OPENBADGES_RETIRED_PUBLIC_KEYS holds a PEM block that is not a public key."
            ) from exc
        if not isinstance(key, Ed25519PublicKey):
            raise ImproperlyConfigured(
                "OPENBADGES_RETIRED_PUBLIC_KEYS: only Ed25519 keys sign badges."
            )
        keys.append(key)
    return keys


def public_jwks() -> dict[str, list[dict[str, str]]]:
    """The JWK Set of the public signing key and the retired ones (never a private part)."""
    current = public_key()
    keys = [current] + [
        key for key in retired_public_keys() if key_thumbprint(key) != key_thumbprint(current)
    ]
    return {
        "keys": [
            {**_public_jwk_members(key), "kid": key_id(key), "use": "sig", "alg": ALGORITHM}
            for key in keys
        ]
    }


# --- documents ------------------------------------------------------------------------------


def absolute_url(path: str) -> str:
    return f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}{path}"


def platform_name() -> str:
    return settings.WAGTAIL_SITE_NAME


def platform_profile() -> dict[str, Any]:
    """The platform as an OB 3.0 Profile: the holder of the signing key."""
    return {
        "id": absolute_url(reverse("openbadges:issuer")),
        "type": ["Profile"],
        "name": platform_name(),
        "url": absolute_url("/"),
        "description": gettext(
            "Training platform of the Flemish government for frontline workers on recognising "
            "and responding to radicalisation."
        ),
    }


def sector_profile(*, sector_id: int, sector_name: str) -> dict[str, Any]:
    """A sector as the issuing Profile, part of the platform."""
    return {
        "id": absolute_url(reverse("openbadges:sector_issuer", kwargs={"sector_id": sector_id})),
        "type": ["Profile"],
        "name": f"{platform_name()} – {sector_name}",
        "url": absolute_url("/"),
        "parentOrg": platform_profile(),
    }


def _isoformat(moment: datetime.datetime) -> str:
    """UTC with a trailing Z, to the second (the JWT NumericDates have no fractions)."""
    moment = moment.astimezone(datetime.UTC).replace(microsecond=0)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def _numeric_date(moment: datetime.datetime) -> int:
    return int(moment.astimezone(datetime.UTC).replace(microsecond=0).timestamp())


def _hours(certificate: Certificate) -> str:
    """The study load in the active language's number format: "1,5", "2"."""
    hours = Decimal(str(certificate.hours or 0))
    hours = hours.quantize(Decimal(1)) if hours == hours.to_integral() else hours.normalize()
    return formats.number_format(hours)


def identity_salt(certificate: Certificate) -> str:
    return hashlib.sha256(f"openbadges-salt:{certificate.code}".encode()).hexdigest()[:32]


def identity_hash(email: str, salt: str) -> str:
    """An OB IdentityHash of ``email``: ``sha256$`` and the hex digest of address + salt."""
    digest = hashlib.sha256((email.strip().lower() + salt).encode("utf-8")).hexdigest()
    return f"sha256${digest}"


def _subject_identifiers(certificate: Certificate) -> list[dict[str, Any]]:
    identifiers = []
    email = certificate.user.email if certificate.user_id and certificate.user else ""
    if email:
        salt = identity_salt(certificate)
        identifiers.append(
            {
                "type": "IdentityObject",
                "identityType": "emailAddress",
                "hashed": True,
                "identityHash": identity_hash(email, salt),
                "salt": salt,
            }
        )
    identifiers.append(
        {
            "type": "IdentityObject",
            "identityType": "name",
            "hashed": False,
            "identityHash": certificate.learner_name,
        }
    )
    return identifiers


def credential_payload(*, certificate: Certificate) -> dict[str, Any]:
    """The OB 3.0 AchievementCredential of ``certificate`` (unsigned)."""
    credential_id = certificate_verify_url(certificate.code)
    issuer = sector_profile(sector_id=certificate.sector_id, sector_name=certificate.sector_name)
    # One Achievement per course and sector: certificates of the same training share its id.
    achievement_id = uuid.uuid5(
        uuid.NAMESPACE_URL, f"{issuer['id']}achievements/{certificate.course_title}"
    )
    with translation.override(certificate.language or settings.LANGUAGE_CODE):
        description = gettext(
            "Completed the training “%(course)s” (%(hours)s hours) offered by the sector "
            "%(sector)s on the %(platform)s."
        ) % {
            "course": certificate.course_title,
            "hours": _hours(certificate),
            "sector": certificate.sector_name,
            "platform": platform_name(),
        }
        narrative = gettext(
            "Complete every required lesson and quiz of the course and, where the cohort asks "
            "for it, attend its training sessions."
        )
    credential: dict[str, Any] = {
        "@context": list(CONTEXT),
        "id": credential_id,
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": certificate.course_title,
        "description": description,
        "issuer": issuer,
        "validFrom": _isoformat(certificate.issued_at),
        "credentialSubject": {
            "id": f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, credential_id + '#subject')}",
            "type": ["AchievementSubject"],
            "identifier": _subject_identifiers(certificate),
            "achievement": {
                "id": f"urn:uuid:{achievement_id}",
                "type": ["Achievement"],
                "achievementType": ACHIEVEMENT_TYPE,
                "name": certificate.course_title,
                "description": description,
                "criteria": {"narrative": narrative},
                "inLanguage": certificate.language or settings.LANGUAGE_CODE,
            },
        },
    }
    if certificate.expires_at is not None:
        credential["validUntil"] = _isoformat(certificate.expires_at)
    return credential


# --- signing and verifying ------------------------------------------------------------------


def credential_jwt(*, certificate: Certificate) -> str:
    """``certificate`` as a compact JWS (VC-JWT) signed with the platform's Ed25519 key."""
    credential = credential_payload(certificate=certificate)
    claims = {
        "iss": credential["issuer"]["id"],
        "jti": credential["id"],
        "nbf": _numeric_date(certificate.issued_at),
        "sub": credential["credentialSubject"]["id"],
    }
    if certificate.expires_at is not None:
        claims["exp"] = _numeric_date(certificate.expires_at)
    key = signing_key()
    return jwt.encode(
        {**credential, **claims},
        key,
        algorithm=ALGORITHM,
        headers={"kid": key_id(key.public_key()), "typ": "JWT"},
    )


class CredentialInvalid(jwt.InvalidTokenError):
    """The token names another signing key, or its JWT claims disagree with the credential."""


def credential_verify(token: str, *, key: Ed25519PublicKey | None = None) -> dict[str, Any]:
    """Verify ``token`` with the configured public key (or ``key``) and return its payload.

    Raises a ``jwt.InvalidTokenError`` subclass when the signature does not match (a changed
    payload, another key), the certificate has expired, or the JWT claims disagree with the
    credential as OB 3.0 section 8.2.4 requires.
    """
    header = jwt.get_unverified_header(token)
    candidates = [key] if key is not None else [public_key(), *retired_public_keys()]
    key = next((k for k in candidates if key_id(k) == header.get("kid")), None)
    if key is None:
        raise CredentialInvalid("The token names another signing key.")
    payload = jwt.decode(
        token,
        key,
        algorithms=[ALGORITHM],
        options={"require": ["iss", "jti", "nbf", "sub"], "verify_aud": False},
    )
    issuer = payload.get("issuer")
    issuer_id = issuer.get("id") if isinstance(issuer, dict) else issuer
    subject = payload.get("credentialSubject") or {}
    checks = {
        "iss": payload["iss"] == issuer_id,
        "jti": payload["jti"] == payload.get("id"),
        "sub": payload["sub"] == subject.get("id"),
        "nbf": _isoformat(datetime.datetime.fromtimestamp(payload["nbf"], tz=datetime.UTC))
        == payload.get("validFrom"),
    }
    if "exp" in payload:
        checks["exp"] = _isoformat(
            datetime.datetime.fromtimestamp(payload["exp"], tz=datetime.UTC)
        ) == payload.get("validUntil")
    wrong = [claim for claim, ok in checks.items() if not ok]
    if wrong:
        raise CredentialInvalid("Claims do not match the credential: " + ", ".join(wrong))
    return payload


def credential_filename(certificate: Certificate) -> str:
    issued = timezone.localtime(certificate.issued_at).date().isoformat()
    return f"open-badge-{issued}-{certificate.code[:8]}.jwt"
