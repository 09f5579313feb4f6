"""The business rules, each declared once: every page, query, answer, export and test uses these.

SQL reads them through macros generated from this module (`sql_macros()`, run on every query
cursor before dashboard/queries/_filters.sql), never through a list of its own; "Over de data"
shows `definitions()`, written from the same values. Write side: never imports Streamlit.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

# --- The life cycle of a trajectory -----------------------------------------------------------

# The statuses in the order of the life cycle (the contract's allowed values, the charts' order).
LIFE_CYCLE = ("aangevraagd", "goedgekeurd", "lopend", "afgerond", "stopgezet", "afgewezen")
REQUESTED = LIFE_CYCLE  # every trajectory in the data was applied for
PENDING = ("aangevraagd",)  # applied for, no decision yet
APPROVED = ("goedgekeurd", "lopend", "afgerond", "stopgezet")  # "toegekend"
STARTED = ("lopend", "afgerond", "stopgezet")
FINISHED = ("afgerond",)
STOPPED = ("stopgezet",)
ENDED = FINISHED + STOPPED  # afgelopen: finished or stopped early
REFUSED = ("afgewezen",)
RUNNING = "lopend"

# The steps a trajectory reaches, each counting every status at or beyond it (the funnel).
STEPS = (
    ("Aangevraagd", REQUESTED),
    ("Goedgekeurd", APPROVED),
    ("Gestart", STARTED),
    ("Afgerond", FINISHED),
)


def requested_on(aanvraagdatum: date | None, startdatum: date | None, oproep: int | None) -> date | None:
    """The day a trajectory counts as applied for: its application date; without one its start
    date; without either 1 January of its call year."""
    if aanvraagdatum is not None:
        return aanvraagdatum
    if startdatum is not None:
        return startdatum
    return date(int(oproep), 1, 1) if oproep is not None else None


def status_on(status: str, startdatum: date | None, einddatum: date | None, day: date | None) -> str:
    """The status a trajectory had on `day` (None: as recorded), judged by the dates in the data.

    The data carry no decision date, so a decision (approved or refused) counts as recorded
    from the application on; an approved trajectory runs from its start date until its end
    date (both days included) and is finished or stopped from the day after its end date. Where
    a date is missing the recorded status stands: without a start date an approved trajectory
    keeps its recorded status; a stopped one without an end date counts as stopped once started.
    Applies only to trajectories applied for by `day` (see `requested_on`)."""
    if day is None or status not in APPROVED:
        return status
    if status in ENDED and einddatum is not None and einddatum < day:
        return status
    if status in ENDED and einddatum is None and (startdatum is None or startdatum <= day):
        return status
    if status in STARTED and startdatum is not None and startdatum <= day:
        return RUNNING
    if status in STARTED and startdatum is None:
        return status
    return "goedgekeurd"


# --- Effort: FTE-months -----------------------------------------------------------------------

# Hours in one FTE-month. A full-time week in Flemish local government is 38 hours (the legal
# status of local government staff); a month is 52 weeks over 12 months: 38 x 52 / 12 = 164,67 h.
# (152 h, 4 weeks of 38 h, would leave out 4,3 weeks a year and overstate delivered FTE-months
# by 8 %.) The demo generator plans hours with this same value.
WEEK_HOURS = 38
HOURS_PER_FTE_MONTH = WEEK_HOURS * 52 / 12

# The original plan (answer to written question 189, 2021): five experts, half-time, four
# months. One planned unit is 0,5 FTE x 4 months = 2 FTE-months; the plan is 5 units.
PLANNED_EXPERTS, PLANNED_FTE, PLANNED_MONTHS = 5, 0.5, 4
PLANNED_UNIT_FTE_MONTHS = PLANNED_FTE * PLANNED_MONTHS
PLANNED_FTE_MONTHS = PLANNED_EXPERTS * PLANNED_UNIT_FTE_MONTHS


def fte_months(hours: float) -> float:
    """Hours worked as FTE-months."""
    return hours / HOURS_PER_FTE_MONTH


# --- Budget use -------------------------------------------------------------------------------

OVER = "overbenutting"
OVER_NO_BUDGET = "overbenutting (geen budget)"
UNDER = "onderbenutting"
FULL = "volledig benut"
CURRENT = "lopend jaar"
NOT_PER_PROVINCE = "niet per provincie"
NO_FIGURES = ""


def utilisation(budget: float, paid: float) -> float | None:
    """Utilisation: net payments over the budget (None without a budget)."""
    return paid / budget if budget > 0 else None


def verdict(budget: float, committed: float, paid: float, last_year: int, as_of_year: int) -> str:
    """Over- or under-use of a budget: one year and flow, one flow over its years, or all of it.

    Over-use: commitments OR net payments above the budget (or spending without a budget).
    Fully used: net payments reach the budget. Under-use: net payments below the budget once the
    period is over (its last budget year lies before the as-of year); before that the period
    is still running ("lopend jaar"), not under-used."""
    if budget <= 0:
        return OVER_NO_BUDGET if committed > 0 or paid > 0 else NO_FIGURES
    if committed > budget or paid > budget:
        return OVER
    if paid >= budget:
        return FULL
    if last_year < as_of_year:
        return UNDER
    return CURRENT


def is_over(verdict_text: str) -> bool:
    return verdict_text.startswith(OVER)


def is_under(verdict_text: str) -> bool:
    return verdict_text == UNDER


# --- Participation ----------------------------------------------------------------------------

# A participating municipality gives or receives in an approved trajectory.
ROLES = ("aanbiedend", "ontvangend", "beide")
ROLE_LABELS = {"aanbiedend": "Alleen aanbiedend", "ontvangend": "Alleen ontvangend", "beide": "Beide"}


# --- SQL ----------------------------------------------------------------------------------------


def _list(values: tuple[str, ...]) -> str:
    return "[" + ", ".join("'" + v.replace("'", "''") + "'" for v in values) + "]"


def sql_macros() -> str:
    """The rules as DuckDB macros, for every query cursor (temporary: per cursor)."""
    return f"""
