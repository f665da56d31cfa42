from pathlib import Path

from cryptography.hazmat.primitives import serialization
from django.core.management.base import BaseCommand, CommandError

from certificates.openbadges import key_thumbprint, signing_key_pem_new, signing_key_write


class Command(BaseCommand):
    help = (
        "Make a new Ed25519 key for signing Open Badges (PKCS#8 PEM). Prints it, or writes it "
        "with --output to a new file only its owner can read; then point "
        "OPENBADGES_SIGNING_KEY_FILE at that file (or put the PEM in OPENBADGES_SIGNING_KEY). "
        "Only the current public key is published: replacing the key leaves badges signed with "
        "the old one unverifiable until their learners download them again."
    )

    def add_arguments(self, parser):
        parser.add_argument("--output", help="Write the key to this file instead of printing it.")
        parser.add_argument(
            "--force", action="store_true", help="Replace the file given with --output."
        )

    def handle(self, *args, output=None, force=False, **options):
        pem = signing_key_pem_new()
        key = serialization.load_pem_private_key(pem, password=None)
        thumbprint = key_thumbprint(key.public_key())
        if not output:
            self.stdout.write(pem.decode("ascii"), ending="")
            self.stderr.write(f"Key thumbprint (kid fragment): {thumbprint}")
            return
        path = Path(output)
        if path.exists():
            if not force:
                raise CommandError(f"{path} exists; use --force to replace it.")
            if path.is_dir():
                raise CommandError(f"{path} is a folder.")
            path.unlink()
        try:
            signing_key_write(path, pem)
        except FileExistsError:
            raise CommandError(f"{path} exists; use --force to replace it.") from None
        self.stdout.write(f"Wrote a new Open Badges signing key to {path} (kid {thumbprint}).")
