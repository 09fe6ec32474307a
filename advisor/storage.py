"""Where a wizard run in progress is kept."""

from formtools.wizard.storage.base import BaseStorage


class LazySessionStorage(BaseStorage):
    """formtools' session storage, except that a GET never starts a session.

    formtools' own SessionStorage writes an empty run into the session as soon
    as a step is shown, so every anonymous look at the wizard (a crawler, a
    prefetch, a visitor who only reads the first question) cost a session row
    and a cookie. Here a run that is not in the session yet lives in the
    request only, until the visitor posts something (Start, or a first answer).
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Shared by every storage the request builds for this wizard, so a run
        # started by one is seen by the next.
        if not hasattr(self.request, "_unsaved_wizard_runs"):
            self.request._unsaved_wizard_runs = {}
        self._unsaved = self.request._unsaved_wizard_runs

    def _in_session(self) -> bool:
        session = self.request.session
        if self.prefix not in session and self.request.method == "POST":
            session[self.prefix] = self._unsaved.pop(self.prefix, self._empty_run())
        return self.prefix in session

    @property
    def is_saved(self) -> bool:
        """Whether this run is in the session (a visitor who only looked has none)."""
        return self.prefix in self.request.session

    def _get_data(self):
        if self._in_session():
            return self.request.session[self.prefix]
        return self._unsaved.setdefault(self.prefix, self._empty_run())

    # formtools changes the run's dict in place through these, and its own
    # SessionStorage marks the session changed on every read instead, so that
    # every look at a step wrote the session back. Here only a change does.
    def set_step_data(self, step, cleaned_data):
        super().set_step_data(step, cleaned_data)
        self._changed()

    def set_step_files(self, step, files):
        super().set_step_files(step, files)
        self._changed()

    def _set_current_step(self, step):
        if step != self.current_step:
            super()._set_current_step(step)
            self._changed()

    def _set_extra_data(self, extra_data):
        super()._set_extra_data(extra_data)
        self._changed()

    def _changed(self) -> None:
        if self._in_session():
            self.request.session.modified = True

    def _set_data(self, value):
        if self._in_session():
            self.request.session[self.prefix] = value
        else:
            self._unsaved[self.prefix] = value

    data = property(_get_data, _set_data)

    def init_data(self):
        self.data = self._empty_run()

    def _empty_run(self):
        return {
            self.step_key: None,
            self.step_data_key: {},
            self.step_files_key: {},
            self.extra_data_key: {},
        }
