"""Test settings: fast hashing, in-memory cache and mail, tasks run immediately."""

import atexit
import shutil
import tempfile

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-secret-key-not-for-production-0123456789abcdef"  # noqa: S105
ALLOWED_HOSTS = ["*"]
INSTALLED_APPS = [*INSTALLED_APPS, "lms.demo"]  # seed_demo and scale data
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASK_BACKEND = "immediate"
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="lms-test-media-"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WAGTAILADMIN_BASE_URL = "http://testserver"
STATIC_ROOT = Path(tempfile.mkdtemp(prefix="lms-test-static-"))
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

# Open Badges: a fresh signing key for every test run, in a temporary folder.
OPENBADGES_SIGNING_KEY = ""
OPENBADGES_SIGNING_KEY_FILE = str(
    Path(tempfile.mkdtemp(prefix="lms-test-badge-key-")) / "openbadges-signing-key.pem"
)
Path(OPENBADGES_SIGNING_KEY_FILE).write_bytes(
    Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
)
OPENBADGES_SIGNING_KEY_AUTOGENERATE = False

# The temporary folders above go when the test process ends.
for _folder in (MEDIA_ROOT, STATIC_ROOT, Path(OPENBADGES_SIGNING_KEY_FILE).parent):
    atexit.register(shutil.rmtree, _folder, ignore_errors=True)
