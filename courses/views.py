"""Learner actions inside a lesson: mark as done, play a case scenario, keep a reflection."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpResponseNotAllowed, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from .selectors import lesson_context
from .services import LessonNotAvailable, lesson_complete, lesson_uncomplete
from .services import reflection_save as save


def _require_login(request, lesson):
    if not request.user.is_authenticated:
        return redirect_to_login(lesson.url)
    return None


def lesson_mark_done(request, lesson):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if (response := _require_login(request, lesson)) is not None:
        return response
    if request.POST.get("undo"):
        lesson_uncomplete(user=request.user, lesson=lesson)
        messages.info(request, _("The lesson is marked as not done."))
        return HttpResponseRedirect(lesson.url)
    try:
        _completion, created = lesson_complete(user=request.user, lesson=lesson)
    except LessonNotAvailable:
        raise Http404(_("This lesson is not available.")) from None
    if created:
        messages.success(
            request, _("Well done: “%(title)s” is marked as done.") % {"title": lesson.title}
        )
    following = lesson_context(lesson=lesson, user=request.user)["next_lesson"]
    if following is not None and request.POST.get("next") == "1":
        return HttpResponseRedirect(following.url)
    return HttpResponseRedirect(lesson.url + "#lesson-done")


def scenario_step(request, lesson, block_id: str, step_key: str, choice: int | None = None):
    """One step of a branching scenario as a plain page: works without JavaScript."""
    block = lesson.scenario_blocks().get(block_id)
    if block is None:
        raise Http404(_("This scenario does not exist."))
    steps = {step["key"]: step for step in block.value["steps"]}
    step = steps.get(step_key)
    if step is None:
        raise Http404(_("This step of the scenario does not exist."))
    chosen = None
    if choice is not None:
        if not 1 <= choice <= len(step["choices"]):
            raise Http404(_("This choice does not exist in the scenario."))
        chosen = step["choices"][choice - 1]
    step_number = list(steps).index(step_key) + 1
    context = lesson.get_context(request)
    context.update(
        {
            "scenario": block,
            "step": step,
            "step_number": step_number,
            "chosen": chosen,
            "chosen_number": choice,
            "next_step": steps.get(chosen["next_step"]) if chosen and chosen["next_step"] else None,
            "is_end": chosen is not None and not chosen["next_step"],
        }
    )
    return TemplateResponse(request, "courses/scenario_step.html", context)


def reflection_save(request, lesson, block_id: str):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if (response := _require_login(request, lesson)) is not None:
        return response
    prompts = {block.id for block in lesson.body if block.block_type == "reflection"}
    if block_id not in prompts:
        raise Http404(_("This reflection question does not exist."))
    text = request.POST.get("text", "")
    if request.POST.get("delete"):
        text = ""
    answer = save(user=request.user, lesson=lesson, block_id=block_id, text=text)
    messages.success(
        request,
        _("Your reflection is saved. Only you can see it.")
        if answer
        else _("Your reflection is deleted."),
    )
    return HttpResponseRedirect(lesson.url + f"#reflection-{block_id}")
