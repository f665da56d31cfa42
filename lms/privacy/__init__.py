"""Personal data of a user: the export a learner downloads, the erasure a platform administrator
runs, and the retention purge of old free-text answers.

Every app says what export and erasure do with its own models in its ``privacy.py``, through the
registry in the bottom layer (lms/accounts/privacy_registry.py); this app holds the machinery
and declares the third-party apps (``third_party.py``). tests/privacy/test_registry.py fails
when a model gains a user reference that no rule covers.
"""
