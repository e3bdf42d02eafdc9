from django.urls import path

from . import views

app_name = "members"

urlpatterns = [
    path("", views.MemberListView.as_view(), name="list"),
    path("join/", views.MembershipApplyView.as_view(), name="apply"),
    path("join/thanks/", views.MembershipThanksView.as_view(), name="thanks"),
    path("<slug:slug>/", views.MemberDetailView.as_view(), name="detail"),
]
