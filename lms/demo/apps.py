"""Demo data for development and tests: ``seed_demo`` and ``generate_scale_data``.

Installed by the dev and test settings; production only with ``DEMO_APP=true``. Nothing outside
this app imports it: it sits on top and writes through the other apps' services.
"""

from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "lms.demo"
    label = "demo"
