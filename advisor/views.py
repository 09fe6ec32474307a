import uuid

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST
from formtools.wizard.forms import ManagementForm
from formtools.wizard.storage.session import SessionStorage
from formtools.wizard.views import NamedUrlSessionWizardView, WizardView

from core.markdown import render_markdown

from . import forms, results
from .models import Assessment

WIZARD_PREFIX = "advisor_wizard"
RUN_ID = "run_id"
RETURN_TO_REVIEW = "return_to_review"
# Sent with every step, so a step posted after its run already finished can
# lead back to that run's result instead of to an error.
RUN_FIELD = "advisor_run"
# The visitor's last finished result, for a browser Back after finishing.
LAST_RESULT = "advisor_last_result"

SESSION_EXPIRED = (
    "Your session expired, so your earlier answers are gone. Please start again."
)


def wizard_storage(request) -> SessionStorage:
    return SessionStorage(WIZARD_PREFIX, request)


def start_run(request, step_data=None) -> None:
    """A fresh wizard run, optionally prefilled with earlier answers."""
    storage = wizard_storage(request)
    storage.reset()
    storage.extra_data = {RUN_ID: uuid.uuid4().hex}
    for step, data in (step_data or {}).items():
        storage.set_step_data(step, data)


def is_offshored(wizard) -> bool:
    situation = wizard.get_cleaned_data_for_step("situation") or {}
    return situation.get("current") == "offshored"


def start(request):
    in_progress = bool(wizard_storage(request).extra_data.get(RUN_ID))
    return render(request, "advisor/start.html", {"in_progress": in_progress})


@require_POST
def begin(request):
    start_run(request)
    return redirect("advisor:step", step=forms.STEP_FORMS[0][0])


