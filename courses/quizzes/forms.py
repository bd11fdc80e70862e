"""The attempt form: one group of fields per question, built from the attempt's fixed layout.

Choices are offered in the attempt's stored order; nothing in a field tells which is right.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from ..models.quizzes import (
    FreeTextQuestion,
    MultipleChoiceQuestion,
    OrderingQuestion,
    Question,
    SingleChoiceQuestion,
    TrueFalseQuestion,
)

NOT_A_CHOICE = _("This answer is not one of this question's choices.")
ORDINALS = 10


def _choice_options(question: Question) -> list[tuple[str, str]]:
    return [(str(choice.pk), choice.text) for choice in question.shown_choices]


def _fields_for(question: Question) -> dict[str, forms.Field]:
    name = f"q{question.pk}"
    errors = {"invalid_choice": NOT_A_CHOICE}
    if isinstance(question, SingleChoiceQuestion):  # and scenarios
        return {
            name: forms.ChoiceField(
                label=question.text,
                choices=_choice_options(question),
                widget=forms.RadioSelect,
                required=False,
                error_messages=errors,
            )
        }
    if isinstance(question, MultipleChoiceQuestion):
        return {
            name: forms.MultipleChoiceField(
                label=question.text,
                choices=_choice_options(question),
                widget=forms.CheckboxSelectMultiple,
                required=False,
                error_messages=errors,
            )
        }
    if isinstance(question, TrueFalseQuestion):
        return {
            name: forms.ChoiceField(
                label=question.text,
                choices=[("true", _("True")), ("false", _("False"))],
                widget=forms.RadioSelect,
                required=False,
                error_messages=errors,
            )
        }
    if isinstance(question, OrderingQuestion):
        options = [("", "—"), *_choice_options(question)]
        return {
            f"{name}_{index}": forms.ChoiceField(
                label=_("Position %(number)s") % {"number": index + 1},
                choices=options,
                required=False,
                error_messages=errors,
            )
            for index in range(len(question.shown_choices))
        }
    if isinstance(question, FreeTextQuestion):
        return {
            name: forms.CharField(
                label=question.text,
                widget=forms.Textarea(attrs={"rows": 5}),
                max_length=question.max_length,
                required=False,
            )
        }
    raise TypeError(f"No form field for {type(question).__name__}")


class QuizAttemptForm(forms.Form):
    def __init__(self, *args, questions: list[Question], **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = questions
        self._names = {}
        for question in questions:
            fields = _fields_for(question)
            self.fields.update(fields)
            self._names[question.pk] = list(fields)

    def items(self) -> list[dict]:
        """Each question with its bound fields, for the template."""
        return [
            {
                "question": question,
                "number": number,
                "fields": [self[name] for name in self._names[question.pk]],
                "is_ordering": isinstance(question, OrderingQuestion),
            }
            for number, question in enumerate(self.questions, start=1)
        ]

    def responses(self) -> dict[int, object]:
        """The cleaned answers as raw responses for quiz_attempt_submit, by question id."""
        result = {}
        for question in self.questions:
            names = self._names[question.pk]
            if isinstance(question, OrderingQuestion):
                order = [self.cleaned_data.get(name) for name in names]
                result[question.pk] = order if any(order) else None
            else:
                result[question.pk] = self.cleaned_data.get(names[0])
        return result

    def add_question_errors(self, error_dict: dict) -> None:
        """Show the service's refusals next to their question (or at the top)."""
        for key, messages in error_dict.items():
            names = self._names.get(int(key)) if key.isdigit() else None
            for message in messages if isinstance(messages, list) else [messages]:
                self.add_error(names[0] if names else None, message)


class GradeForm(forms.Form):
    score = forms.TypedChoiceField(
        label=_("Score"),
        coerce=str,
        choices=[("1", _("Right (full credit)")), ("0.5", _("Half right")), ("0", _("Wrong"))],
        widget=forms.RadioSelect,
    )
    feedback = forms.CharField(
        label=_("Feedback for the ambassador"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        max_length=2000,
    )
