"""One error summary for every form: each problem links to its field."""

from django import forms

from core.forms import error_summary


class Example(forms.Form):
    name = forms.CharField()
    choice = forms.ChoiceField(
        choices=[("a", "A"), ("b", "B")], widget=forms.RadioSelect
    )

    def clean(self):
        raise forms.ValidationError("Something about the whole form.")


def test_problems_link_a_text_box_to_itself_and_options_to_the_first_one():
    form = Example(data={})
    assert not form.is_valid()
    problems = error_summary(form)
    assert [(p.message, p.anchor) for p in problems] == [
        ("Something about the whole form.", ""),
        ("This field is required.", "#id_name"),
        ("This field is required.", "#id_choice_0"),
    ]


def test_the_summary_page_markup_has_no_label_without_a_role(client, db):
    page = client.get("/data/glossary/?per_page=-5").text
    summary = page[page.index('class="error-summary"') - 12 :]
    summary = summary[: summary.index("</div>\n</div>")]
    assert "aria-labelledby" not in summary
    assert 'role="alert"' in summary and "There is a problem" in summary
