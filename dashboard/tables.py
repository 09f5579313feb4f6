"""Query results -> the tables the pages show and offer for download: Dutch column names,
numbers kept as numbers (the screen formats them, see format.frame), derived figures computed
once here so that chart, table and download always agree."""

from __future__ import annotations

from datetime import date

import pandas as pd

from dashboard import charts, format
from pipelines import rules
from pipelines.contract import FLOW_LABELS_NL

MONEY_EXEC = ("Budget (EUR)", "Vastgelegd (EUR)", "Betaald, netto (EUR)")
BUDGET_MONEY = MONEY_EXEC


def flow_label(flow: object) -> str:
    return FLOW_LABELS_NL.get(str(flow), str(flow))


def budget_by_flow(df: pd.DataFrame) -> pd.DataFrame:
    """Per flow: budget, committed, paid and utilisation, with Dutch headers."""
    return pd.DataFrame(
        {
            "Geldstroom": df["stroom"].map(flow_label),
            "Budget (EUR)": df["budget"].astype(float),
            "Vastgelegd (EUR)": df["vastgelegd"].astype(float),
            "Betaald, netto (EUR)": df["betaald"].astype(float),
            "Benutting": df["benutting"].astype(float),
        }
    )


def data_day(snap) -> date:
    """The day of the published data: the as-of day of a page that takes no date."""
    return date.fromisoformat(snap.created_at[:10]) if snap.created_at else date.today()


def utilisation_sentence(
    budget: float,
    committed: float,
    paid: float,
    verdict: str,
    provinces: bool = False,
    per: str = "provincie",
) -> str:
    """One plain-Dutch sentence on the use of the budget of the selection, given its verdict
    (rules.verdict over all its years and flows); `provinces`: part of Flanders is chosen, by
    `per` ("provincie" or "gemeente")."""
    if provinces:
        chosen = "gemeenten" if per == "gemeente" else "provincies"
        return (
            f"In de gekozen {chosen} is {format.eur(committed)} vastgelegd en {format.eur(paid)} "
            f"betaald. Het budget ({format.eur(budget)}) geldt voor heel Vlaanderen en is niet per "
            f"{per} verdeeld; over- of onderbenutting kan daarom alleen voor heel Vlaanderen "
            "beoordeeld worden."
        )
    if verdict == rules.OVER_NO_BUDGET:
        return (
            f"Overbenutting: er is {format.eur(committed)} vastgelegd en {format.eur(paid)} "
            "betaald zonder gepubliceerd budget voor deze selectie."
        )
    if verdict == rules.NO_FIGURES:
        return "Er is geen budget gepubliceerd voor deze selectie, dus de benutting kan niet berekend worden."
    used = (
        f"van het budget van {format.eur(budget)} is {format.eur(committed)} vastgelegd en "
        f"{format.eur(paid)} betaald ({format.pct(paid / budget)})"
    )
    if verdict == rules.OVER:
        over = max(committed, paid) - budget
        return (
            f"Overbenutting: er is {format.eur(over)} meer vastgelegd of betaald dan het budget "
            f"van {format.eur(budget)} ({format.eur(committed)} vastgelegd, {format.eur(paid)} betaald)."
        )
    if verdict == rules.FULL:
        return f"Volledig benut: {used}."
    if verdict == rules.UNDER:
        return f"Onderbenutting: {used}; {format.eur(budget - paid)} is niet benut."
    return (
        f"Nog geen oordeel over onderbenutting: {used}; het laatste begrotingsjaar loopt nog, "
        f"{format.eur(budget - paid)} is nog niet betaald."
    )


VERDICT_COLUMNS = ["Geldstroom", "Jaren", "Budget (EUR)", "Vastgelegd (EUR)", "Betaald, netto (EUR)",
                   "Benutting", "Oordeel"]  # fmt: skip
ALL_FLOWS = "Alle geldstromen samen"


