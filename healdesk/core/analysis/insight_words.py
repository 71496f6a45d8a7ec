"""The pattern facts in the shown language: weekdays, times of day, trends, gaps and delays.

Patterns keep stable English keys ("Monday", "evening", "more often") so JSON output and
stored data never depend on the language; these tables turn them into words to read.
"""

from __future__ import annotations

from healdesk.i18n import N_, _, ngettext

#: "mostly on {days}": a weekday as something that recurs.
WEEKDAYS_RECURRING = {
    "Monday": N_("Mondays"),
    "Tuesday": N_("Tuesdays"),
    "Wednesday": N_("Wednesdays"),
    "Thursday": N_("Thursdays"),
    "Friday": N_("Fridays"),
    "Saturday": N_("Saturdays"),
    "Sunday": N_("Sundays"),
}
#: "mostly on {weekday} {times}": a weekday followed by a time of day that recurs.
WEEKDAY_TIMES = {
    "Monday": N_("Monday"),
    "Tuesday": N_("Tuesday"),
    "Wednesday": N_("Wednesday"),
    "Thursday": N_("Thursday"),
    "Friday": N_("Friday"),
    "Saturday": N_("Saturday"),
    "Sunday": N_("Sunday"),
}
TIMES_RECURRING = {
    "morning": N_("mornings"),
    "afternoon": N_("afternoons"),
    "evening": N_("evenings"),
    "night": N_("nights"),
}
#: ", mostly ...": when a theme clusters by time of day alone.
MOSTLY_AT = {
    "morning": N_(", mostly in the morning"),
    "afternoon": N_(", mostly in the afternoon"),
    "evening": N_(", mostly in the evening"),
    "night": N_(", mostly at night"),
}
TRENDS = {
    "more often": N_("come up more often"),
    "less often": N_("come up less often"),
    "more intense": N_("felt more intense"),
    "less intense": N_("felt less intense"),
}


def weekday_phrase(weekday: str, time_of_day: str | None) -> str:
    """ ", mostly on Sundays" or ", mostly on Sunday evenings"."""
    if time_of_day is None:
        return _(", mostly on {days}").format(days=_(WEEKDAYS_RECURRING[weekday]))
    # Translators: e.g. ", mostly on Sunday evenings"
    return _(", mostly on {weekday} {times}").format(
        weekday=_(WEEKDAY_TIMES[weekday]), times=_(TIMES_RECURRING[time_of_day])
    )


def times(n: int) -> str:
    """How often something came up: "once", "twice", "5 times" in English."""
    if n == 2:
        # Translators: English says "twice"; a language without such a word writes "2 times".
        return _("twice")
    return ngettext("once", "{n} times", n).format(n=n)


def gap(days: float) -> str:
    """A typical gap in everyday words: "week", "two weeks", "month", else whole days."""
    whole = round(days)
    if whole <= 1:
        return _("about every day")
    if 6 <= whole <= 8:
        return _("about every week")
    if 13 <= whole <= 15:
        return _("about every two weeks")
    if 26 <= whole <= 34:
        return _("about every month")
    return ngettext("about every {n} day", "about every {n} days", whole).format(n=whole)


def delay(hours: float) -> str:
    """How soon a repair followed: "within the hour" ... "within about 3 days"."""
    if hours < 1:
        return _("within the hour")
    if hours < 1.5:
        return _("within about an hour")
    if hours < 48:
        n = round(hours)
        return ngettext("within about {n} hour", "within about {n} hours", n).format(n=n)
    n = round(hours / 24)
    return ngettext("within about {n} day", "within about {n} days", n).format(n=n)
