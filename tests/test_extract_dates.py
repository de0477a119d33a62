"""Date expressions and year inference (parley.extract.dates, parley.extract.when)."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parley.extract.dates import (
    YearBounds,
    date_on_or_before,
    find_dates,
    infer_year,
    weekday_before,
)


def one(text):
    [d] = [d for d in find_dates(text) if d.kind != "year"]
    return d


@pytest.mark.parametrize("text, y, m, d", [
    ("met on March 30 in Washington", None, 3, 30),
    ("on Dec. 18 the two sides", None, 12, 18),
    ("held June 17, 2011, in the capital", 2011, 6, 17),
    ("on 5 January 2018 in the capital", 2018, 1, 5),
    ("the 1st of May 2020", 2020, 5, 1),
    ("posted 2024-04-24", 2024, 4, 24),
    ("11/16/2021", 2021, 11, 16),  # month first: 16 cannot be a month
    ("Updated: 30-11-2019 17:49 IST", 2019, 11, 30),  # day first: 30 cannot be a month
    ("on Sept 5", None, 9, 5),
    ("Updated 22:14, 17-Nov-2025", 2025, 11, 17),  # the month spelled between hyphens
    ("filed 05-MAR-2024", 2024, 3, 5),
])
def test_date_styles(text, y, m, d):
    got = one(text)
    assert (got.year, got.month, got.day) == (y, m, d)


def test_a_numeric_date_that_could_be_either_order_is_not_a_date():
    assert [d for d in find_dates("on 03/04/2021 the") if d.kind == "full"] == []


def test_weekday_with_the_date_in_brackets():
    got = one("on Thursday (August 1), the ministers met")
    assert (got.month, got.day, got.weekday) == (8, 1, 3)


def test_a_day_range_gives_its_first_day():
    got = one("held the ninth dialogue November 15-16 in Manila")
    assert (got.month, got.day, got.is_range) == (11, 15, True)


def test_month_names_must_be_capitalised():
    """"may" is a verb; "May 8" is a date."""
    assert [d for d in find_dates("the two sides may 8 times") if d.kind != "year"] == []
    assert one("on May 8 the").month == 5


def test_a_day_that_does_not_exist_is_not_a_date():
    assert [d for d in find_dates("on February 30, 2023") if d.kind == "full"] == []


def test_month_and_year_and_bare_years():
    kinds = [(d.kind, d.year, d.month) for d in find_dates("signed in December 2022 and 2015")]
    assert kinds == [("month_year", 2022, 12), ("year", 2015, None)]


def test_today_is_relative_but_an_outlet_named_today_is_not():
    assert [d.kind for d in find_dates("the dialogue held today in Hanoi")] == ["relative"]
    assert find_dates("Hanoi, The Europe Today: the dialogue") == ()


def test_weekday_before_counts_back_from_the_anchor():
    assert weekday_before(dt.date(2024, 12, 13), 3) == dt.date(2024, 12, 12)  # Thursday
    assert weekday_before(dt.date(2025, 12, 4), 3) == dt.date(2025, 12, 4)  # the same day


def test_a_day_after_the_anchor_belongs_to_the_year_before():
    assert date_on_or_before(12, 30, dt.date(2025, 1, 3)) == dt.date(2024, 12, 30)
    assert date_on_or_before(3, 30, dt.date(2023, 4, 2)) == dt.date(2023, 3, 30)


TODAY = dt.date(2026, 11, 23)


def test_year_between_a_past_and_a_future_year():
    """"visited in 2018 ... agreed to hold the next dialogue in 2020" -> 2019."""
    b = YearBounds(lower=dt.date(2017, 12, 31), upper=dt.date(2020, 1, 1),
                   lower_text="2018", upper_text="2020")
    assert infer_year(3, 25, b, TODAY)[0] == 2019


def test_year_just_after_the_latest_past_month():
    """"signed in December 2022" and a meeting on October 31 -> 2023."""
    b = YearBounds(lower=dt.date(2022, 11, 30), lower_text="December 2022")
    assert infer_year(10, 31, b, TODAY)[0] == 2023


def test_a_weekday_that_contradicts_a_year_rejects_it():
    b = YearBounds(lower=dt.date(2021, 12, 31), lower_text="2022")
    # August 1 was a Monday in 2022 and a Thursday in 2024
    assert infer_year(8, 1, b, TODAY, weekday=3) == (2024, infer_year(8, 1, b, TODAY, 3)[1])


def test_this_year_names_the_year():
    assert infer_year(3, 30, YearBounds(this_year=2023), TODAY)[0] == 2023


def test_no_bound_no_year():
    assert infer_year(3, 30, YearBounds(), TODAY) == (None, None)


def test_never_a_year_in_the_future():
    b = YearBounds(lower=dt.date(2026, 1, 1), lower_text="2026")
    assert infer_year(12, 20, b, TODAY) == (None, None)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=400))
def test_find_dates_never_raises(text):
    for d in find_dates(text):
        assert 0 <= d.start <= d.end <= len(text)


def test_find_dates_is_linear_on_hostile_input():
    for text in ("1" * 50_000, "March " * 20_000, "12-" * 20_000, "Monday (" * 10_000):
        t = time.perf_counter()
        find_dates(text)
        assert time.perf_counter() - t < 2.0, text[:20]


def test_a_numeric_date_with_equal_day_and_month_is_a_date():
    d = one("Thursday, 07/07/2022 09:15")
    assert (d.year, d.month, d.day) == (2022, 7, 7)


def test_a_printed_weekday_tells_the_order_of_a_numeric_date():
    # 11/03/2021: 11 March was a Thursday, 3 November a Wednesday
    d = one("Thursday, 11/03/2021 08:00")
    assert (d.year, d.month, d.day) == (2021, 3, 11)
    assert [x for x in find_dates("Friday, 11/03/2021") if x.kind == "full"] == []


def test_a_year_glued_to_a_time_still_ends_the_date():
    d = one("June 9, 20237:45 PM GMT+2")
    assert (d.year, d.month, d.day) == (2023, 6, 9)


def test_the_minutes_of_a_time_are_not_a_day():
    d = one("Latest 08:21 June 04, 2022")
    assert (d.year, d.month, d.day) == (2022, 6, 4)


def _doc(rows):
    """A cleaned document from (text, reason) rows, as the cleaner would label them."""
    from parley.document import CleanedDoc, Line

    lines, pos = [], 0
    for i, (text, reason) in enumerate(rows, 1):
        lines.append(Line(i, pos, pos + len(text), text, text, reason))
        pos += len(text) + 1
    return CleanedDoc("\n".join(t for t, _ in rows), lines)


def test_a_date_under_a_byline_taken_for_a_related_link_is_the_page_date():
    from parley.extract.view import make_view
    from parley.extract.when import publication

    today = dt.date(2026, 1, 1)
    byline = [("Chile, Peru hold talks", "headline"), ("Ana Cruz (El Diario)", "related_links"),
              ("Lima ● Tue, March 11, 2025", "publication_line"), ("", "blank"),
              ("Chile and Peru held their fourth Political Consultations on Monday.", None)]
    found, _ = publication(make_view(_doc(byline)), today)
    assert found is not None and found.date == dt.date(2025, 3, 11)
    # a listing: each entry's date line is followed by the next entry, not by the body
    listing = [("Tag: dialogue", "headline"), ("Chile, Peru hold talks", "related_links"),
               ("03/02/2025", "publication_line"), ("Peru, Bolivia hold talks", "related_links"),
               ("27/01/2025", "publication_line")]
    found, _ = publication(make_view(_doc(listing)), today)
    assert found is None


# -- rules from unseen6 ------------------------------------------------------------------------
def test_a_dotted_numeric_date_is_day_first():
    # "11.02.2025" (agencies of Europe and Central Asia): dots are never month-first
    d = one("11.02.2025 | 14:20")
    assert (d.year, d.month, d.day) == (2025, 2, 11)
    # slashes stay undecidable
    assert [d for d in find_dates("on 03/04/2021 the") if d.kind == "full"] == []


def test_a_dash_before_the_year_of_a_stamp_with_a_time():
    d = one("Mar 3 - 2024 , 09:15")
    assert (d.year, d.month, d.day) == (2024, 3, 3)
    # in running text the dash does not join a year to the date
    first = find_dates("on May 5 - 2024 was a bad year")[0]
    assert (first.kind, first.year) == ("md", None)


def test_a_month_glued_to_the_word_before_it():
    d = one("Posted onJanuary 7, 2024")
    assert (d.year, d.month, d.day) == (2024, 1, 7)
    # a lower-case month is still no month
    assert all(d.kind == "year" for d in find_dates("onmay 7, 2024"))


def test_an_undecidable_numeric_stamp_takes_the_datelines_reading():
    from parley.extract.view import make_view
    from parley.extract.when import publication

    today = dt.date(2026, 1, 1)
    rows = [("Peru, Chile hold talks", "headline"),
            ("Agencia | 04/06/2025 10:05", "publication_line"), ("", "blank"),
            ("Lima, Jun 4 (Agencia).- Peru and Chile held their third Political Consultations.",
             None)]
    found, _ = publication(make_view(_doc(rows)), today)
    assert found is not None and found.date == dt.date(2025, 6, 4)
    # without a dateline the stamp stays unread
    undated = [*rows[:3], ("Peru and Chile held talks.", None)]
    found, _ = publication(make_view(_doc(undated)), today)
    assert found is None


# -- rules from unseen8 ------------------------------------------------------------------------
def test_a_dashed_numeric_date_with_the_year_last_is_day_first():
    # "04-03-2025" (Gulf, South Asian and European stamps): dashes are never month-first
    d = one("Published: 04-03-2025 | 10:15")
    assert (d.year, d.month, d.day) == (2025, 3, 4)
    # year-first dashes stay ISO, slashes stay undecidable
    assert (one("2025-04-03").month, one("2025-04-03").day) == (4, 3)
    assert [d for d in find_dates("on 04/03/2025 the") if d.kind == "full"] == []


def test_an_agency_acronym_between_a_datelines_date_and_its_dash():
    from parley.extract.view import make_view
    from parley.extract.when import publication

    today = dt.date(2026, 1, 1)
    rows = [("Peru, Chile hold talks", "headline"),
            ("Lima, March 4, 2025 ANDX -- Peru and Chile held their third Political "
             "Consultations here yesterday.", None)]
    found, dateline = publication(make_view(_doc(rows)), today)
    assert found is not None and found.date == dt.date(2025, 3, 4)
    assert dateline is not None
    # a capitalised word that runs on into the sentence is no agency: no dateline
    rows[1] = ("Lima, March 4, 2025 PERU and Chile held talks.", None)
    assert publication(make_view(_doc(rows)), today)[1] is None


def test_a_byline_with_its_section_before_the_stamp():
    from parley.extract.view import make_view
    from parley.extract.when import publication

    today = dt.date(2026, 1, 1)
    rows = [("Peru, Chile hold talks", "headline"),
            ("By Ana Cruz in Foreign Affairs on 4 March 2025", "byline"), ("", "blank"),
            ("Peru and Chile held their third Political Consultations on Monday.", None)]
    found, _ = publication(make_view(_doc(rows)), today)
    assert found is not None and found.date == dt.date(2025, 3, 4)
    # other words around the date still make it no stamp (a related story's teaser)
    rows[1] = ("By Ana Cruz in Foreign Affairs: why the talks of 4 March 2025 failed", "byline")
    assert publication(make_view(_doc(rows)), today)[0] is None