def verdicts_table(execution: pd.DataFrame, as_of_year: int, provinces: bool = False) -> pd.DataFrame:
    """Over- or under-use per flow over its years and for everything together (rules.verdict),
    from the `budget_execution` table; the verdict per year and flow is its column Signaal."""
    rows = []
    groups = [(flow, part) for flow, part in execution.groupby("Geldstroom", sort=True)]
    groups.append((ALL_FLOWS, execution))
    for flow, part in groups:
        budget = float(part["Budget (EUR)"].sum())
        committed = float(part["Vastgelegd (EUR)"].sum())
        paid = float(part["Betaald, netto (EUR)"].sum())
        first, last = int(part["Jaar"].min()), int(part["Jaar"].max())
        verdict = (
            rules.NOT_PER_PROVINCE if provinces else rules.verdict(budget, committed, paid, last, as_of_year)
        )
        use = None if provinces else rules.utilisation(budget, paid)
        span = str(first) if first == last else f"{first}–{last}"
        rows.append((flow, span, budget, committed, paid, use, verdict))
    out = pd.DataFrame(rows, columns=VERDICT_COLUMNS)
    out["Benutting"] = out["Benutting"].astype(float)
    return out


def total_verdict(execution: pd.DataFrame, as_of_year: int, provinces: bool = False) -> str:
    """The verdict over all years and flows of the selection."""
    if execution.empty:
        return rules.NO_FIGURES
    return verdicts_table(execution, as_of_year, provinces).iloc[-1]["Oordeel"]


def datasets_published(df: pd.DataFrame, snap) -> pd.DataFrame:
    """Rows and last update per dataset."""
    updated = dict(snap.updated)
    return pd.DataFrame(
        {
            "Dataset": df["dataset"],
            "Rijen": df["rijen"].astype(int),
            "Bijgewerkt": df["dataset"].map(lambda d: format.moment(updated.get(d))),
        }
    )


def status_table(df: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame({"Status": df["status"], "Trajecten": df["trajecten"].astype(int)})


def roles_table(deelnemers: pd.DataFrame, total: int) -> pd.DataFrame:
    """Participating municipalities per role, and their share of all municipalities."""
    counts = deelnemers["rol"].value_counts()
    rows = [(label, int(counts.get(role, 0))) for role, label in rules.ROLE_LABELS.items()]
    rows.append(("Samen", int(len(deelnemers))))
    out = pd.DataFrame(rows, columns=["Rol", "Gemeenten"])
    out["Aandeel van alle gemeenten"] = out["Gemeenten"] / total if total else float("nan")
    return out


def participants_table(deelnemers: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "NIS-code": deelnemers["nis_code"],
            "Gemeente": deelnemers["gemeente"],
            "Provincie": deelnemers["provincie"],
            "Rol": deelnemers["rol"].map(rules.ROLE_LABELS),
            "Trajecten als aanbieder": deelnemers["trajecten_aanbiedend"].astype(int),
            "Trajecten als ontvanger": deelnemers["trajecten_ontvangend"].astype(int),
            "Vastgelegd (EUR)": deelnemers["vastgelegd"].astype(float),
            "Betaald, netto (EUR)": deelnemers["betaald"].astype(float),
        }
    )


def fte_months(totals: pd.Series) -> dict[str, float]:
    """FTE-months delivered (from hours worked), planned in the trajectories, and the 2021 plan."""
    return {
        "geleverd": rules.fte_months(float(totals["uren_gepresteerd"])),
        "gepland_trajecten": float(totals["vte_maanden_gepland"]),
        "gepland_2021": rules.PLANNED_FTE_MONTHS,
    }


def signal(row: pd.Series, as_of_year: int) -> str:
    """Over- or under-use of one budget line (year and flow): rules.verdict."""
    return rules.verdict(
        float(row["budget"]),
        float(row["vastgelegd"]),
        float(row["betaald"]),
        int(row["begrotingsjaar"]),
        as_of_year,
    )


