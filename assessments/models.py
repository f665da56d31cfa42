"""Quizzes, polymorphic questions, attempts and responses; grading happens on the server only.

The models arrive with the assessments feature; the app is registered now so that its
migrations and imports have their final home from the start.
"""
