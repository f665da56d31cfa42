from django.urls import path

from . import views

app_name = "assessments"

urlpatterns = [
    path("quizzes/<int:quiz_id>/", views.quiz_detail, name="quiz"),
    path("quizzes/<int:quiz_id>/start/", views.quiz_start, name="start"),
    path("quizzes/<int:quiz_id>/preview/", views.quiz_preview, name="preview"),
    path("attempts/<int:attempt_id>/", views.attempt_take, name="attempt"),
    path("attempts/<int:attempt_id>/autosave/", views.attempt_autosave, name="autosave"),
    path("attempts/<int:attempt_id>/result/", views.attempt_result, name="result"),
]