def budget_execution(df: pd.DataFrame, as_of: date, provinces: bool = False) -> pd.DataFrame:
    """Per budget year and flow, the three stages side by side, utilisation and a signal.

    With provinces chosen the budget is still that of all Flanders (it is not divided over
    provinces), so utilisation, unused budget and the over/under-use signal are left empty."""
    out = pd.DataFrame(
        {
            "Jaar": df["begrotingsjaar"].astype(int),
            "Geldstroom": df["stroom"].map(flow_label),
            "Budget (EUR)": df["budget"].astype(float),
            "Vastgelegd (EUR)": df["vastgelegd"].astype(float),
            "Betaald, bruto (EUR)": df["betaald_bruto"].astype(float),
            "Teruggevorderd (EUR)": df["teruggevorderd"].astype(float),
            "Betaald, netto (EUR)": df["betaald"].astype(float),
        }
    )
    budget = out["Budget (EUR)"]
    comparable = (budget > 0) & (not provinces)
    out["Benutting"] = (out["Betaald, netto (EUR)"] / budget).where(comparable)
    out["Onbenut (EUR)"] = (budget - out["Betaald, netto (EUR)"]).where(comparable)
    out["Signaal"] = (
        rules.NOT_PER_PROVINCE
        if provinces
        else [signal(row, as_of.year) for _, row in df.astype({"begrotingsjaar": int}).iterrows()]
    )
    out["Toelichting"] = df["toelichting"].fillna("")
    return out


def signal_messages(execution: pd.DataFrame) -> list[tuple[str, str]]:
    """One Markdown message per over- or under-used budget line, with the reason from the data
    (escaped: uploaded text never becomes Markdown)."""
    messages = []
    for _, row in execution.iterrows():
        flag = row["Signaal"]
        if not (rules.is_over(flag) or rules.is_under(flag)):
            continue
        reason = (
            format.md_text(row["Toelichting"]) if row["Toelichting"] else "geen toelichting in de gegevens"
        )
        text = (
            f"**{flag.capitalize()}** in {row['Jaar']}, {row['Geldstroom']}: budget "
            f"{format.eur(row['Budget (EUR)'])}, vastgelegd {format.eur(row['Vastgelegd (EUR)'])}, "
            f"betaald {format.eur(row['Betaald, netto (EUR)'])}. Reden: {reason}"
        )
        messages.append(("over" if rules.is_over(flag) else "under", text))
    return messages


EXEC_MONEY = (
    "Budget (EUR)",
    "Vastgelegd (EUR)",
    "Betaald, bruto (EUR)",
    "Teruggevorderd (EUR)",
    "Betaald, netto (EUR)",
    "Onbenut (EUR)",
)


def cumulative_table(months: pd.DataFrame, budget: float | None, first_year: int | None) -> pd.DataFrame:
    """Net payments per month, cumulated, next to the budget spread linearly from 1 January of
    the first budget year to 31 December of the last year with payments or 2024 (the end of
    VAPA 2020-2024), whichever is later. Without a comparable budget (provinces chosen) the
    plan column is empty."""
    if months.empty:
        return pd.DataFrame(
            columns=["Maand", "Betaald in de maand (EUR)", "Betaald cumulatief (EUR)", "Lineair plan (EUR)"]
        )
    per_month = months.groupby("maand", as_index=False)["betaald"].sum().sort_values("maand")
    start = date(first_year or per_month["maand"].min().year, 1, 1)
    end = date(max(2024, per_month["maand"].max().year), 12, 31)
    grid = pd.date_range(pd.Timestamp(start), pd.Timestamp(end), freq="MS")
    full = pd.DataFrame({"maand": grid}).merge(
        per_month.assign(maand=pd.to_datetime(per_month["maand"])), on="maand", how="left"
    )
    full["betaald"] = full["betaald"].fillna(0.0).astype(float)
    cum = full["betaald"].cumsum()
    return pd.DataFrame(
        {
            "Maand": full["maand"].dt.date,
            "Betaald in de maand (EUR)": full["betaald"],
            "Betaald cumulatief (EUR)": cum,
            "Lineair plan (EUR)": (
                charts.linear_plan(full["maand"], budget, start, end).astype(float)
                if budget
                else float("nan")
            ),
        }
    )


