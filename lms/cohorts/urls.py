from django.urls import path

from . import views

app_name = "cohorts"

urlpatterns = [
    path("enrol/", views.enrol, name="enrol"),
    path("invitation/<str:token>/", views.invitation, name="invitation"),
    path("enrollments/<int:enrollment_id>/leave/", views.withdraw, name="withdraw"),
]
