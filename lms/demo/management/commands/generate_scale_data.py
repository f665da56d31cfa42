"""Create a large synthetic dataset for the report benchmarks (see lms/demo/scale_data.py)."""

import time

from django.core.management.base import BaseCommand, CommandError

from lms.demo.scale_data import ScaleDataError, generate


class Command(BaseCommand):
    help = (
        "Create N synthetic learners with enrolments over 18 months, lesson completions, graded "
        "attempts, sessions, registrations and attendance, in bulk (for benchmarks)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--learners", type=int, default=1000, help="number of learners")
        parser.add_argument(
            "--per-learner", type=int, default=1, help="enrolments per learner (default 1)"
        )
        parser.add_argument("--seed", type=int, default=1, help="random seed (repeatable data)")
        parser.add_argument(
            "--prefix",
            default="scale",
            help="tags the generated rows; a second run with the same prefix is refused",
        )

    def handle(self, *args, learners, per_learner, seed, prefix, verbosity, **options):
        if learners < 1 or per_learner < 1:
            raise CommandError("--learners and --per-learner must be at least 1.")
        start = time.perf_counter()
        log = self.stdout.write if verbosity > 1 else None
        try:
            result = generate(
                learners=learners, prefix=prefix, seed=seed, per_learner=per_learner, log=log
            )
        except ScaleDataError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(
            self.style.SUCCESS(
                f"Created {result.learners} learners, {result.enrollments} enrolments in "
                f"{result.cohorts} cohorts, {result.lesson_completions} lesson completions, "
                f"{result.attempts} attempts, {result.sessions} sessions, "
                f"{result.registrations} registrations, {result.attendances} attendances "
                f"in {time.perf_counter() - start:.1f} s."
            )
        )
