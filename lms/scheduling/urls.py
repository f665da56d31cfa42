from django.urls import path

from . import views

app_name = "scheduling"

urlpatterns = [
    path("", views.session_list, name="list"),
    path("<int:session_id>/", views.session_detail, name="detail"),
    path("<int:session_id>/register/", views.registration_create, name="register"),
    path("<int:session_id>/cancel/", views.registration_cancel, name="cancel"),
    path("<int:session_id>/calendar.ics", views.session_calendar, name="calendar"),
    path("feed/", views.feed_settings, name="feed_settings"),
    path("feed/<str:token>.ics", views.calendar_feed, name="feed"),
]
