import uuid
from dataclasses import replace

from django.contrib import messages
from django.http import QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.datastructures import MultiValueDict
from django.utils.functional import SimpleLazyObject
from django.views.decorators.http import require_http_methods, require_POST
from formtools.wizard.forms import ManagementForm
from formtools.wizard.storage import get_storage
from formtools.wizard.views import NamedUrlSessionWizardView

from core.markdown import render_markdown
from costs.links import cost_picture_url
from glossary import selectors as glossary_selectors
from locations.links import shortlist_url

from . import forms, results
from .models import Assessment
from .result_page import build_result_page, term_paths

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


class AdvisorWizard(NamedUrlSessionWizardView):
    form_list = forms.STEP_FORMS
    template_name = "advisor/wizard_step.html"
    # Keeps a run out of the session until the visitor posts (advisor/storage.py).
    storage_name = "advisor.storage.LazySessionStorage"

    def get_prefix(self, request, *args, **kwargs):
        return WIZARD_PREFIX

    def get_template_names(self):
        if self.steps.current == self.steps.last:
            return ["advisor/wizard_review.html"]
        return [self.template_name]

    # --- Where may the visitor go? -------------------------------------

    def first_unfinished_step(self) -> str:
        """The first step without valid answers (the review step when all have)."""
        for step in self.get_form_list():
            if step == self.steps.last or self.get_cleaned_data_for_step(step) is None:
                return step
        return self.steps.last

    def get_form(self, step=None, data=None, files=None):
        """formtools builds a step's form from its stored answers wherever it
        needs them (is a step reachable, does a condition hold, the check
        before done()), and finishing the last step built every form twice.
        A form of stored answers is built once per request, and again only
        when that step's answers change. The form of a POST is always new."""
        if not isinstance(data, MultiValueDict) or isinstance(data, QueryDict):
            return super().get_form(step, data, files)
        built = self.__dict__.setdefault("_forms_of_stored_answers", {})
        step = step or self.steps.current
        if step not in built or built[step][0] != data:
            built[step] = (data, super().get_form(step, data, files))
        return built[step][1]

    def is_reachable(self, step: str) -> bool:
        steps = list(self.get_form_list())
        return steps.index(step) <= steps.index(self.first_unfinished_step())

    def redirect_to_step(self, step: str, message: str = ""):
        if message:
            messages.warning(self.request, message)
        self.storage.current_step = step
        return redirect(self.get_step_url(step))

    def remember(self, **values) -> None:
        # A flag never set reads as off: looking at a step writes nothing.
        if any(self.storage.extra_data.get(k, False) != v for k, v in values.items()):
            self.storage.extra_data = {**self.storage.extra_data, **values}

    # --- Overrides for what formtools has no hook for --------------------

    def get(self, request, *args, **kwargs):
        # formtools shows any named step (and runs done() for the done URL) on a
        # GET; the advisor shows a step only once the steps before it are answered.
        step = kwargs["step"]
        if not self.storage.extra_data.get(RUN_ID):
            last = request.session.get(LAST_RESULT)
            finished = Assessment.objects.filter(token=last).first() if last else None
            if finished is not None:
                messages.info(
                    request,
                    "You finished the advisor: here is your saved result. "
                    "Use “Change answers” or “Start again” to run it again.",
                )
                return redirect(finished)
            start_run(self.storage)
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
        self.remember(**{RETURN_TO_REVIEW: request.GET.get("from") == "review"})
        return super().get(request, *args, **kwargs)

    def post(self, *args, **kwargs):
        # formtools trusts the posted management form (a 400 when it is missing,
        # a silent switch of step when it differs from the URL) and accepts any
        # step; the advisor leads the visitor back to a step they can answer.
        step = kwargs["step"]
        if not self.storage.extra_data.get(RUN_ID):
            lost = self.handle_lost_run()
            if lost is not None:
                return lost
        if step not in self.get_form_list():
            return self.redirect_to_step(
                self.first_unfinished_step(), "That step does not exist."
            )
        management = ManagementForm(self.request.POST, prefix=self.prefix)
        if not management.is_valid() or management.cleaned_data["current_step"] != step:
            return self.redirect_to_step(
                step if self.is_reachable(step) else self.first_unfinished_step(),
                "This form arrived incomplete or altered. Please check your answers "
                "and send it again.",
            )
        if not self.is_reachable(step):
            return self.redirect_to_step(
                self.first_unfinished_step(), "Please answer this step first."
            )
        self.storage.current_step = step
        return super().post(*args, **kwargs)

    def render_next_step(self, form, **kwargs):
        # A change made from the review goes straight back to it, or to a step
        # the change made necessary; formtools knows only "the next step".
        if self.storage.extra_data.get(RETURN_TO_REVIEW):
            return self.redirect_to_step(self.first_unfinished_step())
        return super().render_next_step(form, **kwargs)

    def render_done(self, form, **kwargs):
        # Finish in this POST: NamedUrlWizardView would redirect to a GET of the
        # "done" URL first, and a GET must never create an assessment.
        return super().render_done(form, **{**kwargs, "step": self.done_step_name})

    # --- Hooks -------------------------------------------------------------

    def render_goto_step(self, goto_step, **kwargs):
        """Back keeps what was typed on this step, valid or not."""
        form = self.get_form(data=self.request.POST)
        self.storage.set_step_data(self.steps.current, self.process_step(form))
        return super().render_goto_step(goto_step, **kwargs)

    def get_context_data(self, form, **kwargs):
        context = super().get_context_data(form=form, **kwargs)
        context.update(
            progress=self.progress(),
            # Only a run in the session has its id on the page: a visitor who
            # has only looked sees the page everyone sees (and the page cache
            # serves), and their first answer starts their run.
            run_id=self.storage.extra_data.get(RUN_ID, "")
            if self.storage.is_saved
            else "",
            run_field=RUN_FIELD,
        )
        if self.steps.current == self.steps.last:
            context["review"] = self.review_summary()
        else:
            form.show_definitions(
                SimpleLazyObject(
                    lambda: glossary_selectors.published_terms_by_slug(
                        form.glossary_slugs()
                    )
                )
            )
        return context

    def progress(self) -> dict:
        """Every step, numbered as in the full list, so "Step 4 of 5" never
        changes (no step is conditional: problems are asked on the situation
        step); a conditional step would be marked as such."""
        active = self.get_form_list()
        all_steps = list(self.form_list)
        current = all_steps.index(self.steps.current)
        return {
            "number": current + 1,
            "total": len(all_steps),
            "steps": [
                {
                    "title": form_class.title,
                    "conditional": step in self.condition_dict,
                    "state": progress_state(index, current, step in active),
                }
                for index, (step, form_class) in enumerate(forms.STEP_FORMS)
            ],
        }

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
        )
        self.request.session[LAST_RESULT] = assessment.token
        return redirect(assessment)

    def handle_lost_run(self):
        """A step posted with no run in the session: the first answer (showing
        a step starts no session), finished already, or expired."""
        try:
            run_id = uuid.UUID(self.request.POST.get(RUN_FIELD, ""))
        except ValueError:
            run_id = None
        finished = Assessment.objects.filter(run_id=run_id).first() if run_id else None
        if finished is not None:
            return redirect(finished)
        if self.kwargs.get("step") == self.steps.first:
            # A first answer: a new run, or the run its page named (so that
            # posting it again after finishing finds the result).
            self.storage.extra_data = {RUN_ID: (run_id or uuid.uuid4()).hex}
            return None
        messages.warning(self.request, SESSION_EXPIRED)
        return redirect("advisor:start")