CUMULATIVE_MONEY = ("Betaald in de maand (EUR)", "Betaald cumulatief (EUR)", "Lineair plan (EUR)")


def waterfall_table(execution: pd.DataFrame, provinces: bool = False) -> pd.DataFrame:
    """From the budget to what was paid and what is unused, over the selection; with provinces
    chosen from what was committed (the budget is not divided over provinces)."""
    budget = float(execution["Budget (EUR)"].sum())
    committed = float(execution["Vastgelegd (EUR)"].sum())
    gross = float(execution["Betaald, bruto (EUR)"].sum())
    recovered = float(execution["Teruggevorderd (EUR)"].sum())
    paid = gross + recovered
    rows = [
        ("Budget", budget, "absolute"),
        (
            "Niet vastgelegd" if committed <= budget else "Vastgelegd boven budget",
            committed - budget,
            "relative",
        ),
        ("Vastgelegd", committed, "total"),
        (
            "Vastgelegd, niet betaald" if gross <= committed else "Betaald boven vastlegging",
            gross - committed,
            "relative",
        ),
        ("Teruggevorderd", recovered, "relative"),
        ("Betaald (netto)", paid, "total"),
    ]
    if provinces:
        rows = [("Vastgelegd", committed, "absolute"), *rows[3:]]
    return pd.DataFrame(rows, columns=["Stap", "Bedrag (EUR)", "Soort"])


def beneficiaries_table(df: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "Begunstigde": df["begunstigde"],
            "NIS-code": df["begunstigde_id"].where(df["soort"] == "gemeente", ""),
            "Soort": df["soort"],
            "Provincie": df["provincie"].fillna("heel Vlaanderen"),
            "Trajecten als aanbieder": df["trajecten_aanbiedend"].astype(int),
            "Trajecten als ontvanger": df["trajecten_ontvangend"].astype(int),
            "Vastgelegd (EUR)": df["vastgelegd"].astype(float),
            "Betaald, bruto (EUR)": df["betaald_bruto"].astype(float),
            "Teruggevorderd (EUR)": df["teruggevorderd"].astype(float),
            "Betaald, netto (EUR)": df["betaald"].astype(float),
        }
    )


BENEFICIARY_MONEY = (
    "Vastgelegd (EUR)",
    "Betaald, bruto (EUR)",
    "Teruggevorderd (EUR)",
    "Betaald, netto (EUR)",
)


def yes_no(value: object) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NA:
        return "–"
    return "ja" if bool(value) else "nee"


def trajectories_table(df: pd.DataFrame) -> pd.DataFrame:
    """The trajectory list as shown and downloaded."""
    return pd.DataFrame(
        {
            "Traject": df["traject_id"],
            "Oproep": df["oproep"].astype("Int64"),
            "Status": df["status"],
            "Model": df["model"],
            "Aanbiedend bestuur": df["aanbieder_naam"],
            "Provincie aanbieder": df["aanbieder_provincie"],
            "Ontvangend bestuur": df["ontvanger_naam"],
            "Provincie ontvanger": df["ontvanger_provincie"],
            "Thema's": df["thema"].map(lambda t: ", ".join(t) if t is not None and len(t) else ""),
            "Start": df["startdatum"],
            "Einde": df["einddatum"],
            "VTE": df["fte_inzet"].astype(float),
            "Maanden gepland": df["geplande_maanden"].astype(float),
            "Uren gepresteerd": df["gepresteerde_uren"].astype(float),
            "Toegekend (EUR)": df["toegekend_bedrag"].astype(float),
            "Doelen bereikt": df["doelen_bereikt"].astype("Int64"),
            "Doelen gepland": df["doelen_gepland"].astype("Int64"),
        }
    )


TRAJECTORY_MONEY = ("Toegekend (EUR)",)


