"""Shared Flemish training content as Wagtail pages: courses, modules, lessons, good practices.

The page types and LessonCompletion arrive with the content feature; the app is registered now
so that migrations and imports have their final home from the start.
"""
