"""The benchmark's modules import, and its pure helpers compute; no timing here (make bench)."""

import importlib

import pytest

from bench.measure import MISSED, OK, Results, Row, percentile
from bench.quiz import answers_from
from bench.run import Config


@pytest.mark.parametrize(
    "name", ["run", "settings", "db", "data", "scale", "pages", "quiz", "hr", "certificates"]
)
def test_every_module_of_the_benchmark_imports(name):
    importlib.import_module(f"bench.{name}")


def test_percentiles_interpolate():
    assert percentile([1, 2, 3, 4], 50) == 2.5
    assert percentile([5], 95) == 5


def test_a_missed_goal_is_counted_and_every_row_lands_in_the_markdown():
    results = Results()
    results.add(Row("Pages", "lesson page", ratio=1.5, status=MISSED))
    results.add(Row("Pages", "bare page", ratio=1.0, status=OK))
    assert [row.measure for row in results.missed] == ["lesson page"]
    assert "| lesson page |" in results.markdown() and "1.50x" in results.markdown()


def test_the_quiz_form_is_answered_field_by_field():
    html = """
      <input type="radio" name="q1" value="11"><input type="radio" name="q1" value="12">
      <input type="checkbox" name="q2" value="21">
      <select name="q3_0"><option value="">-</option><option value="31"><option value="32">
      </select>
      <select name="q3_1"><option value="">-</option><option value="31"><option value="32">
      </select>
      <textarea name="q4"></textarea>
    """
    data = answers_from(html, "token")
    assert data["q1"] == "11" and data["q2"] == "21"
    assert (data["q3_0"], data["q3_1"]) == ("31", "32")
    assert data["q4"] and data["csrfmiddlewaretoken"] == "token"


def test_quick_mode_uses_small_sizes(monkeypatch):
    monkeypatch.setenv("BENCH_QUICK", "1")
    monkeypatch.delenv("BENCH_HR_SIZES", raising=False)
    monkeypatch.delenv("BENCH_CERTIFICATES", raising=False)
    config = Config.from_env()
    assert max(config.hr_sizes) <= 1000 and config.certificates <= 20