def step_field_names(step: str) -> set[str]:
    """What a step's page posts: its answers (formtools prefixes each with the
    step's name), formtools' management field, the run and the Back button.
    The 503 page sends these back, and nothing else."""
    form_class = dict(forms.STEP_FORMS).get(step)
    if form_class is None:
        return set()
    answers = {f"{step}-{name}" for name in form_class.base_fields}
    return answers | {f"{WIZARD_PREFIX}-current_step", RUN_FIELD, "wizard_goto_step"}


def progress_state(index: int, current: int, active: bool) -> str:
    if index == current:
        return "current"
    if index > current:
        return "todo"
    return "done" if active else "skipped"


def wizard_storage(request):
    """The wizard's storage outside the wizard (start page, begin, change)."""
    return get_storage(AdvisorWizard.storage_name, WIZARD_PREFIX, request)


def start_run(storage, step_data=None) -> None:
    """A fresh wizard run, optionally prefilled with earlier answers."""
    storage.reset()
    storage.extra_data = {RUN_ID: uuid.uuid4().hex}
    for step, data in (step_data or {}).items():
        storage.set_step_data(step, data)


def start(request):
    storage = wizard_storage(request)
    in_progress = bool(storage.extra_data.get(RUN_ID))
    context = {
        "in_progress": in_progress,
        "first_step": forms.STEP_FORMS[0][0],
        "length": forms.wizard_length(),
    }
    if in_progress:
        context["continue_step"] = storage.current_step or forms.STEP_FORMS[0][0]
    return render(request, "advisor/start.html", context)