class AdvisorWizard(NamedUrlSessionWizardView):
    form_list = forms.STEP_FORMS
    condition_dict = {"problems": is_offshored}
    template_name = "advisor/wizard_step.html"
    done_step_name = "done"

    def get_prefix(self, request, *args, **kwargs):
        return WIZARD_PREFIX

    # --- Where may the visitor go? -------------------------------------

    def first_unfinished_step(self) -> str:
        """The first step without valid answers (the review step when all have)."""
        for step in self.get_form_list():
            data = self.storage.get_step_data(step)
            if step == self.steps.last or data is None:
                return step
            if not self.get_form(step=step, data=data).is_valid():
                return step
        return self.steps.last

    def is_reachable(self, step: str) -> bool:
        steps = list(self.get_form_list())
        return steps.index(step) <= steps.index(self.first_unfinished_step())

    def redirect_to_step(self, step: str, message: str = ""):
        if message:
            messages.warning(self.request, message)
        self.storage.current_step = step
        return redirect(self.get_step_url(step))

    # --- GET ---------------------------------------------------------------

    def get(self, request, *args, **kwargs):
        step = kwargs.get("step")
        if not self.storage.extra_data.get(RUN_ID):
            last_token = request.session.get(LAST_RESULT, "")
            finished = Assessment.objects.filter(token=last_token).first()
            if finished is not None:
                messages.info(
                    request,
                    "You finished the advisor: here is your saved result. "
                    "Use “Change my answers” or “Start over” to run it again.",
                )
                return redirect(finished)
            start_run(request)
            self.storage = wizard_storage(request)
        if step not in self.get_form_list():
            return self.redirect_to_step(
                self.first_unfinished_step(),
                ""
                if step == self.done_step_name
                else "That step does not exist. Here is where you left off.",
            )
        if not self.is_reachable(step):
            return self.redirect_to_step(
                self.first_unfinished_step(), "Please answer this step first."
            )
        if "from" in request.GET and request.GET["from"] == "review":
            self.storage.extra_data = {
                **self.storage.extra_data,
                RETURN_TO_REVIEW: True,
            }
        return super().get(request, *args, **kwargs)

    # --- POST --------------------------------------------------------------

    def post(self, *args, **kwargs):
        url_step = kwargs.get("step")
        if not self.storage.extra_data.get(RUN_ID):
            return self.handle_lost_run()
        if url_step not in self.get_form_list():
            return self.redirect_to_step(
                self.first_unfinished_step(), "That step does not exist."
            )
        management = ManagementForm(self.request.POST, prefix=self.prefix)
        posted_step = (
            management.cleaned_data["current_step"] if management.is_valid() else None
        )
        if posted_step != url_step:
            return self.redirect_to_step(
                url_step
                if self.is_reachable(url_step)
                else self.first_unfinished_step(),
                "This form arrived incomplete or altered. Please check your answers "
                "and send it again.",
            )
        goto = self.request.POST.get("wizard_goto_step")
        if goto:
            return self.go_back(url_step, goto)
        if not self.is_reachable(url_step):
            return self.redirect_to_step(
                self.first_unfinished_step(), "Please answer this step first."
            )
        self.storage.current_step = url_step
        return super().post(*args, **kwargs)

    def handle_lost_run(self):
        """A step posted with no run in the session: finished already, or expired."""
        try:
            run_id = uuid.UUID(self.request.POST.get(RUN_FIELD, ""))
        except ValueError:
            run_id = None
        finished = Assessment.objects.filter(run_id=run_id).first() if run_id else None
        if finished is not None:
            return redirect(finished)
        messages.warning(self.request, SESSION_EXPIRED)
        return redirect("advisor:start")

    def go_back(self, current: str, target: str):
        """Back (or a jump to an earlier step): keep what was typed, valid or not."""
        if target not in self.get_form_list() or not self.is_reachable(target):
            return self.redirect_to_step(current, "That step does not exist.")
        form = self.get_form(step=current, data=self.request.POST)
        self.storage.set_step_data(current, self.process_step(form))
        return self.redirect_to_step(target)

    def render_next_step(self, form, **kwargs):
        if self.storage.extra_data.get(RETURN_TO_REVIEW):
            return self.redirect_to_step(self.first_unfinished_step())
        return super().render_next_step(form, **kwargs)

    def render_done(self, form, **kwargs):
        # Finish in the POST itself rather than by formtools' redirect to a GET
        # "done" URL: creating the assessment must not happen on a GET.
        return WizardView.render_done(self, form, **kwargs)

    def render_revalidation_failure(self, failed_step, form, **kwargs):
        return self.redirect_to_step(failed_step, "Please check this step's answers.")

    # --- Rendering -----------------------------------------------------------

    def get_context_data(self, form, **kwargs):
        context = super().get_context_data(form=form, **kwargs)
        steps = list(self.get_form_list())
        current = steps.index(self.steps.current)
        context.update(
            step_title=form.title,
            step_intro=form.intro,
            run_id=self.storage.extra_data.get(RUN_ID, ""),
            run_field=RUN_FIELD,
            progress=[
                {
                    "name": step,
                    "title": self.form_list[step].title,
                    "state": progress_state(index, current),
                }
                for index, step in enumerate(steps)
            ],
        )
        if self.steps.current == self.steps.last:
            self.storage.extra_data = {
                **self.storage.extra_data,
                RETURN_TO_REVIEW: False,
            }
            context["review"] = self.review_summary()
        return context

    def review_summary(self):
        """What the review step lists: every answered question step."""
        answered = {}
        for step in list(self.get_form_list())[:-1]:
            form = self.get_form(step=step, data=self.storage.get_step_data(step))
            if form.is_valid():
                answered[step] = form
        return forms.answer_summaries(answered)

    def done(self, form_list, form_dict, **kwargs):
        questions = {s: f for s, f in form_dict.items() if s != self.steps.last}
        answered = {step: form.cleaned_data for step, form in questions.items()}
        assessment = results.assess(
            uuid.UUID(self.storage.extra_data[RUN_ID]),
            forms.answers_from(answered),
            forms.answer_summaries(questions),
            answered,
        )
        self.request.session[LAST_RESULT] = assessment.token
        return redirect(assessment)


def progress_state(index: int, current: int) -> str:
    if index == current:
        return "current"
    return "done" if index < current else "todo"


def result(request, token):
    assessment = get_object_or_404(Assessment, token=token[:64])
    snapshot = assessment.result
    options = snapshot["options"]
    context = {
        "assessment": assessment,
        "result": snapshot,
        "open_options": [o for o in options if not o["ruled_out"]],
        "ruled_out": [o for o in options if o["ruled_out"]],
        "risks": render_markdown(snapshot["top"]["risks"]),
        "next_steps": render_markdown(snapshot["top"]["next_steps"]),
        "share_url": request.build_absolute_uri(assessment.get_absolute_url()),
    }
    response = render(request, "advisor/result.html", context)
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


@require_POST
def change_answers(request, token):
    """A new run prefilled with a saved assessment's answers, at the review step."""
    assessment = get_object_or_404(Assessment, token=token[:64])
    start_run(
        request,
        {
            step: forms.as_step_data(step, data)
            for step, data in assessment.answers.items()
        },
    )
    messages.info(
        request, "Your earlier answers are filled in. Change any of them below."
    )
    return redirect("advisor:step", step=forms.STEP_FORMS[-1][0])
