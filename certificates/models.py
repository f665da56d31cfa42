"""Certificate templates per sector and issued certificates with their public verification code.

The models arrive with the certificates feature; the app is registered now so that its
migrations and imports have their final home from the start.
"""