CREATE OR REPLACE TEMP MACRO toegekend(s) AS list_contains({_list(APPROVED)}, s);
CREATE OR REPLACE TEMP MACRO gestart(s) AS list_contains({_list(STARTED)}, s);
CREATE OR REPLACE TEMP MACRO afgelopen(s) AS list_contains({_list(ENDED)}, s);
CREATE OR REPLACE TEMP MACRO levensloop() AS {_list(LIFE_CYCLE)};
CREATE OR REPLACE TEMP MACRO status_volgorde(s) AS list_position({_list(LIFE_CYCLE)}, s);
CREATE OR REPLACE TEMP MACRO aangevraagd_op(aanvraag, start, oproep) AS
    coalesce(aanvraag, start, make_date(oproep::BIGINT, 1, 1));
CREATE OR REPLACE TEMP MACRO status_op(s, start, einde, dag) AS CASE
    WHEN dag IS NULL OR NOT toegekend(s) THEN s
    WHEN afgelopen(s) AND einde IS NOT NULL AND einde < dag THEN s
    WHEN afgelopen(s) AND einde IS NULL AND (start IS NULL OR start <= dag) THEN s
    WHEN gestart(s) AND start IS NOT NULL AND start <= dag THEN '{RUNNING}'
    WHEN gestart(s) AND start IS NULL THEN s
    ELSE 'goedgekeurd' END;
"""


# --- Definitions for "Over de data" ---------------------------------------------------------


@dataclass(frozen=True)
class Definition:
    term: str
    text: str


def _nl(value: float, decimals: int = 2) -> str:
    return f"{value:.{decimals}f}".replace(".", ",")


def _or(values: tuple[str, ...]) -> str:
    return ", ".join(values[:-1]) + " of " + values[-1] if len(values) > 1 else values[0]


def definitions() -> tuple[Definition, ...]:
    """The definitions "Over de data" shows, in Dutch, written from the values above."""
    return (
        Definition(
            "Levensloop van een traject",
            " → ".join(LIFE_CYCLE[:5]) + "; of afgewezen. Stopgezet is voortijdig beëindigd.",
        ),
        Definition("Toegekend traject", f"status {_or(APPROVED)}."),
        Definition("Gestart traject", f"status {_or(STARTED)}."),
        Definition("Afgelopen traject", f"status {_or(ENDED)}."),
        Definition(
            "Stand op een vroegere datum",
            "boekingen tot en met die dag; trajecten die tegen dan aangevraagd waren (aanvraagdatum, "
            "anders startdatum, anders 1 januari van het oproepjaar). De gegevens bevatten geen "
            "beslissingsdatum: goedgekeurd of afgewezen telt zoals vastgelegd vanaf de aanvraag. Een "
            "goedgekeurd traject is lopend van de startdatum tot en met de einddatum en afgerond of "
            "stopgezet vanaf de dag erna. Zonder startdatum blijft de vastgelegde status staan; een "
            "stopgezet traject zonder einddatum telt als stopgezet zodra het gestart is. Doelen, "
            "tevredenheid, rapporten, criteria, verankering en gepresteerde uren hebben geen "
            "geschiedenis: daarvan geeft het antwoord de waarde van nu, en zegt het dat.",
        ),
        Definition(
            "Deelnemende gemeente",
            "aanbiedend of ontvangend bestuur in een toegekend traject; rollen: alleen aanbiedend, "
            "alleen ontvangend, of beide.",
        ),
        Definition(
            "VTE-maanden geleverd",
            f"gepresteerde uren / {_nl(HOURS_PER_FTE_MONTH)} ({WEEK_HOURS} uur per week, 52 weken "
            "over 12 maanden). Het oorspronkelijke plan (2021): "
            f"{PLANNED_EXPERTS} experten × {_nl(PLANNED_FTE, 1)} VTE × {PLANNED_MONTHS} maanden = "
            f"{_nl(PLANNED_FTE_MONTHS, 0)} VTE-maanden, dus één geplande eenheid is "
            f"{_nl(PLANNED_UNIT_FTE_MONTHS, 0)} VTE-maanden.",
        ),
        Definition("Benutting", "betaald (netto: vereffeningen + terugvorderingen) / budget."),
        Definition(
            "Overbenutting",
            "de vastleggingen of de betalingen (netto) overschrijden het budget, of er is uitgegeven "
            "zonder budget. Per jaar en geldstroom, per geldstroom over de jaren en voor alles samen.",
        ),
        Definition(
            "Onderbenutting",
            "de betalingen blijven onder het budget van een afgesloten periode (het laatste "
            "begrotingsjaar ligt vóór het jaar van de stand). Het lopende begrotingsjaar is geen "
            "onderbenutting maar 'lopend jaar'.",
        ),
        Definition("Volledig benut", "de betalingen (netto) bereiken het budget, zonder overbenutting."),
        Definition("Kost per traject", "betaald (netto, alle geldstromen) / aantal toegekende trajecten."),
    )