def gantt_table(df: pd.DataFrame) -> pd.DataFrame:
    """Started trajectories with their period; without an end date the planned end
    (start + planned months) is used and marked as such."""
    started = df[df["startdatum"].notna()]
    start = pd.to_datetime(started["startdatum"])
    # start + planned months - 1 day; per distinct number of months, not per row (2.500 rows took 50 ms)
    planned_end = start.copy()
    months = started["geplande_maanden"].dropna().map(lambda m: int(round(m)))
    for m in months.unique():
        rows = months.index[months == m]
        planned_end.loc[rows] = start.loc[rows] + pd.DateOffset(months=int(m)) - pd.Timedelta(days=1)
    end = pd.to_datetime(started["einddatum"]).where(started["einddatum"].notna(), planned_end)
    return pd.DataFrame(
        {
            "Traject": started["traject_id"],
            "Status": started["status"],
            "Start": start.dt.date,
            "Einde": pd.to_datetime(end).dt.date,
            "Einde is gepland": started["einddatum"].isna().map({True: "ja", False: "nee"}),
            "Aanbiedend": started["aanbieder_naam"],
            "Ontvangend": started["ontvanger_naam"],
        }
    ).reset_index(drop=True)


FUNNEL_STEPS = rules.STEPS


def funnel_table(df: pd.DataFrame) -> pd.DataFrame:
    """How many trajectories reached at least each step of the life cycle."""
    counts = df["status"].value_counts()
    rows = [(step, int(sum(counts.get(s, 0) for s in statuses))) for step, statuses in FUNNEL_STEPS]
    return pd.DataFrame(rows, columns=["Stap", "Trajecten"])


def province_table(approved: pd.DataFrame, deelnemers: pd.DataFrame) -> pd.DataFrame:
    """Per province: approved trajectories with a giving or a receiving municipality there,
    participating municipalities and what they were paid."""
    rows = []
    for province in sorted(
        set(approved["aanbieder_provincie"].dropna()) | set(approved["ontvanger_provincie"].dropna())
    ):
        giving = approved["aanbieder_provincie"] == province
        receiving = approved["ontvanger_provincie"] == province
        there = deelnemers[deelnemers["provincie"] == province]
        rows.append((province, int(giving.sum()), int(receiving.sum()), int((giving | receiving).sum()),
                     len(there), float(there["betaald"].sum())))  # fmt: skip
    return pd.DataFrame(rows, columns=["Provincie", "Als aanbieder", "Als ontvanger", "Toegekende trajecten",
                                       "Deelnemende gemeenten", "Betaald, netto (EUR)"])  # fmt: skip


def year_table(execution: pd.DataFrame, traj: pd.DataFrame) -> pd.DataFrame:
    """Per year: trajectories applied for and approved (call year) and the budget, commitments
    and net payments (budget year), each stage on its own."""
    money = execution.groupby("Jaar")[["Budget (EUR)", "Vastgelegd (EUR)", "Betaald, netto (EUR)"]].sum()
    calls = traj.groupby("oproep").agg(
        aangevraagd=("traject_id", "size"), toegekend=("status", lambda s: int(s.isin(rules.APPROVED).sum()))
    )
    years = sorted(set(money.index.astype(int)) | set(calls.index.dropna().astype(int)))
    out = pd.DataFrame({"Jaar": years})
    out["Trajecten aangevraagd"] = out["Jaar"].map(calls["aangevraagd"]).fillna(0).astype(int)
    out["Trajecten toegekend"] = out["Jaar"].map(calls["toegekend"]).fillna(0).astype(int)
    for column in money.columns:
        out[column] = out["Jaar"].map(money[column]).fillna(0.0).astype(float)
    return out


def model_table(traj: pd.DataFrame) -> pd.DataFrame:
    """Per model: trajectories applied for, approved, finished."""
    rows = [
        (model, len(part), int(part["status"].isin(rules.APPROVED).sum()),
         int(part["status"].isin(rules.FINISHED).sum()))
        for model, part in traj.groupby("model", sort=True)
    ]  # fmt: skip
    return pd.DataFrame(rows, columns=["Model", "Aangevraagd", "Toegekend", "Afgerond"])


