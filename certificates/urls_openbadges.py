from django.urls import path

from . import views_openbadges as views

app_name = "openbadges"

urlpatterns = [
    path("issuer/", views.issuer, name="issuer"),
    path("issuer/jwks.json", views.jwks, name="jwks"),
    path("issuer/sectors/<int:sector_id>/", views.sector_issuer, name="sector_issuer"),
    path("<str:code>/badge/", views.badge, name="badge"),
]
