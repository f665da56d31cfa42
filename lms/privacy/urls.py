from django.urls import path

from . import views

app_name = "privacy"

# Included under /accounts/privacy/ (lms/urls.py): the addresses learners know stay the same.
urlpatterns = [
    path("", views.privacy, name="index"),
    path("export/", views.privacy_export, name="export"),
]