def themes_table(df: pd.DataFrame) -> pd.DataFrame:
    themes = df["thema"].explode().dropna()
    counts = themes.value_counts()
    return pd.DataFrame({"Thema": counts.index.astype(str), "Trajecten": counts.to_numpy().astype(int)})


def trajectory_detail(row: pd.Series) -> list[tuple[str, str]]:
    """One trajectory, both sides and everything the data says about it, as (label, text)."""
    goals = (
        f"{format.number(row['doelen_bereikt'])} van {format.number(row['doelen_gepland'])}"
        if pd.notna(row["doelen_gepland"])
        else "–"
    )
    return [
        ("Status", str(row["status"])),
        ("Model", str(row["model"])),
        ("Oproep", str(row["oproep"])),
        (
            "Aanbiedend bestuur",
            f"{row['aanbieder_naam']} ({row['aanbieder_code']}), {row['aanbieder_provincie']}",
        ),
        (
            "Ontvangend bestuur",
            f"{row['ontvanger_naam']} ({row['ontvanger_code']}), {row['ontvanger_provincie']}",
        ),
        ("Thema's", ", ".join(row["thema"]) if row["thema"] is not None and len(row["thema"]) else "–"),
        ("Aangevraagd", format.day(row["aanvraagdatum"])),
        ("Start", format.day(row["startdatum"])),
        ("Einde", format.day(row["einddatum"])),
        (
            "Inzet",
            f"{format.number(row['fte_inzet'], 2)} VTE gedurende "
            f"{format.count(row['geplande_maanden'], 'maand', 'maanden', 1)}",
        ),
        ("Gepresteerde uren", format.number(row["gepresteerde_uren"])),
        ("Toegekende compensatie", format.eur(row["toegekend_bedrag"])),
        ("Expert voldoet aan de criteria", yes_no(row["expert_criteria_voldaan"])),
        ("Rapport beschikbaar", yes_no(row["rapport_beschikbaar"])),
        ("Doelen bereikt", goals),
        ("Tevredenheid ontvanger (1-5)", format.number(row["tevredenheid_ontvanger"])),
        ("Tevredenheid aanbieder (1-5)", format.number(row["tevredenheid_aanbieder"])),
        ("Aanpak verankerd in het beleid", yes_no(row["verankerd"])),
        ("Opmerking", str(row["opmerking"]) if pd.notna(row["opmerking"]) else "–"),
    ]


VERSION_COLUMNS = [
    "Versie",
    "Gepubliceerd",
    "Actie",
    "Dataset",
    "Bestand",
    "Door",
    "Gelezen",
    "Aanvaard",
    "Geweigerd",
]


def versions_table(status: dict) -> pd.DataFrame:
    """The published versions, newest first: who, when, which file, its counts."""
    rows = [
        {
            "Versie": v["version"],
            "Gepubliceerd": format.local_moment(v["created_at"]),
            "Actie": f"terugzetten naar versie {v['rollback_to']}" if v.get("rollback_to") else "opladen",
            "Dataset": v.get("dataset") or "",
            "Bestand": v.get("file_name") or "",
            "Door": v.get("user") or "",
            "Gelezen": v.get("rows_read"),
            "Aanvaard": v.get("rows_accepted"),
            "Geweigerd": v.get("rows_rejected"),
        }
        for v in reversed(status["versions"])
    ]
    out = pd.DataFrame(rows, columns=VERSION_COLUMNS)
    for col in ("Gelezen", "Aanvaard", "Geweigerd"):
        out[col] = out[col].astype("Int64")
    return out


def issues_table(issues) -> pd.DataFrame:
    """Errors or warnings of an ingest as the report shows them."""
    return pd.DataFrame(
        {
            "Regel": pd.array([i.line for i in issues], dtype="Int64"),
            "Kolom": [i.column or "" for i in issues],
            "Waarde": [i.value if i.value is not None else "" for i in issues],
            "Code": [i.code for i in issues],
            "Uitleg": [i.message for i in issues],
        }
    )


