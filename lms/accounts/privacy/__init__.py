"""Personal data of a user: the export a learner downloads, the erasure a platform administrator
runs, and the retention purge of old free-text answers.

``registry.RULES`` lists every foreign key, one-to-one and many-to-many field that points to the
user model, in every installed app (Wagtail, wagtail-localize and the reporting audit log
included), with what the export and the erasure do with it. tests/accounts/test_privacy_registry.py
fails when a model gains a user reference that no rule covers.
"""

from .erasure import ErasureError, user_erase
from .export import user_data_export
from .retention import answers_purge

__all__ = ["ErasureError", "answers_purge", "user_data_export", "user_erase"]
