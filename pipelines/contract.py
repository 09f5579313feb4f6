"""The data contract: the four datasets civil servants upload, declared once.

This declaration drives validation (`staging.py` generates its SQL from it), the CSV
templates, the data dictionary in the app and README, and the tests. Column names are the
contract; headers are matched after normalising case, accents, spaces and punctuation, and
through the documented aliases.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from pipelines.rules import LIFE_CYCLE

# Column types. Each type has one parser (SQL macro in sql/macros.sql) and one error code.
TEXT = "text"  # free text
IDENTIFIER = "identifier"  # short code, no line breaks
INTEGER = "integer"
DECIMAL = "decimal"  # a number with optional decimals (double)
MONEY = "money"  # EUR, at most two decimals (DECIMAL(18,2))
DATE = "date"
BOOLEAN = "boolean"  # ja/nee
ENUM = "enum"  # one of `allowed`
TEXT_LIST = "text_list"  # several values separated by |
MUNICIPALITY = "municipality"  # NIS code or name of a Flemish municipality
BENEFICIARY = "beneficiary"  # a municipality or one of the known organisations (VVSG)
URL = "url"  # http(s) link

TYPES = (TEXT, IDENTIFIER, INTEGER, DECIMAL, MONEY, DATE, BOOLEAN, ENUM, TEXT_LIST, MUNICIPALITY)
TYPES += (BENEFICIARY, URL)

# Dutch type names for the data dictionary and templates.
TYPE_LABELS_NL = {
    TEXT: "tekst",
    IDENTIFIER: "code (tekst)",
    INTEGER: "geheel getal",
    DECIMAL: "getal (decimale komma)",
    MONEY: "bedrag in euro (decimale komma, max. 2 decimalen)",
    DATE: "datum (dd/mm/jjjj)",
    BOOLEAN: "ja/nee",
    ENUM: "keuzelijst",
    TEXT_LIST: "lijst, gescheiden door |",
    MUNICIPALITY: "gemeente (NIS-code of naam)",
    BENEFICIARY: "VVSG of gemeente (NIS-code of naam)",
    URL: "link (https://...)",
}

# What the project derives from a municipality column (from its resolution in the municipality
# reference) and publishes next to it as `<column>_<field>`: the NIS code at the row's date, the
# 2025 code, the Dutch name, and for a beneficiary whether it is a municipality or an
# organisation. Exports carry these columns; a re-uploaded export has them derived again and
# compared (staging.py), never read as data.
MUNICIPALITY_DERIVED = ("nis", "nis_2025", "naam")
BENEFICIARY_DERIVED = (*MUNICIPALITY_DERIVED, "type")
DERIVED_LABELS_NL = {
    "nis": "NIS-code op de datum van de rij",
    "nis_2025": "NIS-code na de fusies van 1 januari 2025",
    "naam": "officiële naam",
    "type": "gemeente of organisatie",
}

# Organisations that can receive money besides municipalities: canonical name -> name variants.
ORGANISATIONS = {"VVSG": ("vvsg", "vvsg vzw", "vereniging van vlaamse steden en gemeenten")}

FLOWS = ("coordinatie_vvsg", "compensatie_aanbieder", "overige")
FLOW_ALIASES = {
    "coordinatie vvsg": "coordinatie_vvsg",
    "coordinatie": "coordinatie_vvsg",
    "vvsg": "coordinatie_vvsg",
    "compensatie": "compensatie_aanbieder",
    "compensatie aanbieder": "compensatie_aanbieder",
    "compensatie aanbiedend bestuur": "compensatie_aanbieder",
    "overig": "overige",
    "andere": "overige",
}
FLOW_LABELS_NL = {
    "coordinatie_vvsg": "Coördinatie VVSG",
    "compensatie_aanbieder": "Compensatie aanbiedend bestuur",
    "overige": "Overige",
}


def normalize_key(text: str) -> str:
    """Case-, accent- and punctuation-insensitive form used to match headers and values."""
    text = unicodedata.normalize("NFKD", text.replace("\ufeff", ""))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return re.sub(r"[^a-z0-9]+", "_", text).strip("_")


def normalize_value(text: str) -> str:
    """Like normalize_key but with spaces: how enum values are matched ('In uitvoering')."""
    return normalize_key(text).replace("_", " ")


@dataclass(frozen=True)
class Column:
    """One column of a dataset."""

    name: str
    type: str
    description: str  # Dutch, for the data dictionary and the templates
    required: bool = False
    allowed: tuple[str, ...] = ()  # canonical values (ENUM)
    value_aliases: dict[str, str] = field(default_factory=dict)  # variant -> canonical (ENUM)
    aliases: tuple[str, ...] = ()  # other header names accepted for this column
    min: float | None = None
    max: float | None = None
    max_length: int | None = None
    example: str = ""  # as written in a Belgian Excel CSV

    def __post_init__(self) -> None:
        if self.type not in TYPES:
            raise ValueError(f"unknown type {self.type!r} for column {self.name}")
        if self.type == ENUM and not self.allowed:
            raise ValueError(f"enum column {self.name} declares no allowed values")

    @property
    def header_keys(self) -> tuple[str, ...]:
        """Normalised header names that map to this column."""
        return tuple(dict.fromkeys(normalize_key(n) for n in (self.name, *self.aliases)))

    @property
    def value_map(self) -> dict[str, str]:
        """Normalised value -> canonical value, for ENUM columns."""
        mapping = {normalize_value(v): v for v in self.allowed}
        mapping.update({normalize_value(k): v for k, v in self.value_aliases.items()})
        return mapping

    @property
    def is_municipality(self) -> bool:
        return self.type in (MUNICIPALITY, BENEFICIARY)

    @property
    def derived(self) -> tuple[tuple[str, str], ...]:
        """(published column, field of the resolution) of what the project derives from this
        column: `aanbiedend_bestuur_nis` from `aanbiedend_bestuur`, and so on."""
        fields = BENEFICIARY_DERIVED if self.type == BENEFICIARY else MUNICIPALITY_DERIVED
        return tuple((f"{self.name}_{f}", f) for f in fields) if self.is_municipality else ()

    @property
    def type_label(self) -> str:
        return TYPE_LABELS_NL[self.type]

    @property
    def limit_label(self) -> str:
        """The allowed values or range in Dutch, for the data dictionary."""
        if self.allowed:
            return " | ".join(self.allowed)
        if self.min is not None and self.max is not None:
            return f"{_nl_number(self.min)} tot en met {_nl_number(self.max)}"
        if self.min is not None:
            return f"minstens {_nl_number(self.min)}"
        if self.max is not None:
            return f"hoogstens {_nl_number(self.max)}"
        if self.max_length:
            return f"max. {self.max_length} tekens"
        return ""


@dataclass(frozen=True)
class RowCheck:
    """A rule across columns. `sql` must hold whenever all `columns` have a value.

    `sql` is a DuckDB expression over the typed columns of the staged row (the municipality
    columns are available as `<column>_nis`). It is contract code, never user input.
    """

    code: str
    columns: tuple[str, ...]
    sql: str
    message: str  # Dutch: what is wrong and how to fix it
    severity: str = "error"  # 'error' rejects the row; 'warning' accepts it with a note


@dataclass(frozen=True)
class TotalCheck:
    """A rule over a row and the total of its group. `total_sql` is an aggregate over the
    accepted rows of the file and, on append, the published rows whose `group` column equals
    the row's; `sql` must hold for every row with a `group` value, over the row's typed columns
    and `total`. Contract code, never user input."""

    code: str
    columns: tuple[str, ...]  # what the row is checked on (shown with the issue); `group` among them
    group: str
    total_sql: str
    sql: str
    message: str
    severity: str = "warning"


# Implausible but possible: accepted with a warning on their line. The thresholds, declared once.
FUTURE_BOOKING_YEARS = 1  # a booking dated more than this many years after the day of the upload


@dataclass(frozen=True)
class Dataset:
    """One dataset of the contract."""

    name: str
    title: str
    description: str
    columns: tuple[Column, ...]
    key: tuple[str, ...]  # unique key; municipality columns compare on their NIS code
    checks: tuple[RowCheck, ...] = ()
    totals: tuple[TotalCheck, ...] = ()
    # SQL expression (over typed columns) giving the date on which municipality names in a
    # row are resolved: the name 'Hasselt' means 71022 before 2025 and 71072 from 2025.
    reference_date_sql: str = "NULL"
    example_rows: tuple[dict[str, str], ...] = ()
    row_noun: tuple[str, str] = ("rij", "rijen")  # what one row is, singular and plural (Dutch)

    def column(self, name: str) -> Column:
        for col in self.columns:
            if col.name == name:
                return col
        raise KeyError(name)

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)

    @property
    def required_columns(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns if c.required)

    @property
    def derived_columns(self) -> dict[str, tuple[str, str]]:
        """Derived column -> (the column it is derived from, field of its resolution)."""
        return {name: (col.name, f) for col in self.columns for name, f in col.derived}

    def header_lookup(self) -> dict[str, str]:
        """Normalised header -> contract column name."""
        lookup: dict[str, str] = {}
        for col in self.columns:
            for key in col.header_keys:
                lookup.setdefault(key, col.name)
        return lookup


def _nl_number(value: float) -> str:
    if float(value).is_integer():
        return f"{int(value):,}".replace(",", ".")
    return f"{value:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")


_YES_NO = dict(allowed=("ja", "nee"))

TRAJECTEN = Dataset(
    name="trajecten",
    title="Uitwisselingstrajecten",
    row_noun=("traject", "trajecten"),
    description=(
        "Eén rij per uitwisselingstraject: welk bestuur een expert ter beschikking stelt "
        "(aanbiedend) aan welk bestuur (ontvangend), wanneer, met welke inzet en met welk "
        "resultaat."
    ),
    key=("traject_id",),
    reference_date_sql="coalesce(startdatum, aanvraagdatum, make_date(CAST(oproep AS BIGINT), 1, 1))",
    columns=(
        Column(
            "traject_id",
            IDENTIFIER,
            "Unieke code van het traject, zoals gebruikt in de subsidiedossiers.",
            required=True,
            aliases=("id", "traject", "trajectnummer", "trajectcode", "dossiernummer"),
            max_length=64,
            example="UT-2022-001",
        ),
        Column(
            "oproep",
            INTEGER,
            "Jaar van de projectoproep waarin het traject werd aangevraagd.",
            required=True,
            aliases=("oproepjaar", "jaar oproep", "projectoproep"),
            min=2020,
            max=2035,
            example="2022",
        ),
        Column(
            "model",
            ENUM,
            "Mentoring: de expert van het aanbiedend bestuur werkt bij het ontvangend "
            "bestuur. Stage: een medewerker van het ontvangend bestuur loopt stage bij het "
            "aanbiedend bestuur. Beide: een combinatie.",
            required=True,
            allowed=("mentoring", "stage", "beide"),
            value_aliases={"mentor": "mentoring", "mentorschap": "mentoring", "combinatie": "beide"},
            aliases=("type", "vorm", "uitwisselingsmodel"),
            example="mentoring",
        ),
        Column(
            "aanbiedend_bestuur",
            MUNICIPALITY,
            "Gemeente die de expert ter beschikking stelt (NIS-code of naam).",
            required=True,
            aliases=("aanbieder", "aanbiedende gemeente", "gevend bestuur", "aanbiedend"),
            example="Mechelen",
        ),
        Column(
            "ontvangend_bestuur",
            MUNICIPALITY,
            "Gemeente die de expert ontvangt (NIS-code of naam).",
            required=True,
            aliases=("ontvanger", "ontvangende gemeente", "ontvangend"),
            example="Leuven",
        ),
        Column(
            "thema",
            TEXT_LIST,
            "Een of meer thema's van het traject; meerdere thema's scheiden met |, "
            "bv. schuldhulpverlening|participatie.",
            aliases=("themas", "thema s", "onderwerp"),
            max_length=500,
            example="organisatieontwikkeling sociale dienst",
        ),
        Column(
            "status",
            ENUM,
            "Stand van het traject.",
            required=True,
            allowed=LIFE_CYCLE,
            value_aliases={
                "aanvraag": "aangevraagd",
                "ingediend": "aangevraagd",
                "goedgekeurd en niet gestart": "goedgekeurd",
                "lopende": "lopend",
                "in uitvoering": "lopend",
                "gestart": "lopend",
                "beeindigd": "afgerond",
                "voltooid": "afgerond",
                "afgesloten": "afgerond",
                "stopgezet voortijdig": "stopgezet",
                "geannuleerd": "stopgezet",
                "geweigerd": "afgewezen",
            },
            aliases=("stand", "toestand"),
            example="afgerond",
        ),
        Column(
            "aanvraagdatum",
            DATE,
            "Datum waarop het traject werd aangevraagd.",
            aliases=("datum aanvraag", "aangevraagd op"),
            example="15/03/2022",
        ),
        Column(
            "startdatum",
            DATE,
            "Eerste dag van het traject.",
            aliases=("start", "begindatum", "begin", "van"),
            example="01/06/2022",
        ),
        Column(
            "einddatum",
            DATE,
            "Laatste dag van het traject (leeg zolang het loopt).",
            aliases=("einde", "eind", "tot"),
            example="30/09/2022",
        ),
        Column(
            "fte_inzet",
            DECIMAL,
            "Inzet van de expert in voltijdse equivalenten, tussen 0 en 1 (0,5 = halftijds).",
            aliases=("fte", "vte", "vte inzet", "inzet"),
            min=0,
            max=1,
            example="0,5",
        ),
        Column(
            "geplande_maanden",
            DECIMAL,
            "Geplande duur van de inzet in maanden.",
            aliases=("maanden", "duur maanden", "geplande duur"),
            min=0,
            max=48,
            example="4",
        ),
        Column(
            "gepresteerde_uren",
            DECIMAL,
            "Aantal uren dat de expert effectief presteerde.",
            aliases=("uren", "gepresteerde uren", "aantal uren"),
            min=0,
            max=10000,
            example="260,5",
        ),
        Column(
            "toegekend_bedrag",
            MONEY,
            "Compensatie toegekend aan het aanbiedend bestuur, in euro (50 % van de "
            "brutoloonkost pro rata, plafond 50.000 euro per project).",
            aliases=("bedrag", "toegekend", "compensatie", "subsidie"),
            min=0,
            max=1_000_000,
            example="18.750,00",
        ),
        Column(
            "expert_criteria_voldaan",
            BOOLEAN,
            "Voldoet de expert aan de criteria van de oproep (ja/nee)?",
            aliases=("criteria voldaan", "expert criteria", "criteria"),
            example="ja",
            **_YES_NO,
        ),
        Column(
            "rapport_beschikbaar",
            BOOLEAN,
            "Is er een eindrapport van het traject (ja/nee)?",
            aliases=("rapport", "eindrapport"),
            example="ja",
            **_YES_NO,
        ),
        Column(
            "rapport_link",
            URL,
            "Link naar het rapport (https://...).",
            aliases=("link rapport", "rapport url", "url"),
            max_length=2000,
            example="https://www.vvsg.be/de-wisselaar/rapport-ut-2022-001",
        ),
        Column(
            "doelen_gepland",
            INTEGER,
            "Aantal doelen dat bij de start werd afgesproken.",
            aliases=("geplande doelen", "doelen"),
            min=0,
            max=100,
            example="4",
        ),
        Column(
            "doelen_bereikt",
            INTEGER,
            "Aantal afgesproken doelen dat bereikt werd.",
            aliases=("bereikte doelen",),
            min=0,
            max=100,
            example="3",
        ),
        Column(
            "tevredenheid_ontvanger",
            INTEGER,
            "Tevredenheid van het ontvangend bestuur, van 1 (zeer ontevreden) tot 5 (zeer tevreden).",
            aliases=("tevredenheid ontvangend bestuur",),
            min=1,
            max=5,
            example="4",
        ),
        Column(
            "tevredenheid_aanbieder",
            INTEGER,
            "Tevredenheid van het aanbiedend bestuur, van 1 (zeer ontevreden) tot 5 (zeer tevreden).",
            aliases=("tevredenheid aanbiedend bestuur",),
            min=1,
            max=5,
            example="5",
        ),
        Column(
            "verankerd",
            BOOLEAN,
            "Is de aanpak verankerd in het beleid van het ontvangend bestuur (ja/nee)?",
            aliases=("verankering", "aanpak verankerd"),
            example="ja",
            **_YES_NO,
        ),
        Column(
            "opmerking",
            TEXT,
            "Vrije toelichting. Geen persoonsnamen invullen.",
            aliases=("opmerkingen", "toelichting", "commentaar"),
            max_length=4000,
            example="Onthaal van het Sociaal Huis herwerkt.",
        ),
    ),
    checks=(
        RowCheck(
            "DATE_ORDER",
            ("startdatum", "einddatum"),
            "einddatum >= startdatum",
            "De einddatum ligt vóór de startdatum. Controleer beide datums (dd/mm/jjjj).",
        ),
        RowCheck(
            "DATE_ORDER",
            ("aanvraagdatum", "startdatum"),
            "startdatum >= aanvraagdatum",
            "De startdatum ligt vóór de aanvraagdatum. Controleer beide datums (dd/mm/jjjj).",
        ),
        RowCheck(
            "GOALS_EXCEED_PLANNED",
            ("doelen_gepland", "doelen_bereikt"),
            "doelen_bereikt <= doelen_gepland",
            "Er zijn meer doelen bereikt dan gepland. Vul bij doelen_gepland het aantal "
            "afgesproken doelen in, en bij doelen_bereikt hoeveel daarvan bereikt zijn.",
        ),
        RowCheck(
            "SAME_MUNICIPALITY",
            ("aanbiedend_bestuur", "ontvangend_bestuur"),
            "aanbiedend_bestuur_nis <> ontvangend_bestuur_nis",
            "Aanbiedend en ontvangend bestuur zijn dezelfde gemeente. Een traject loopt "
            "altijd tussen twee verschillende besturen.",
        ),
        RowCheck(
            "ABOVE_CEILING",
            ("toegekend_bedrag",),
            "toegekend_bedrag <= 50000",
            "Het toegekende bedrag ligt boven het plafond van 50.000 euro per project. "
            "De rij is aanvaard, maar controleer het bedrag.",
            severity="warning",
        ),
        RowCheck(
            "END_DATE_MISSING",
            ("status",),
            "NOT (status = 'afgerond' AND einddatum IS NULL)",
            "Het traject is afgerond maar heeft geen einddatum. De rij is aanvaard; vul de einddatum aan.",
            severity="warning",
        ),
    ),
    example_rows=(
        {
            "traject_id": "UT-2022-001",
            "oproep": "2022",
            "model": "mentoring",
            "aanbiedend_bestuur": "Mechelen",
            "ontvangend_bestuur": "Leuven",
            "thema": "organisatieontwikkeling sociale dienst",
            "status": "afgerond",
            "aanvraagdatum": "15/03/2022",
            "startdatum": "01/06/2022",
            "einddatum": "30/09/2022",
            "fte_inzet": "0,5",
            "geplande_maanden": "4",
            "gepresteerde_uren": "260,5",
            "toegekend_bedrag": "18.750,00",
            "expert_criteria_voldaan": "ja",
            "rapport_beschikbaar": "ja",
            "rapport_link": "https://www.vvsg.be/de-wisselaar/rapport-ut-2022-001",
            "doelen_gepland": "4",
            "doelen_bereikt": "3",
            "tevredenheid_ontvanger": "4",
            "tevredenheid_aanbieder": "5",
            "verankerd": "ja",
            "opmerking": "Onthaal van het Sociaal Huis herwerkt.",
        },
        {
            "traject_id": "UT-2023-004",
            "oproep": "2023",
            "model": "stage",
            "aanbiedend_bestuur": "44021",
            "ontvangend_bestuur": "St.-Niklaas",
            "thema": "schuldhulpverlening|participatie",
            "status": "lopend",
            "aanvraagdatum": "10/02/2023",
            "startdatum": "01/04/2023",
            "einddatum": "",
            "fte_inzet": "0,4",
            "geplande_maanden": "6",
            "gepresteerde_uren": "120",
            "toegekend_bedrag": "12.000,00",
            "expert_criteria_voldaan": "ja",
            "rapport_beschikbaar": "nee",
            "rapport_link": "",
            "doelen_gepland": "3",
            "doelen_bereikt": "",
            "tevredenheid_ontvanger": "",
            "tevredenheid_aanbieder": "",
            "verankerd": "",
            "opmerking": "",
        },
    ),
)

UITGAVEN = Dataset(
    name="uitgaven",
    title="Uitgaven (boekingen)",
    row_noun=("boeking", "boekingen"),
    description=(
        "Eén rij per boeking: vastleggingen, vereffeningen (betalingen) en terugvorderingen, "
        "per geldstroom. Een terugvordering is een negatief bedrag."
    ),
    key=("boeking_id",),
    reference_date_sql="coalesce(boekingsdatum, make_date(CAST(begrotingsjaar AS BIGINT), 1, 1))",
    columns=(
        Column(
            "boeking_id",
            IDENTIFIER,
            "Unieke code van de boeking in de boekhouding.",
            required=True,
            aliases=("id", "boeking", "boekingsnummer", "documentnummer"),
            max_length=64,
            example="VL-2022-0001",
        ),
        Column(
            "boekingsdatum",
            DATE,
            "Datum van de boeking.",
            required=True,
            aliases=("datum", "boekdatum"),
            example="14/07/2022",
        ),
        Column(
            "begrotingsjaar",
            INTEGER,
            "Begrotingsjaar waarop de boeking wordt aangerekend.",
            required=True,
            aliases=("jaar", "budgetjaar"),
            min=2019,
            max=2035,
            example="2022",
        ),
        Column(
            "fase",
            ENUM,
            "Stadium van de uitgave: vastlegging (juridisch gereserveerd), vereffening "
            "(uitbetaald) of terugvordering (teruggevorderd, negatief bedrag).",
            required=True,
            allowed=("vastlegging", "vereffening", "terugvordering"),
            value_aliases={
                "vastleggingen": "vastlegging",
                "engagement": "vastlegging",
                "vereffeningen": "vereffening",
                "betaling": "vereffening",
                "uitbetaling": "vereffening",
                "terugvorderingen": "terugvordering",
                "recuperatie": "terugvordering",
            },
            aliases=("stadium", "soort"),
            example="vereffening",
        ),
        Column(
            "stroom",
            ENUM,
            "Geldstroom: coordinatie_vvsg (subsidie aan VVSG voor matching en begeleiding), "
            "compensatie_aanbieder (vergoeding aan het aanbiedend bestuur) of overige.",
            required=True,
            allowed=FLOWS,
            value_aliases=FLOW_ALIASES,
            aliases=("geldstroom", "flow"),
            example="compensatie_aanbieder",
        ),
        Column(
            "begunstigde",
            BENEFICIARY,
            "Wie het geld ontvangt: VVSG of een gemeente (NIS-code of naam).",
            required=True,
            aliases=("ontvanger", "begunstigd bestuur", "leverancier"),
            max_length=200,
            example="Mechelen",
        ),
        Column(
            "traject_id",
            IDENTIFIER,
            "Code van het traject waarop de boeking slaat (leeg voor de coördinatiesubsidie).",
            aliases=("traject", "trajectnummer"),
            max_length=64,
            example="UT-2022-001",
        ),
        Column(
            "bedrag",
            MONEY,
            "Bedrag in euro; negatief voor een terugvordering of correctie.",
            required=True,
            aliases=("bedrag eur", "bedrag euro", "bedrag in euro", "euro", "eur"),
            min=-10_000_000,
            max=10_000_000,
            example="9.375,00",
        ),
        Column(
            "begrotingsartikel",
            IDENTIFIER,
            "Begrotingsartikel waarop de boeking is aangerekend.",
            aliases=("artikel", "begrotingsartikel code"),
            max_length=64,
            example="SH0-1SHC2ZZ-WT",
        ),
        Column(
            "omschrijving",
            TEXT,
            "Omschrijving van de boeking.",
            aliases=("beschrijving", "toelichting", "opmerking"),
            max_length=1000,
            example="Compensatie traject UT-2022-001, eerste schijf",
        ),
    ),
    checks=(
        RowCheck(
            "RECOVERY_NOT_NEGATIVE",
            ("fase", "bedrag"),
            "NOT (fase = 'terugvordering' AND bedrag > 0)",
            "Een terugvordering is een negatief bedrag. Schrijf het bedrag met een minteken, bv. -7.000,25.",
        ),
        RowCheck(
            "COMMITMENT_NEGATIVE",
            ("fase", "bedrag"),
            "NOT (fase = 'vastlegging' AND bedrag < 0)",
            "Een vastlegging met een negatief bedrag is ongebruikelijk: een vastlegging reserveert "
            "geld. De rij is aanvaard; controleer fase en bedrag (geld dat terugkomt is een "
            "terugvordering).",
            severity="warning",
        ),
        RowCheck(
            "RECOVERY_ZERO",
            ("fase", "bedrag"),
            "NOT (fase = 'terugvordering' AND bedrag = 0)",
            "Een terugvordering van 0 euro vordert niets terug. De rij is aanvaard; vul het "
            "teruggevorderde bedrag in (negatief) of laat de rij weg.",
            severity="warning",
        ),
        RowCheck(
            "BOOKING_IN_FUTURE",
            ("boekingsdatum",),
            f"boekingsdatum <= current_date + INTERVAL {FUTURE_BOOKING_YEARS} YEAR",
            f"De boekingsdatum ligt meer dan {FUTURE_BOOKING_YEARS} jaar na vandaag. De rij is "
            "aanvaard; controleer de datum (dag eerst: dd/mm/jjjj).",
            severity="warning",
        ),
        RowCheck(
            "BOOKING_YEAR_FAR",
            ("boekingsdatum", "begrotingsjaar"),
            "abs(year(boekingsdatum) - begrotingsjaar) <= 4",
            "De boekingsdatum ligt meer dan vier jaar van het begrotingsjaar. De rij is "
            "aanvaard; controleer datum en begrotingsjaar.",
            severity="warning",
        ),
    ),
    totals=(
        TotalCheck(
            "PAYMENT_ABOVE_COMMITMENTS",
            ("fase", "bedrag", "traject_id"),
            "traject_id",
            "coalesce(sum(bedrag) FILTER (WHERE fase = 'vastlegging'), 0)",
            "NOT (fase = 'vereffening' AND bedrag > total)",
            "Deze vereffening is groter dan alle vastleggingen van haar traject samen (in dit "
            "bestand en, bij toevoegen, de gepubliceerde gegevens). De rij is aanvaard; controleer "
            "bedrag en traject_id, of laad de vastlegging op.",
        ),
    ),
    example_rows=(
        {
            "boeking_id": "VL-2021-0001",
            "boekingsdatum": "20/09/2021",
            "begrotingsjaar": "2021",
            "fase": "vastlegging",
            "stroom": "coordinatie_vvsg",
            "begunstigde": "VVSG",
            "traject_id": "",
            "bedrag": "182.044,00",
            "begrotingsartikel": "SH0-1SHC2ZZ-WT",
            "omschrijving": "Subsidie VVSG matching en begeleiding 2021-2024",
        },
        {
            "boeking_id": "VE-2022-0102",
            "boekingsdatum": "14/07/2022",
            "begrotingsjaar": "2022",
            "fase": "vereffening",
            "stroom": "compensatie_aanbieder",
            "begunstigde": "Mechelen",
            "traject_id": "UT-2022-001",
            "bedrag": "9.375,00",
            "begrotingsartikel": "SH0-1SHC2ZZ-WT",
            "omschrijving": "Compensatie traject UT-2022-001, eerste schijf",
        },
        {
            "boeking_id": "TV-2023-0007",
            "boekingsdatum": "03/02/2023",
            "begrotingsjaar": "2023",
            "fase": "terugvordering",
            "stroom": "compensatie_aanbieder",
            "begunstigde": "Sint-Niklaas",
            "traject_id": "UT-2022-005",
            "bedrag": "-1.250,00",
            "begrotingsartikel": "SH0-1SHC2ZZ-WT",
            "omschrijving": "Terugvordering niet-gepresteerde uren",
        },
        {  # the commitment the example payment (VE-2022-0102) pays from
            "boeking_id": "VL-2022-0101",
            "boekingsdatum": "02/05/2022",
            "begrotingsjaar": "2022",
            "fase": "vastlegging",
            "stroom": "compensatie_aanbieder",
            "begunstigde": "Mechelen",
            "traject_id": "UT-2022-001",
            "bedrag": "18.750,00",
            "begrotingsartikel": "SH0-1SHC2ZZ-WT",
            "omschrijving": "Compensatie traject UT-2022-001, vastlegging",
        },
    ),
)

BUDGET = Dataset(
    name="budget",
    title="Budget (kredieten)",
    row_noun=("krediet", "kredieten"),
    description=(
        "De beschikbare kredieten per begrotingsjaar en geldstroom: wat gepland is, los van "
        "wat werd vastgelegd of betaald."
    ),
    key=("begrotingsjaar", "stroom"),
    columns=(
        Column(
            "begrotingsjaar",
            INTEGER,
            "Begrotingsjaar van het krediet.",
            required=True,
            aliases=("jaar", "budgetjaar"),
            min=2019,
            max=2035,
            example="2022",
        ),
        Column(
            "stroom",
            ENUM,
            "Geldstroom waarvoor het krediet bestemd is.",
            required=True,
            allowed=FLOWS,
            value_aliases=FLOW_ALIASES,
            aliases=("geldstroom", "flow"),
            example="compensatie_aanbieder",
        ),
        Column(
            "bedrag",
            MONEY,
            "Beschikbaar krediet in euro.",
            required=True,
            aliases=("krediet", "budget", "bedrag eur", "bedrag in euro"),
            min=0,
            max=100_000_000,
            example="250.000,00",
        ),
        Column(
            "bron",
            TEXT,
            "Waar het bedrag vandaan komt (begroting, besluit, oproep).",
            aliases=("bronvermelding",),
            max_length=500,
            example="Projectoproep 2022",
        ),
        Column(
            "toelichting",
            TEXT,
            "Uitleg bij het krediet, bv. de reden van over- of onderbenutting.",
            aliases=("opmerking", "uitleg", "verklaring"),
            max_length=2000,
            example="Vijf experten halftijds gedurende vier maanden.",
        ),
    ),
    example_rows=(
        {
            "begrotingsjaar": "2021",
            "stroom": "coordinatie_vvsg",
            "bedrag": "182.044,00",
            "bron": "Subsidiebesluit VVSG 2021",
            "toelichting": "Matching en begeleiding voor de hele projectduur 2021-2024.",
        },
        {
            "begrotingsjaar": "2022",
            "stroom": "compensatie_aanbieder",
            "bedrag": "250.000,00",
            "bron": "Projectoproep 2022",
            "toelichting": "Vijf experten halftijds gedurende vier maanden.",
        },
    ),
)

INDICATOREN = Dataset(
    name="indicatoren",
    title="Indicatoren per gemeente",
    row_noun=("indicatorwaarde", "indicatorwaarden"),
    description=(
        "Context- en resultaatindicatoren per gemeente en jaar, bv. het aandeel geboorten in "
        "kansarme gezinnen of het aantal leefloners per 1.000 inwoners."
    ),
    key=("gemeente", "jaar", "indicator"),
    reference_date_sql="make_date(CAST(jaar AS BIGINT), 1, 1)",
    columns=(
        Column(
            "gemeente",
            MUNICIPALITY,
            "Gemeente (NIS-code of naam), in de indeling die gold in dat jaar.",
            required=True,
            aliases=("nis", "nis code", "niscode", "refnis", "gemeentenaam", "bestuur"),
            example="12025",
        ),
        Column(
            "jaar",
            INTEGER,
            "Jaar waarop de waarde slaat.",
            required=True,
            aliases=("referentiejaar", "periode"),
            min=2000,
            max=2035,
            example="2022",
        ),
        Column(
            "indicator",
            IDENTIFIER,
            "Naam of code van de indicator.",
            required=True,
            aliases=("indicatornaam", "kenmerk"),
            max_length=200,
            example="leefloners_per_1000",
        ),
        Column(
            "waarde",
            DECIMAL,
            "Waarde van de indicator (decimale komma).",
            required=True,
            aliases=("value", "getal"),
            min=-1_000_000_000,
            max=1_000_000_000,
            example="7,4",
        ),
        Column(
            "eenheid",
            TEXT,
            "Eenheid van de waarde, bv. %, per 1.000 inwoners, aantal.",
            aliases=("unit",),
            max_length=100,
            example="per 1.000 inwoners",
        ),
        Column(
            "bron",
            TEXT,
            "Bron van de waarde.",
            aliases=("bronvermelding",),
            max_length=500,
            example="Gemeente- en Stadsmonitor",
        ),
        # Optional additions to contract v1 (files without them stay valid): with them, a rate
        # of merged municipalities is recomputed exactly instead of weighted by population.
        Column(
            "teller",
            DECIMAL,
            "Voor een verhouding (%, per 1.000 inwoners): de teller, bv. het aantal leefloners. "
            "Optioneel; samen met de noemer laat hij toe de waarde van samengevoegde gemeenten "
            "exact te herberekenen.",
            aliases=("numerator",),
            min=0,
            max=1_000_000_000,
            example="1.043",
        ),
        Column(
            "noemer",
            DECIMAL,
            "Voor een verhouding: de noemer, bv. het aantal inwoners. Optioneel, samen met de teller.",
            aliases=("denominator",),
            min=0,
            max=1_000_000_000,
            example="140.951",
        ),
    ),
    checks=(
        RowCheck(
            "ZERO_DENOMINATOR",
            ("noemer",),
            "noemer > 0",
            "De noemer is 0: een verhouding kan niet door 0 delen. Vul het juiste aantal in "
            "(bv. het aantal inwoners) of laat teller en noemer leeg.",
        ),
    ),
    example_rows=(
        {
            "gemeente": "12025",
            "jaar": "2022",
            "indicator": "leefloners_per_1000",
            "waarde": "7,4",
            "eenheid": "per 1.000 inwoners",
            "bron": "POD Maatschappelijke Integratie",
            "teller": "1.043",
            "noemer": "140.951",
        },
        {
            "gemeente": "Leuven",
            "jaar": "2022",
            "indicator": "geboorten_kansarme_gezinnen_pct",
            "waarde": "11,2",
            "eenheid": "%",
            "bron": "Kind en Gezin",
        },
    ),
)

DATASETS: dict[str, Dataset] = {d.name: d for d in (TRAJECTEN, UITGAVEN, BUDGET, INDICATOREN)}


def get_dataset(name: str) -> Dataset:
    """The dataset with this name; KeyError with the valid names otherwise."""
    try:
        return DATASETS[name]
    except KeyError:
        raise KeyError(f"onbekende dataset {name!r}; kies uit {', '.join(DATASETS)}") from None


def dictionary_rows() -> list[dict[str, str]]:
    """The data dictionary: one row per column of every dataset, in Dutch."""
    rows = []
    for ds in DATASETS.values():
        for col in ds.columns:
            rows.append(
                {
                    "dataset": ds.name,
                    "kolom": col.name,
                    "type": col.type_label,
                    "verplicht": "ja" if col.required else "nee",
                    "sleutel": "ja" if col.name in ds.key else "nee",
                    "toegelaten waarden": col.limit_label,
                    "andere kolomnamen": ", ".join(col.aliases),
                    "voorbeeld": col.example,
                    "omschrijving": col.description,
                }
            )
    return rows