def rejected_table(rows: list[dict]) -> pd.DataFrame:
    """Rejected rows as they were in the file, with what is wrong, for download."""
    if not rows:
        return pd.DataFrame(columns=["Regel", "Fouten"])
    out = pd.DataFrame(rows).rename(
        columns={"_regel": "Regel", "_fouten": "Fouten", "_ruwe_regel": "Regel zoals in het bestand"}
    )
    return out.fillna("")


def dictionary_table(dataset: str) -> pd.DataFrame:
    from pipelines.contract import dictionary_rows

    rows = [r for r in dictionary_rows() if r["dataset"] == dataset]
    out = pd.DataFrame(rows).drop(columns=["dataset"])
    out.columns = [c.capitalize() for c in out.columns]
    return out


def map_table(
    layer: dict, deelnemers: pd.DataFrame, population: dict[str, int]
) -> tuple[pd.DataFrame, list[str]]:
    """One row per municipality of the layer, participating or not, with its role, trajectories
    and funding; per 1.000 inhabitants when the population is known. Also returns the
    participating codes that are not on this layer (a 2025 municipality on the 2019-2024 map)."""
    from dashboard.maps import ROLE_LABELS

    features = pd.DataFrame([f["properties"] for f in layer["features"]])
    part = deelnemers.set_index("nis_code")
    off_map = sorted(set(part.index) - set(features["nis_code"]))
    joined = features.join(
        part[["rol", "trajecten_aanbiedend", "trajecten_ontvangend", "vastgelegd", "betaald"]], on="nis_code"
    )
    out = pd.DataFrame(
        {
            "NIS-code": joined["nis_code"],
            "Gemeente": joined["name_nl"],
            "Provincie": joined["province"],
            "Rol": joined["rol"].fillna("geen").map(ROLE_LABELS),
            "Trajecten als aanbieder": joined["trajecten_aanbiedend"].fillna(0).astype(int),
            "Trajecten als ontvanger": joined["trajecten_ontvangend"].fillna(0).astype(int),
        }
    )
    out["Trajecten"] = out["Trajecten als aanbieder"] + out["Trajecten als ontvanger"]
    out["Vastgelegd (EUR)"] = joined["vastgelegd"].fillna(0).astype(float)
    out["Betaald, netto (EUR)"] = joined["betaald"].fillna(0).astype(float)
    if population:
        out["Inwoners"] = out["NIS-code"].map(population).astype("Int64")
        out["EUR per 1.000 inwoners"] = out["Betaald, netto (EUR)"] / out["Inwoners"].astype(float) * 1000
    return out, off_map


MAP_MONEY = ("Vastgelegd (EUR)", "Betaald, netto (EUR)", "EUR per 1.000 inwoners")


def municipality_facts(row: pd.Series) -> list[tuple[str, str]]:
    facts = [
        ("Gemeente", f"{row['Gemeente']} ({row['NIS-code']})"),
        ("Provincie", str(row["Provincie"])),
        ("Rol", str(row["Rol"])),
        ("Trajecten als aanbieder", format.number(row["Trajecten als aanbieder"])),
        ("Trajecten als ontvanger", format.number(row["Trajecten als ontvanger"])),
        ("Vastgelegd", format.eur(row["Vastgelegd (EUR)"])),
        ("Betaald (netto)", format.eur(row["Betaald, netto (EUR)"])),
    ]
    if "Inwoners" in row.index:
        facts += [
            ("Inwoners (1/1/2020)", format.number(row["Inwoners"])),
            ("Betaald per 1.000 inwoners", format.eur(row["EUR per 1.000 inwoners"])),
        ]
    return facts


def municipality_trajectories(df: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "Traject": df["traject_id"],
            "Rol": df["rol"],
            "Status": df["status"],
            "Aanbiedend": df["aanbieder_naam"],
            "Ontvangend": df["ontvanger_naam"],
            "Start": df["startdatum"],
            "Toegekend (EUR)": df["toegekend_bedrag"].astype(float),
        }
    )