@require_POST
def begin(request):
    start_run(wizard_storage(request))
    return redirect("advisor:step", step=forms.STEP_FORMS[0][0])


def result(request, token):
    assessment = get_object_or_404(Assessment, token=token[:64])
    # The page's body is a fragment kept until the next content edit: the
    # saved result never changes, the links it resolves (terms, locations,
    # cost factors) change only with content. So it is built only when the
    # fragment is not kept.
    shown = SimpleLazyObject(lambda: result_context(request, assessment))
    context = {
        "assessment": assessment,
        "shown": shown,
        "rules_version": results.RULES_VERSION,
    }
    response = render(request, "advisor/result.html", context)
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


def result_context(request, assessment) -> dict:
    # Links are resolved now, not when saved: a term unpublished since then
    # shows as plain text rather than as a link to a missing page. One query
    # for the terms the advice's [[links]] and the saved options name.
    top = results.readable_snapshot(assessment.result)["top"]
    saved = {
        path: glossary_selectors.term_slug_of(path)
        for path in term_paths(assessment.result)
    }
    links = {
        # Absolute, like every link on the result, so a printout shows them whole.
        slug: replace(link, url=request.build_absolute_uri(link.url))
        for slug, link in glossary_selectors.term_links(
            top["risks"], top["next_steps"], slugs=filter(None, saved.values())
        ).items()
    }

    def live_url(path: str) -> str:
        slug = saved.get(path)
        if slug is None:  # not a term's page
            return request.build_absolute_uri(path)
        link = links.get(slug)
        return link.url if link else ""

    page = build_result_page(assessment.result, live_url)
    return {
        "page": page,
        "risks": render_markdown(top["risks"], links),
        "next_steps": render_markdown(top["next_steps"], links),
        "share_url": request.build_absolute_uri(assessment.get_absolute_url()),
        # Links, not forms: the page carries no CSRF token and can be cached.
        "change_url": request.build_absolute_uri(
            reverse("advisor:change-answers", args=[assessment.token])
        ),
        "start_url": request.build_absolute_uri(reverse("advisor:start")),
        **where_and_how_much(assessment, page, request.build_absolute_uri),
    }


def where_and_how_much(assessment, page, absolute_url) -> dict:
    """The next questions after "how": the shortlist for each of the best open
    options whose people work abroad, and the cost picture for the ranking,
    both set from the saved answers (older results lack some: links then
    open with the pages' own defaults)."""
    answers = assessment.answers
    constraints = answers.get("constraints") or {}
    process = answers.get("process") or {}
    shortlists = [
        {"name": option["name"], "url": absolute_url(url)}
        for option in page.open_options[: results.TOP_COMPARED]
        if (url := shortlist_url(option["key"], constraints))
    ]
    cost_url = cost_picture_url(
        [option["key"] for option in page.open_options],
        volume=process.get("volume"),
        duration=process.get("duration"),
        result_token=assessment.token,
    )
    return {"shortlists": shortlists, "cost_url": absolute_url(cost_url)}


@require_http_methods(["GET", "HEAD", "POST"])
def change_answers(request, token):
    """A new run prefilled with a saved assessment's answers, at the review step.

    The result page links here (a link keeps that page free of CSRF tokens, so
    it can be cached); the GET asks before a run in progress is replaced."""
    assessment = get_object_or_404(Assessment, token=token[:64])
    if request.method != "POST":
        in_progress = bool(wizard_storage(request).extra_data.get(RUN_ID))
        return render(
            request,
            "advisor/change_answers.html",
            {"assessment": assessment, "in_progress": in_progress},
        )
    start_run(wizard_storage(request), forms.prefill_data(assessment.answers))
    messages.info(
        request, "Your earlier answers are filled in. Change any of them below."
    )
    return redirect("advisor:step", step=forms.STEP_FORMS[-1][0])
