"""From a written parliamentary question to the answer blocks that answer it.

`parse(text)` reads a written question as the Flemish Parliament publishes it (SCHRIFTELIJKE
VRAAG nr. N / van ASKER / datum: ... / aan MINISTER / title / sub-questions; an answer pasted
with it is ignored) into its header and its numbered sub-questions, keeping their own numbers,
and matches each sub-question to answer blocks and the selection it names, or marks it as one
that the data cannot answer, with the reason. Rules over Dutch wording: no model, no network,
nothing downloaded. How it decides:

1. Sentences. A sub-question is split into sentences, and a sentence where a second question is
   joined to it (", en hoe wil de minister ...") into two. Only questions (ending in "?") and
   requests ("Graag een overzicht ...", "Gelieve ...") count; a statement that sets the scene
   counts only when the questions themselves name nothing ("In 2023 startten twaalf trajecten.
   Hoeveel daarvan ...?"); the source such a statement cites ("Volgens de VVSG startten ...") is
   no opinion of the question that follows.
2. Words. Each word is lower-cased, stripped of accents, split after a known head word when it
   is a compound ("armoedebestrijdingsexpert" -> "armoedebestrijdings expert"), stemmed with the
   classic Snowball Dutch stemmer ("dutch_porter": the newer "dutch" strips a leading ge-, so
   that "gemeenten" becomes "meen") and mapped to one concept per set of synonyms (expert,
   experte, ervaringsdeskundige, specialist; traject, uitwisselingstraject, project; middelen, kredieten,
   budget; onderbenutting, overbenutting, onderbesteding, onbenut; thema's, beleidsdomeinen;
   criteria, voorwaarden, eisen, vereist, kwalificaties, profiel, competenties, werkervaring,
   diploma, anciënniteit; a compound such as "toelatingsvoorwaarden" splits before its head).
   A few words are read as others first (WORD_FORMS: a gastgemeente is an ontvangende gemeente,
   waardering is tevredenheid, a doorlichting an evaluatie, uitbetalingen are betalingen, a
   gevende gemeente (the gever) is an aanbiedende, a dossier is an aanvraag, a
   koppel (or duo, tandem) of a giving and a receiving municipality is a traject, and
   "overwegend" is "mostly", not a form of "overwegen"). Cues are written below as plain Dutch
   and go through the same steps, so a cue and the text always meet in the same form.
3. What the data cannot answer. A wrong figure in a parliamentary answer is far worse than a block
   left for the staffer to pick, so a sentence is left open, whatever else it names, on any signal
   of something the data do not record: the Vlaams Subsidieregister (or double subsidies),
   contacts (in any verb and with any organisation or body: "al met het Netwerk tegen Armoede
   besproken", "voorgelegd aan", "toegelicht aan", "samengezeten met", "sprak met"; not what a
   candidate must "voorleggen", a requirement), intentions, plans or a change of policy
   ("verhogen", "versoepelen"), the minister's
   appreciation ("Welke waardering heeft de minister ...?"), the future (also "zodra ...
   beschikbaar", "na afloop van het actieplan" unless asked in the simple past: "Werd de maatregel
   na afloop ... doorgelicht?" is a fact; a plan still to come, "in het nieuwe armoedeplan"), a
   hypothesis ("zou", "kunnen ... nog"; not the conditional of a clause that describes a plan, "de
   planning van vijf experten die halftijds zouden werken"), needs ("nood aan"), an opinion (also
   one "volgens de VVSG", and what amounts should be: "Moeten de bedragen hoger liggen dan ...?"),
   a rule of the call ("het maximale bedrag", "Wordt het plafond verhoogd?"; not whether amounts
   reached or exceeded it, "Werd het plafond ooit overschreden?", a recorded fact), an explanation
   ("waarom", "hoe verklaart"), an actor's own action that the data do not record, whatever noun
   names the actor ("Welke provincies ondersteunen de VVSG financieel?", "Wie sponsort ...?";
   support given with staff, support received and Flanders funding stay the measure), a procedure
   ("Wie beslist ...", "Hoe werden de experten geselecteerd?"), or what the minister does ("Welke
   indicator gebruikt de minister?"). Two are answered in part, the sentence kept for the cabinet
   to complete (`open_delen`): an explanation of budget use (the budget block shows the reasons the
   data give) and the minister's appraisal of the measure ("Hoe evalueert de minister deze
   maatregel?", also as a noun: "Welke evaluatie maakt de minister van de maatregel?", "Welke
   beoordeling geeft de minister ...?": the evaluation block gives the facts; "Welk oordeel velt de
   minister?" stays an opinion). A question about the preparation of the policy ("zicht op de
   uitwerking") or about how things are done (guidance, support) is left open only when it names no
   subject of the data.
4. Blocks, only on positive evidence that a sentence asks for something the data hold: a count
   or a list of what they record, after any adjective ("Hoeveel gemeenten ...?", "Rond welke
   inhoudelijke thema's ...?", the head of "armoede-indicatoren"; not "Hoeveel klachten ...?" or
   "Welke knelpunten ...?"), staff of the municipalities in a role of the measure ("Hoeveel
   ambtenaren werden uitgeleend?", not "Hoeveel medewerkers van de VVSG ...?"), an amount,
   share, distribution, trend or comparison ("Hoe zijn ... verdeeld?", "Hoe evolueerde ...?"),
   an overview asked for (also the parliament's "Kan de minister ... in een tabel weergeven /
   uitsplitsen / oplijsten?"; "Kan de minister toelichten waarom" stays open for its "waarom"),
   money a party of the measure received ("Welke vergoeding kreeg Lier?", not "de leden van de
   jury"), a yes or no on a recorded fact (opening with a verb in the past, "Bleven ...?", or "Is
   er sprake van"; not "Wordt ...?", "Zal ...?" or "Kan ...?"; "Werkte ... mee", "Zette ... in"
   only about a named municipality), a requirement ("Over welke kennis moet een expert
   beschikken?", "Welke competenties moet een medewerker voorleggen?", "Welke opleiding is
   vereist?", "om in aanmerking te komen": the criteria), a "hoeveel" that ends the sentence
   ("en zo ja, hoeveel?": it counts what was named before), or a value of a subject ("Wat was de
   gemiddelde kost?"). A sentence without that evidence gives no block (reason "vorm", or
   "onbekend" when it names no subject either). Then the sub-question gets the blocks whose
   strong cues its asking sentences contain, in the order they appear. Weak cues (a bare
   "expert", "financiering"; a bare "gemeenten" is none) count only when there is no strong cue
   at all: then the weak block hit most often. Where a sentence asks a quality (added value,
   criteria, evaluation) of municipalities or trajectories, these are its population, not its
   subject. A breakdown (per province, year, theme or model) replaces the plain counts of
   trajectories and participants, and the cost per trajectory (an amount "per traject", whatever
   the word for money: subsidie, middelen, the ceiling "plafond per project"; or an average paid,
   "gemiddeld per afgerond traject uitgekeerd", "ontving gemiddeld per uitwisseling") replaces
   budget and trajectories. Money paid back ("terugbetaald") and under-use in words ("onder het
   krediet bleven", "niet volledig benut") are the budget. The parties of a trajectory appraising it ("Hoe
   beoordeelden de ontvangende besturen de samenwerking?") give their satisfaction (meerwaarde);
   the minister's appraisal is the evaluation, as are poverty indicators ("kansarme gezinnen",
   "een verhoogde tegemoetkoming"), poverty that fell or rose or is compared with elsewhere ("Is
   de armoede sneller gedaald dan elders?") and comparisons with other municipalities ("afgezet
   tegen gemeenten zonder uitwisseling", "scoren beter dan"). What was learnt that became "een
   vast onderdeel van de werking" or "maakt deel uit van de reguliere werking", and goals reached
   in any form of the verb ("doelen haalden"), are the added value. A trend ("Hoe evolueerde ...?") is the
   breakdown per year, unless the evaluation is asked: that block shows its indicators over the
   years. Hours or time "besteed" are no money. A count with no noun and a verb of money
   ("Hoeveel werd er aan de VVSG overgeschreven?", "vereffend", "gestort", "toegekend", "Hoeveel
   bleef onbesteed?") asks the budget. Time worked in any unit (werktijd, werkdagen, dagen per
   week, halftijds) is vte, and an amount of it asked replaces the participants who gave it.
   Years of experience ("hadden minstens vijf jaar ervaring") and what holds "er voor" are the
   criteria; an approach "overgenomen in het eigen beleid", goals "onvervuld" or "niet gehaald"
   and the mark the parties gave ("Welk cijfer gaven ...?") are the added value, and a quality
   asked drops the model as its population too; "aspecten van het armoedebeleid" are the
   themes, as are "problematieken". After round 14: a claim on money ("aanspraak maken op een
   vergoeding") is money received; the budget article, money "aangerekend", "toegezegd" or landed
   "op hun rekening" are the budget, but what a call "vastlegde" is no commitment; experience "op
   het terrein" or "achter de rug" and requirements that "gelden" are the criteria; a timetable
   (uurrooster), man-days and man-months and an amount "uitgedrukt in uren" are vte (time a
   trajectory "leverde op" is no added value); "hoe positief" asks the satisfaction; doing better
   "dan vergelijkbare gemeenten" asks the evaluation; "groen licht" for dossiers is approval and a
   help request at the VVSG a candidate participant; money "gemiddeld naar één traject", the
   cheapest against the dearest trajectory and amounts that lay "uiteen" are the cost per
   trajectory. After round 15: so are the money a trajectory got in other words (tegemoetkoming,
   toelage, bijdrage per traject), the highest or lowest amount a trajectory got, amounts compared
   between kinds of trajectory ("Liggen de bedragen voor mentoring hoger dan die voor stages?", a
   comparison that asks the data) and the ceiling reached or exceeded ("Overschreed een traject het
   plafond?"). A named municipality that lent staff ("Heeft
   Lier een medewerker uitgeleend?", "Stelde Lier een ambtenaar ter beschikking?", "Zette Lier
   een personeelslid in?"), was helped by staff ("Kreeg Kortessem ondersteuning van een
   medewerker uit Hasselt?") or sent them ("Stuurde Lier een medewerker op stage?") or worked
   along in a trajectory took part, as did one that sent staff in any form of the verb ("Heeft
   Tessenderlo-Ham een medewerker naar een andere gemeente gestuurd?", "gedetacheerd"). After round
   16: goals realised ("slaagden erin de doelen te realiseren", "verwezenlijkt") are the added value
   and "in hoeverre" asks a degree as "in welke mate" does; an average paid per trajectory ("Hoeveel
   ontving een uitlenende gemeente gemiddeld per afgewerkt traject?") is the cost per trajectory
   only, the payee dropped; amounts against the ceiling ("Welke trajecten bleven ver onder het
   plafond?") are the cost per trajectory, a count of them ("Hoeveel trajecten bleven onder het
   plafond?") the trajectories; a shift ("Welke verschuiving ...?") and poverty figures asked
   ("Op basis van welke armoedecijfers ...?") ask the data, the evaluation. The budget is set for all
   of Flanders, so money asked for a named municipality is answered by the participants block.
   After round 18: results asked ("met welke resultaten?") are the evaluation's when the
   sub-question asks the evaluation anywhere, else the added value; "in hoeveel gevallen" and
   "hoeveel keren" count; goals reached up to six words after the verb are the added value; the
   minister asked for an overview ("Kan de minister die trajecten per jaar weergeven / tonen?") is
   no appraisal of the measure, so that is the breakdown alone.
5. Selection, from the whole sub-question (a scene-setting "In 2022 werd een oproep gelanceerd."
   sets the year of the question that follows; a call the introduction names, "Dit voorjaar
   lanceerde de overheid de projectoproep", gives its year to the sub-questions about that call or
   its dossiers that name none, "dit voorjaar" being the question's year; a year after the
   question's that only a statement names, "Het nieuwe actieplan start in 2025.", is a plan and no
   selection). Years: "in 2023", "sinds 2021" (up to the question's year; also "sinds de oproep
   van 2022"; "sinds de samensmelting" and a merged municipality's "sinds zijn ontstaan" as "sinds
   de fusie"), "de periode 2021-2024",
   "tussen 2021 en 2023", "tot en met 2023" (from the first call year of the contract), "vorig
   jaar"; a full date ("op 13 oktober 2020") and the plan's period ("VAPA 2020-2024") are no
   selection. Provinces: "Limburgse gemeenten", "in de provincie Antwerpen", "Antwerpse besturen"
   (all five named are Flanders as a whole, no filter; "Antwerpen" alone and "de Antwerpse expert"
   are the city's, but "Antwerpen" beside another province's name, "in Antwerpen en
   West-Vlaanderen", "in Limburg of Antwerpen", the province; "Antwerpse en West-Vlaamse gemeenten"
   both provinces). A clause that describes a named municipality ("Zwijndrecht, dat toen nog tot de
   provincie Antwerpen behoorde,", "Kortessem, dat in 2025 met Hasselt fusioneert,", "Gooik,
   voordat het in Pajottegem opging,": any subordinate clause, also after toen, nadat or "sinds
   het") selects nothing: no province, year or municipality named in it; without a comma, so does a
   clause of time about the merger, wherever it stands and with or without accents ("Moerbeke voor
   het deel uitmaakte van Lokeren", "Gooik eer het in Pajottegem opging", "voordat", "nadat"; not
   "voor het traject"), and one before the merger asks for the municipality as it was.
   Municipalities: a capitalised name of the reference, 2025 or 2019-2024 (a name that is also a
   Dutch word, such as Geel or Peer, not at a sentence's start), or its adjective of place, derived
   by rule for every name ("de Mechelse medewerker", Brugse, Leuvense; one that two names share,
   such as Halse, is none), given as its NIS code on the boundaries of the years asked (Borsbeek
   stays 11007; Hasselt in 2023 is 71022, in 2025 71072; "vóór de fusie" or "vóór hun samenvoeging"
   asks for the 2019-2024 ones; the partner a merger is said to be with, "Ham, vóór de samenvoeging
   met Tessenderlo,", is none). A sub-question that names no years or no places but refers back
   ("daarvan", "daarvoor", "in die periode", "in die twee jaren", "in beide jaren", "over die hele
   periode", "diezelfde trajecten", "die middelen", "die aantallen", "hoeveel waren dat er", "die
   inzet", "Kan de minister dat ...?", a pronoun (zij, ze, hen) with no name before it in the
   sub-question ("Hoeveel uren presteerden zij?"; in "ontvingen Lier en Mechelen, en hoeveel uren
   werkten zij" it stands for the names), the year of the previous one as "dat jaar", "datzelfde
   jaar", "hetzelfde begrotingsjaar" but not "dit jaar", the question's own; a party among the
   previous ones, "Was Borsbeek daar ook bij?", "Zat Lier erbij?") takes those of the previous one
   (places among the previous ones keep those: "de Antwerpse expert in die trajecten"), and its
   blocks too when it names no subject of its own but asks a figure ("Hoeveel daarvan werden
   goedgekeurd?", "Hoe verhoudt dat zich tot het plan?") or a yes or no ("Was Borsbeek daar ook
   bij?"). "En in 2022?", "En in Limburg?" or "Maar voor Gent?" asks the previous question again
   of the year or place it names. "Was dat bij elke expert het geval?" or "Geldt dat ook voor
   ...?" asks the previous question again of another population: its blocks, or its reason when
   that was left open, unless the sentence names a subject or an open signal of its own.
6. Verdict. With blocks, a sub-question is answerable (the sentences left open are kept in
   `open_delen`), unless the years it asks all lie after the question's year: then it asks about
   the future. Without blocks, the reason is that of its first open sentence, else the future
   (years after the question's), else that it asks nothing the data record ("vorm") or names no
   subject of the data ("onbekend"). A sub-question never has both blocks and a reason.
"""

from __future__ import annotations

import io
import re
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache

import snowballstemmer

from pipelines import contract, reference

BLOCKS = (
    "deelnemers",
    "trajecten",
    "meerwaarde",
    "budget",
    "criteria",
    "evaluatie",
    "per_provincie",
    "per_jaar",
    "per_thema",
    "per_model",
    "kost_per_traject",
    "vte",
    "register",
)
REGISTER = "register"  # a block the data cannot fill yet: no register data in the product
BREAKDOWNS = ("per_provincie", "per_jaar", "per_thema", "per_model")
# A trend asked ("Hoe evolueerde ...?") is the breakdown per year, unless the evaluation is asked:
# that block shows its indicators over the years itself ("de evolutie van het aantal leefloners").
TREND = "trend"
# Time worked asked as an amount ("Hoeveel procent van zijn werktijd stelde een expert ter
# beschikking?"): the block vte, in place of the participants the sentence names on the way.
WORKED = "worked"
# An average paid per trajectory ("Hoeveel ontving een uitlenende gemeente gemiddeld per afgewerkt
# traject?"): the block kost_per_traject, in place of the participants the sentence names as payee.
AVERAGE_PAID = "average_paid"
# Results asked ("met welke resultaten?") are the added value, unless the evaluation is asked
# anywhere in the sub-question ("Werd de maatregel geëvalueerd, en met welke resultaten?"): then
# they are the evaluation's.
RESULTS = "results"
# Blocks about a quality of the trajectories or municipalities a sentence names ("Hoeveel
# ontvangende gemeenten waren tevreden?"): those are then the population, not the subject.
QUALITIES = frozenset({"meerwaarde", "criteria", "evaluatie", RESULTS})
REASONS = {
    "register": "Vraagt een vergelijking met het Vlaams Subsidieregister; het product bevat nog "
    "geen gegevens uit het register, dus deze deelvraag kan (nog) niet uit de gegevens "
    "beantwoord worden.",
    "contact": "Vraagt naar contacten of overleg; die staan niet in de gegevens.",
    "intentie": "Vraagt naar voornemens of plannen; de gegevens beschrijven alleen wat al gebeurd is.",
    "toekomst": "Vraagt naar de toekomst; de gegevens beschrijven alleen wat al gebeurd is.",
    "mening": "Vraagt naar een mening of oordeel van de minister; dat staat niet in de gegevens.",
    "verklaring": "Vraagt naar een verklaring of beweegreden; die staat niet in de gegevens.",
    "werkwijze": "Vraagt hoe het in de praktijk verloopt (werkwijze, begeleiding, ondersteuning); "
    "dat staat niet in de gegevens.",
    "minister": "Vraagt wat de minister zelf doet, vindt of van plan is; dat staat niet in de gegevens.",
    "handeling": "Vraagt wat een partij zelf doet of deed (steunen, financieren, sponsoren); de gegevens "
    "houden alleen de uitwisseling van medewerkers en de Vlaamse middelen bij.",
    "procedure": "Vraagt wie beslist of hoe iets gecontroleerd wordt (de procedure); dat staat niet in "
    "de gegevens.",
    "uitwerking": "Vraagt hoe ver de uitwerking of voorbereiding van het beleid staat; dat staat "
    "niet in de gegevens.",
    "behoefte": "Vraagt naar noden of behoeften; die staan niet in de gegevens.",
    "hypothese": "Vraagt wat zou of kan gebeuren; de gegevens beschrijven alleen wat gebeurd is.",
    "regel": "Vraagt naar een regel van de maatregel (plafond, minimum, maximum); die staat in het reglement "
    "van de oproep, niet in de gegevens.",
    "oordeel": "Vraagt het oordeel van de minister; de gegevens geven de feiten, het oordeel schrijft "
    "het kabinet.",
    "vorm": "Vraagt niet naar een aantal, bedrag, aandeel, lijst of feit dat in de gegevens staat. Kies "
    "zelf een blok als de gegevens dit wel beantwoorden.",
    "onbekend": "Er is geen onderwerp uit de gegevens herkend (deelnemers, trajecten, budget, "
    "meerwaarde, criteria, evaluatie ...). Kies zelf een blok als de gegevens dit wel beantwoorden.",
}
MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "maart": 3, "mrt": 3, "maa": 3,
    "april": 4, "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "augustus": 8,
    "aug": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
# As a regex alternation: a shorter name that matches only part of a word ("sep" in "sept")
# is backtracked over, since white space or a dot must follow, so their order does not matter.
_MONTH_NAMES = "|".join(MONTHS)


# --- the result --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Selection:
    """The selection a sub-question names; empty means all."""

    jaar: tuple[int, ...] = ()
    provincie: tuple[str, ...] = ()
    gemeente: tuple[str, ...] = ()  # NIS codes, on the boundaries of the years asked

    def to_json(self) -> dict[str, list]:
        return {"jaar": list(self.jaar), "provincie": list(self.provincie), "gemeente": list(self.gemeente)}


@dataclass(frozen=True)
class SubQuestion:
    nr: int
    tekst: str
    blokken: tuple[str, ...]
    filters: Selection
    reden: str | None  # set (and no blocks) when the data cannot answer
    soort: str | None = None  # the kind of that reason: a key of REASONS
    open_delen: tuple[tuple[str, str], ...] = ()  # (sentence, reason) left for the cabinet

    def to_json(self) -> dict:
        return {
            "nr": self.nr,
            "tekst": self.tekst,
            "blokken": list(self.blokken),
            "filters": self.filters.to_json(),
            "reden": self.reden,
        }


@dataclass(frozen=True)
class Question:
    nummer: int | None
    datum: date | None
    vraagsteller: str | None
    minister: str | None  # the name, as written
    titel: str | None
    deelvragen: tuple[SubQuestion, ...]
    functie: str | None = None  # the minister's title, as written (not in the JSON)
    ontbreekt: tuple[str, ...] = field(default=())  # header fields not found

    def to_json(self) -> dict:
        return {
            "nummer": self.nummer,
            "datum": self.datum.isoformat() if self.datum else None,
            "vraagsteller": self.vraagsteller,
            "minister": self.minister,
            "titel": self.titel,
            "deelvragen": [d.to_json() for d in self.deelvragen],
        }


def parse(text: str, today: date | None = None) -> Question:
    """The question in `text`: header, sub-questions and what answers each."""
    lines = _clean_lines(text)
    header, body = _read_header(lines)
    asked = header["datum"] or today or date.today()
    items: list[SubQuestion] = []
    call = _call_years(body, asked)
    for nr, sub in _split_subquestions(body):
        d = match(nr, sub, asked, items[-1] if items else None)
        if call and d.blokken and not d.filters.jaar and _CALL_ASKED.search(_fold(sub)):
            d = replace(d, filters=replace(d.filters, jaar=call))  # the call of the introduction
        items.append(d)
    missing = tuple(k for k in ("nummer", "datum", "vraagsteller", "minister", "titel") if not header[k])
    return Question(**header, deelvragen=tuple(items), ontbreekt=missing)


# A sub-question about the call or its applications ("op die oproep", "de goedgekeurde dossiers").
_CALL_ASKED = re.compile(r"\b(?:\w*oproep\w*|dossiers?|aanvra(?:ag|gen))\b")


def _call_years(body: list[str], asked: date) -> tuple[int, ...]:
    """The years of the call that the introduction names ("Dit voorjaar lanceerde de Vlaamse
    overheid de projectoproep ..."): the year of the sub-questions about that call and its
    applications that name none of their own. Only a call in the past or the question's year."""
    start = next((i for i, line in enumerate(body) if _ITEM.match(line)), 0)
    intro = _reflow(body[:start])
    if not re.search(r"oproep", _fold(intro)):
        return ()
    found = years(intro, asked)
    return found if found and max(found) <= asked.year else ()


# --- text and header ---------------------------------------------------------------------------

_ANSWER_START = re.compile(
    r"^\s*(?:GECO[ÖO]RDINEERD\s+|VERWIJZEND\s+|VOORLOPIG\s+)?ANTWOORD\b|^\s*Antwoord op vraag nr"
)
_FOOTNOTE = re.compile(r"^\s*deze vraag werd (?:ook )?gesteld aan\b", re.I)
_ITEM = re.compile(r"^\s*(\d{1,2})\s*[.)°]\s*(\S.*)$")
_NUMBER = re.compile(r"\bnr\.?\s*(\d{1,5})\b(?:\s+van\s+(.+))?", re.I)
_FUNCTION = re.compile(
    r"\b(?:VICE-?MINISTER-PRESIDENT|MINISTER-PRESIDENT|VLAAMSE? MINISTER|MINISTER VAN)\b", re.I
)


def _clean_lines(text: str) -> list[str]:
    """Lines of the question alone: invisible characters out, the answer and signature cut off."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ").replace("\u00a0", " ")
    text = "".join(ch for ch in text if ch == "\n" or unicodedata.category(ch) not in ("Cf", "Cc"))
    lines = [line.rstrip() for line in text.split("\n")]
    end = next((i for i, line in enumerate(lines) if _ANSWER_START.match(line)), len(lines))
    lines = [line for line in lines[:end] if not _FOOTNOTE.match(line)]
    # The minister's name and title above the answer: an upper-case block after a blank line.
    while lines and not lines[-1].strip():
        lines.pop()
    block = len(lines)
    while block > 0 and _signature_line(lines[block - 1]):
        block -= 1
    if 0 < block < len(lines) and not lines[block - 1].strip():
        if any(line.strip() for line in lines[: block - 1]):  # a text all signature is none
            lines = lines[:block]
    return lines


def _signature_line(line: str) -> bool:
    """A line of a name and title in capitals; a question in capitals ("1. HOEVEEL ...?") is none."""
    return bool(line.strip()) and not re.search(r"[a-zà-ÿ]|\?", line) and not _ITEM.match(line)


def _read_header(lines: list[str]) -> tuple[dict, list[str]]:
    """The header fields (None where absent) and the lines after the title. The number, asker
    and date lie within a few lines from the top; the minister and the title follow."""
    head = dict.fromkeys(("nummer", "datum", "vraagsteller", "minister", "titel", "functie"))
    start = next((i for i, line in enumerate(lines[:40]) if _NUMBER.search(line)), 0)
    last = start - 1
    for i in range(start, min(start + 8, len(lines))):
        line = lines[i]
        if head["nummer"] is None and (m := _NUMBER.search(line)):
            head["nummer"], last = int(m[1]), i
            if m[2]:
                head["vraagsteller"] = _name(re.split(r"\bdatum\b", m[2], flags=re.I)[0])
        elif head["vraagsteller"] is None and (m := re.match(r"^\s*van\s+(.+)$", line, re.I)):
            head["vraagsteller"], last = _name(m[1]), i
        if m := re.search(r"\bdatum\s*:?\s*(.+)$", line, re.I):
            head["datum"], rest = _date_prefix(m[1])
            last = i
            if rest.strip():  # "datum: 3 oktober 2023 aan MINISTER ...": the minister is next
                lines = [*lines[:i], "", rest.strip(), *lines[i + 1 :]]
            break
    if last < 0:  # no header at all: a bare question
        return head, lines
    return _minister_and_title(head, lines, last + 1)


def _minister_and_title(head: dict, lines: list[str], i: int) -> tuple[dict, list[str]]:
    i = _skip_blank(lines, i)
    block: list[str] = []
    while i < len(lines) and _is_minister_line(lines, i, block):
        block.append(lines[i].strip())
        i += 1
    if block:
        who = re.sub(r"^aan\s+", "", " ".join(block), flags=re.I)
        cut = _FUNCTION.search(who)
        name, function = (who[: cut.start()], who[cut.start() :]) if cut else (who, "")
        head["minister"], head["functie"] = _name(name), _name(function) or None
    i = _skip_blank(lines, i)
    block = []
    while i + len(block) < len(lines) and lines[i + len(block)].strip():
        if _ITEM.match(lines[i + len(block)]):
            break
        block.append(lines[i + len(block)].strip())
    title = block
    if len(block) > 3 or any(line.endswith(".") for line in block):  # the intro follows at once
        title = block[:1]
        for line in block[1:]:
            if not _continues(title[-1], line):
                break
            title.append(line)
    head["titel"] = _name(" ".join(title)) or None
    return head, lines[i + len(title) :]


def _skip_blank(lines: list[str], i: int) -> int:
    while i < len(lines) and not lines[i].strip():
        i += 1
    return i


def _is_minister_line(lines: list[str], i: int, block: list[str]) -> bool:
    """Whether line i belongs to the addressee: 'aan NAME', the name and title in capitals as the
    parliament prints them, a name whose title follows, or a title carried on after a comma."""
    line = lines[i].strip()
    if not line or _ITEM.match(line):
        return False
    if not re.search(r"[a-zà-ÿ]", line):
        return True
    if block and (_continues(block[-1], line) or _FUNCTION.match(line)):
        return True  # the title carried on: "..., Inburgering" / "en Gelijke Kansen"
    following = lines[i + 1].strip() if i + 1 < len(lines) else ""
    return not block and (
        re.match(r"aan\s", line, re.I) is not None or _FUNCTION.match(following) is not None
    )


def _continues(line: str, following: str) -> bool:
    """Whether `following` carries on the title in `line` (the intro may follow without a blank
    line): it starts in lower case (after an opening bracket or quote: "(vervolg op vraag nr. 342)"),
    or `line` ends with a dash, a comma or a linking word."""
    if re.search(r"[.?!]$", line):
        return False
    linking = r"(?:[-–:,]|\b(?:van|in|de|het|en|voor|op|tussen|met|over|bij|aan|naar|rond|door))$"
    return following.lstrip("(\"'‘“")[:1].islower() or bool(re.search(linking, line))


def _name(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip(" ,;:")


def _date_prefix(text: str) -> tuple[date | None, str]:
    """A date at the start of `text` ('25 mei 2022', '25/05/2022', '2022-05-25') and the rest."""
    folded = _fold(text)
    try:
        if m := re.match(rf"\s*(\d{{1,2}})(?:ste|de|e)?\s+({_MONTH_NAMES})\.?\s+(\d{{4}})", folded):
            return date(int(m.group(3)), MONTHS[m.group(2)], int(m.group(1))), text[m.end() :]
        if m := re.match(r"\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", folded):
            return date(int(m.group(3)), int(m.group(2)), int(m.group(1))), text[m.end() :]
        if m := re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", folded):
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3))), text[m.end() :]
    except ValueError:  # 31 februari: no date
        pass
    return None, text


def _split_subquestions(lines: list[str]) -> list[tuple[int, str]]:
    """The numbered sub-questions (1., 2., ... in sequence) with their own numbers; without
    numbering, the whole body as sub-question 1 when it asks or requests something."""
    starts = []
    for i, line in enumerate(lines):
        m = _ITEM.match(line)
        if m and (not starts or int(m.group(1)) == starts[-1][1] + 1):
            starts.append((i, int(m.group(1))))
    if not starts:
        text = _reflow(lines)
        return [(1, text)] if "?" in text or _REQUEST.search(_fold(text)) else []
    items = []
    for k, (i, nr) in enumerate(starts):
        end = starts[k + 1][0] if k + 1 < len(starts) else len(lines)
        first = _ITEM.match(lines[i]).group(2)
        items.append((nr, _reflow([first, *lines[i + 1 : end]])))
    return items


def _reflow(lines: list[str]) -> str:
    """Paragraphs joined back into lines of text (line breaks of a PDF are not sentences)."""
    paragraphs, current = [], ""
    for line in [*lines, ""]:
        line = re.sub(r"\s+", " ", line).strip()
        if line:
            # a word broken after its hyphen ("armoede-" / "expert", "Oost-" / "Vlaanderen",
            # "2022-" / "2023") keeps the hyphen and no space; a dash between words keeps its space
            glue = "" if re.search(r"\w-$", current) else " "
            current = f"{current}{glue}{line}" if current else line
        elif current:
            paragraphs.append(current)
            current = ""
    return "\n".join(paragraphs)


# --- words, cues -------------------------------------------------------------------------------

_STEMMER = snowballstemmer.stemmer("dutch_porter")
# Head words split off a compound, longest first ("mentoringtrajecten" -> "mentoring trajecten").
HEADS = tuple(
    sorted(
        "expert experts experten experte expertes deskundige deskundigen traject trajecten budget "
        "budgetten middelen krediet kredieten rapport rapporten verslag verslagen benutting "
        "criteria criterium evaluatie evaluaties kost kosten subsidie subsidies bedrag bedragen "
        "gemeente gemeenten bestuur besturen thema themas model modellen register uren maanden "
        "inzet aanvraag aanvragen score scores voorwaarde voorwaarden vereiste vereisten eisen diploma "
        "diplomas specialist specialisten".split(),
        key=len,
        reverse=True,
    )
)
SYNONYMS = {
    "expert": "expert experte experts experten expertes ervaringsdeskundige deskundige "
    "deskundigen expertambtenaar specialist specialisten",
    "traject": "traject trajecten uitwisselingstraject uitwisselingstrajecten uitwisseling uitwisselingen "
    "project projecten",
    "budget": "budget budgetten middelen krediet kredieten",
    "benut": "benutting onderbenutting overbenutting onderbenut overbenut benut onderbesteding "
    "overbesteding onderbesteed overbesteed onbenut onbenutte opgebruikt onbesteed onbestede",
    "criteria": "criteria criterium voorwaarde voorwaarden vereiste vereisten profiel profielen "
    "kwalificatie kwalificaties competentie competenties werkervaring beroepservaring diploma diplomas "
    "opleidingsniveau eis eisen ancienniteit",
    "thema": "thema themas beleidsdomein beleidsdomeinen domein domeinen",
    "gemeente": "gemeente gemeenten bestuur besturen stad steden",
    "inzet": "inzet ingezet inzetten",
}
# Words read as other words before stemming: a synonym of a word that is no subject of its own
# (the guest municipality is the receiving one; appreciation is satisfaction), or a word whose
# stem another means ("overwegend" is "mostly", not "considering", as "overwegen" would be).
WORD_FORMS = {
    "gastgemeente": "ontvangende gemeente",
    "gastgemeenten": "ontvangende gemeenten",
    "gastbestuur": "ontvangend bestuur",
    "gastbesturen": "ontvangende besturen",
    "gaststad": "ontvangende stad",
    "gaststeden": "ontvangende steden",
    "waardering": "tevredenheid",
    "waarderingen": "tevredenheid",
    "overwegend": "hoofdzakelijk",
    "uitbetaling": "betaling",
    "uitbetalingen": "betalingen",
    "doorlichting": "evaluatie",
    "doorlichtingen": "evaluaties",
    "doorgelicht": "geevalueerd",
    # the giving municipality is the offering one ("als gevende gemeente", "de gever")
    "gevende": "aanbiedende",
    "gevend": "aanbiedend",
    "gever": "aanbieder",
    "gevers": "aanbieders",
    # an application of a municipality is its dossier ("Hoeveel dossiers kwamen er binnen?")
    "dossier": "aanvraag",
    "dossiers": "aanvragen",
    # a pair of a giving and a receiving municipality is a trajectory ("Hoeveel koppels vormde de VVSG?")
    "koppel": "traject",
    "koppels": "trajecten",
    "duo": "traject",
    "duos": "trajecten",
    "tandem": "traject",
    "tandems": "trajecten",
}


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch))


@lru_cache(maxsize=1)
def _concepts() -> dict[str, str]:
    return {_STEMMER.stemWord(w): concept for concept, ws in SYNONYMS.items() for w in ws.split()}


@lru_cache(maxsize=8192)
def _canon(word: str) -> tuple[str, ...]:
    """One folded word as concept tokens: compound split, stemmed, synonyms merged."""
    if word in WORD_FORMS:
        return tuple(token for w in WORD_FORMS[word].split() for token in _canon(w))
    concepts = _concepts()
    stem = _STEMMER.stemWord(word)
    if stem in concepts:
        return (concepts[stem],)
    for head in HEADS:
        if word.endswith(head) and len(word) - len(head) >= 3:
            return (*_canon(word[: -len(head)]), *_canon(head))
    return (stem,)


def words(text: str) -> list[str]:
    """The concept tokens of a text."""
    return [token for w in re.findall(r"[a-z0-9]+", _fold(text)) for token in _canon(w)]


_SUBJECTS = "(?:" + "|".join(SYNONYMS) + ")"


def _cue(spec: str) -> re.Pattern:
    """A cue in plain Dutch: words in order, 'a|b' alternatives, 'pre*' any word starting so
    (after stemming), '~N' up to N other words in between, '^N' the same but never over a
    subject word ("hoeveel ^2 gemeenten" does not match "hoeveel trajecten naar gemeenten")."""
    pattern = ""
    for token in spec.split():
        if token[0] in "~^":
            word = rf"(?!{_SUBJECTS}(?!\S))\S+" if token[0] == "^" else r"\S+"
            pattern += rf"(?: {word}){{0,{int(token[1:])}}}"
            continue
        alts = [
            re.escape(_fold(alt[:-1])) + r"\S*" if alt.endswith("*") else " ".join(map(re.escape, words(alt)))
            for alt in token.split("|")
        ]
        pattern += (" " if pattern else "") + "(?:" + "|".join(alts) + ")"
    return re.compile(r"(?<!\S)" + pattern + r"(?!\S)")


_REQUEST_VERBS = (
    "meedelen|meedeelt|toelichten|bezorgen|geven|geeft|aangeven|oplijsten|verduidelijken|"
    "preciseren|weten|bevestigen|overzicht|overzichten|opsplitsing|uitsplitsing|opsomming|"
    "weergeven|uitsplitsen|opsplitsen|opsommen|tonen"
)
_EXPECTED_OF = "van ~3 expert|medewerker*|kandidaat|kandidat*|deelnem* ~2 verwacht*"
# What one must have to take part ("Over welke kennis moet een ambtenaar beschikken ...?"): a
# requirement, which the criteria block lists.
_REQUIRED = "moet|moeten|moest|moesten|dient|dienen ~6 beschik*|bezit*|voorleggen|aantonen|bewijzen|hebben"
# ... or what is required ("Welke opleiding is vereist ...?"; "vereist" reads as a criterion)
# Experience one must have "achter de rug": a requirement, which the criteria block lists.
_BEHIND = "achter ~2 rug"
# An amount asked in a unit ("Hoeveel prestaties, uitgedrukt in uren, ...?"): a figure.
_IN_UNITS = "uitgedrukt|gemeten|berekend|omgerekend ~2 in ~1 uren|uur|dagen|vte|fte|maanden|euro|procent"
_DEMANDED = "is|zijn|was|waren|werd|werden|gelden|geldt|golden|gold ~2 criteria"
# The parties of a trajectory appraising it ("Hoe beoordeelden de ontvangende besturen de
# samenwerking?"): their satisfaction scores, not the evaluation of the measure.
_PARTIES_APPRAISE = (
    "beoordeel*|beoordel*|evalu*|scoord*|scoor* de|die|deze ~1 ontvang*|aanbied*|deelnem*|gemeente|expert|"
    "stagiair*|medewerker*"
)
# Staff of the municipalities counted or listed in a role of the measure ("Hoeveel medewerkers van
# ontvangende besturen liepen stage?"); not the staff of the VVSG ("Hoeveel medewerkers van de
# VVSG werken aan de maatregel?") nor hours of staff ("Hoeveel uren besteedde de medewerker?").
_STAFF = (
    "welk|hoeveel|aantal ^1 medewerker*|personeel*|ambtena* ~12 uitgeleend|leend*|uitleen*|uitlen*|"
    "beschik|stag|deel*|del|collega|ontv*|aanbied*"
)
# Money received ("Welke vergoeding kreeg Lier?", "Welk bedrag ontvingen de besturen?"); it asks
# the data only when a party of the measure receives it (not "de leden van de jury")
_RECEIVED = (
    "vergoed*|compensatie*|bedrag|bedragen|geld ~6 kreeg|kregen|ontving|ontvingen|ontvangen|aanspraak"
    # a claim on it ("Maakte Tienen aanspraak op een vergoeding?")
    " || aanspraak ~3 vergoed*|compensatie*|bedrag|bedragen|geld|subsidie*"
)
_PARTY = "gemeente|aanbied*|deelnem*|expert|traject"
_COUNT_NO_NOUN = "hoeveel werd|werden|is|zijn|was|waren|bleef|bleven"
# What a count with no noun may be about, other than money ("Hoeveel werden er trajecten toegekend?")
_NOT_MONEY = "hoeveel ~2 er ^2 traject|expert|aanvraag|aanvragen|medewerker*|uren|dagen"
# Goals reached, in any form of the verb ("doelen haalden", "bereikten hun doelstellingen").
_REACHED = (
    "bereik*|behaal*|gehaald|haald*|haalt|halen|realiser*|realiseerd*|gerealiseerd|verwezenlijk*|vervuld|onvervuld|ingelost|"
    "waargemaakt|onbereikt"
)
# Taken over into one's own work (anchoring): "overgenomen in het eigen beleid".
_ADOPTED = "overgenomen|overnam|overnamen|overneemt|geintegreerd|integreerde|integreerden|opgenomen|ingevoerd"
# Given as a score by the parties of a trajectory.
_GAVE = "gaven|gaf|geven|gegeven|toekenden|kenden|gescoord"
# The work of a municipality that an approach becomes part of (anchoring).
_PRACTICE = "werking|beleid|dienstverlening|praktijk|organisatie"
# A change of poverty ("Is de armoede sneller gedaald ...?") or poverty compared with elsewhere:
# the evaluation.
_POVERTY = "armoede|armoedecijfer*|armoedegraad"
_CHANGED = "gedaald|daald*|dalen|daalt|gestegen|steeg|stegen|stijg*|afgenomen|toegenomen|verminderd|gezakt"
# Money moved, as a verb: "Hoeveel werd er aan de VVSG overgeschreven?", "Hoeveel bleef onbesteed?".
_MONEY_MOVED = (
    "overgeschreven|overgemaakt|gestort|uitbetaald|toegekend|vereffend|betaald|uitgegeven|besteed|"
    "vastgelegd|uitgekeerd|terugbetaald|teruggevorderd|gerecupereerd|onbesteed|onbenut|overgebleven|aangerekend|"
    "toegezegd"
)
# A share of time worked, which a yes or no may ask ("Werkten de experten halftijds?").
_PART_TIME = "halftijd*|voltijd*|deeltijd*|werktijd|werkuren"
# Units of time worked.
_TIME = (
    "werktijd|arbeidstijd|werkdag|werkdagen|werkweek|werkweken|werkuren|uren|uur|dagen|vte|fte|uurrooster*|"
    "werkrooster*|mensmaand*|mensdag*|werkmaand*"
)
# Money paid or received, as a verb.
_PAID = "uitgekeerd|uitbetaald|betaald|betaalde|vergoed*|toegekend|ontvangen|ontving*|kreeg|kregen"
_SCORES_BETTER = "scor*|scoord* ~4 beter|slechter|hoger|lager|gunstiger ~1 dan"
# After the end of the measure or the plan: the future, unless asked in the past tense ("Werd de
# maatregel na afloop van het actieplan doorgelicht?"). A project is a trajectory, whose end is
# no future either.
_AFTER_END = "na ~1 afloop|einde ~3 maatregel|vapa|actieplan|legislatuur|projectperiode"
# A plan still to come ("in het nieuwe armoedeplan", "een volgend actieplan"): the future, when
# no other signal said more ("Welke conclusies neemt de minister mee naar het volgende actieplan?").
_PLAN_TO_COME = "nieuw|nieuwe|volgend|volgende ~1 actieplan|armoedeplan|vapa|plan"
# An actor's own action asked ("Welke provincies ondersteunen ...?", "Hoeveel bedrijven sponsorden
# ...?", "Wie financiert ...?"): a list or count of who does it, the verb within a few words.
_ACTOR_ACTS = (
    "welk|hoeveel|wie ~3 ondersteun|ondersteunt|ondersteund|steun|steunt|steund|financier|financiert|"
    "financierd|cofinancier*|sponsor*|subsidieer*|subsidieerd*|invester|investeert|investeerd*|promot*|"
    "promoot*|bekostig*"
)
# ... unless the support is the measure's: given with staff, or received ("werden ondersteund").
_SUPPORT_OF_THE_MEASURE = (
    "expert|medewerker*|personeel*|ambtena*|stagiair*|collega*|ontvang*|ontving*|kreeg|kregen|vroeg|"
    "vroegen|aangevraagd|werd|werden|wordt|worden|geworden"
    # ... or a noun, not a verb: "Welke ondersteuning biedt de VVSG?" (a way of working)
    " || welk|hoeveel ondersteun|steun|financier|sponsor*|promot*"
    # ... or the funder of the measure acting: "Hoeveel trajecten financierde Vlaanderen?"
    " || ondersteun|ondersteunt|ondersteund|financier|financiert|financierd|bekostig* vlaanderen"
    " || ondersteun|ondersteunt|ondersteund|financier|financiert|financierd|bekostig* de|het vlaams|vlaamse|"
    "minister|regering|overheid|agentschap"
)
# Words for money.
_MONEY = "geld|euro|bedrag|bedragen|budget|subsidie*|vergoed*|compensatie*|kost*|financier*"
# ... and for the money a trajectory got ("de gemiddelde tegemoetkoming per traject", "de toelage
# per project"; "een verhoogde tegemoetkoming" alone is a poverty indicator, the evaluation).
_PER_TRAJECT_MONEY = _MONEY + "|plafond|maxim*|tegemoetkom*|toelag*|bijdrag*"
# Trajectories and their kinds.
_KINDS = "traject|stag|stages|mentoring"
# The highest or lowest of amounts.
_EXTREME = "hoogst*|laagst*|grootst*|kleinst*|duurst*|goedkoopst*"
# A comparison of amounts ("hoger dan", "lager dan die voor stages").
_HIGHER = "hoger|lager|groter|kleiner|duurder|goedkoper|hoge|lage ~1 dan"
# Amounts that exceeded or reached a ceiling: a recorded fact about the amounts, no rule asked.
_EXCEEDED = (
    "overschred*|overschrijd*|overschreed|overschreden|overtroffen|overtrof|bereikt|bereikte|bereikten|"
    "benut|gehaald|gehaalde"
)
# Amounts that stayed under or went over a ceiling ("bleven ver onder het plafond"): a fact too.
_AGAINST_CEILING = "onder|boven|beneden ~2 plafond|maxim*"
# A plan described by a clause in the conditional ("de planning van vijf experten die halftijds
# zouden werken", "het plan waarin elk traject vier maanden zou duren").
_PLANNED = (
    "planning|plan|raming|oorspronk*|oorspronkelijk*|voorzien|vooropgesteld*|gepland*|geraamd* "
    "~8 die|dat|waarin|waarbij|waarvoor ~8 zou|zouden"
)
# Kinds of sentence the data cannot answer, checked in this order: (kind, cue, unless cue).
OPEN_CUES = [
    ("register", "register|subsidieregister"),
    ("register", "dubbel* ~3 subsid*|gesubsid*|financier*|gefinancierd"),
    # other subsidies for the same work: only the register could show them
    ("register", "ander ~2 subsid*|financier*|fond*|kanal|kanaal|geldstrom|geldstroom|budget"),
    ("contact", "contact*|overleg*|gesprek*|samengezeten|afstem*|afgestemd"),
    ("contact", "samenwerking|samengewerkt|samenwerkt ~1 met"),
    ("contact", "zat|zaten|zitten|zit ~4 samen"),
    # the minister or the administration discussing, presenting or explaining something to a named
    # organisation or body ("al met het Netwerk tegen Armoede besproken", "voorgelegd aan de VVSG",
    # "toegelicht aan de Gezinsbond", "samengezeten met de steden"): a contact
    ("contact", "bespr*|besprok*|besprak*|bespreek*|samenzit*|samengezet*|ontmoet*|vergader*"),
    ("contact", "voorgelegd|voorleggen|voorlegt|voorlegd* ~1 aan|bij", _REQUIRED),
    ("contact", "legd*|legt|leg ~6 voor ~1 aan|bij", _REQUIRED),
    ("contact", "toegelicht|toelichten|toelicht|uitgelegd|uitleggen ~1 aan|bij|met"),
    ("contact", "licht|lichtte|lichtten|legd*|legt ~6 toe|uit ~1 aan|bij|met"),
    ("contact", "gesproken|sprak|spraken|spreken ~4 met"),
    ("intentie", "bereid|voornemen*|voornemens|intentie*|beoogt|beogen|overweeg*|overweg*|overwog*"),
    ("intentie", "versoepel*|verstreng*|herzien|herziening|herzie*"),
    ("intentie", "van plan"),
    ("intentie", "bedoeling"),
    ("intentie", "is|zijn|wordt|worden ~1 er ~5 gepland"),
    ("intentie", "zijn|bestaan|heeft|hebben ~3 plannen"),
    ("intentie", "plant|plannen ~1 minister|regering|hij|zij|administratie"),
    ("intentie", "zal|zullen|gaat|gaan|wil|wenst ~1 minister|regering", _REQUEST_VERBS),
    ("intentie", "welk ~1 stappen|initiatieven|maatregelen|acties"),
    ("intentie", "verlengd|verlengen|verlenging|verderzetten|voortzetten|voortzetting|opvolging"),
    ("intentie", "bijsturen|bijgestuurd|bijsturing|uitbreiden|uitbreiding|opschalen"),
    ("intentie", "nieuwe|volgende|bijkomende|extra|tweede ~1 oproep|editie|fase|ronde"),
    (
        "intentie",
        "vereenvoud*|hervorm*|aanpassen|aanpassing|wijzigen|wijziging|verhogen|verhoging|verlagen|"
        "verlaging|afschaffen|afschaffing|invoeren|invoering",
    ),
    ("intentie", "vervolg*|opvolger|opvolgingsmaatregel*"),
    ("toekomst", "zal|zullen|voortaan|binnenkort", _REQUEST_VERBS),
    # what is expected of an expert is a requirement (criteria), not the future
    ("toekomst", "verwacht*", _REQUEST_VERBS + "|" + _EXPECTED_OF),
    ("toekomst", "de|nabije toekomst"),
    ("toekomst", "zodra"),  # "Kan de minister de evaluatie bezorgen zodra die klaar is?"
    # "toekomstige begrotingen" is the future; "het toekomstige Pajottegem" is a merger
    (
        "toekomst",
        "toekomst* ~1 begrot*|beleid|armoedebeleid|oproep|oproepen|jaren|editie|fase|traject|maatregel",
    ),
    ("toekomst", _AFTER_END),
    ("toekomst", "volgend|komend|komende ~1 jaar|jaren|maanden|periode|legislatuur"),
    ("mening", "mening|standpunt|visie|opinie|oordeel|wenselijk|zinvol|opportuun|volstaat|volstaan"),
    ("mening", "voldoende"),
    # what amounts should be ("Moeten de bedragen hoger liggen dan ...?"): a norm, no comparison of records
    ("mening", "moet|moeten|mag|mogen|hoort|horen ~8 " + _HIGHER),
    ("mening", "succes|succesvol|geslaagd|geslaagde", "hoeveel|aantal"),
    ("behoefte", "nood|noden|behoeft*|nodig|tekort|tekorten"),
    # ... not the conditional of a clause that describes a plan ("de oorspronkelijke planning van vijf
    # experten die halftijds zouden werken"): the planned unit is in the data
    ("hypothese", "zou|zouden", _REQUEST_VERBS + " || " + _PLANNED),
    ("hypothese", "kan|kunnen ~3 nog"),
    (
        "regel",
        "maxim*|plafond|minim*",
        # how many, the highest, or whether amounts exceeded it: a fact about the amounts
        "hoeveel|aantal|gemiddeld*|hoogste|laagste || " + _EXCEEDED + " || " + _AGAINST_CEILING,
    ),
    ("mening", "minister|regering ~3 tevreden|overtuigd|positief|negatief"),
    ("mening", "positief|negatief ~5 minister|regering"),
    # the minister's own score ("Welk cijfer geeft de minister aan de maatregel?")
    ("mening", "cijfer|score|punt|punten|rapportcijfer ~3 geeft|gaf|geven|kent ~1 minister|regering"),
    # the minister's appreciation ("Welke waardering heeft de minister voor ...?") is an opinion
    ("mening", "tevred* ~5 minister|regering"),
    ("mening", "vindt|vind|deelt|acht|staat ~1 minister"),
    ("mening", "hoe ~1 kijkt|staat ~3 minister ~3 tegenover"),
    ("mening", "lessen|conclusies ~1 trekt|trekken"),
    ("mening", "verkiest|verkiezen|voorkeur|prefereert"),
    ("mening", "hoe ~2 ervaren|ervaart|beleven|beleefden|beleeft"),
    (
        "mening",
        "volgens ~1 minister|regering|vvsg|administratie|agentschap|expert|gemeente|betrok*|"
        "evaluat*|onderzoek*|studi*|hem|haar|u",
    ),
    (
        "procedure",
        "hoe ~3 nagegaan|gecontroleerd|controleert|bepaald|beslist|opgevolgd|gemonitord|geselecteerd|"
        "selecteert|geselecteerd|gekozen|kiest|goedgekeurd|toegekend",
        # "Hoe zijn de goedgekeurde trajecten gespreid?" asks a distribution, not the procedure
        "gespreid|verspreid|verdeeld|spreiding|verdeling|hoeveel|aantal|uiteen|goedkoopst*|duurst*",
    ),
    ("procedure", "wie ~2 beslist|beslissen|besliste|bepaalt|keurt|keurde"),
    # an actor's own action that the data do not record, whatever noun names the actor ("Welke
    # provincies ondersteunen de VVSG financieel?", "Wie sponsort de matching?"): the data record
    # staff exchanged and Flemish money paid, not who supports, funds or sponsors whom; support
    # received ("werden ondersteund", "kregen ondersteuning") or given with staff stays the measure
    ("handeling", _ACTOR_ACTS, _SUPPORT_OF_THE_MEASURE),
    ("procedure", "welk ~1 rol ~1 speelt|speelde|speelden|spelen"),
    ("verklaring", "waarom|verklaart|verklaren|verklaring|oorzaak|oorzaken|reden|redenen"),
    ("verklaring", "hoe ~1 komt ~1 het"),
    ("uitwerking", "uitwerk*|uitgewerkt|voorbereid*|uitrol*|uitgerold|timing|tijdpad"),
    ("uitwerking", "zicht ~2 op"),
    ("uitwerking", "hoe ~1 ver ~2 staat|staan"),
    ("werkwijze", "werkwijze|aanpak|ondersteuning|begeleid*|coaching|matching|verloopt|verliep"),
    ("werkwijze", "hoe ~2 vvsg"),
    ("werkwijze", "op ~1 welk ~1 manier|wijze"),
]
# What a call or a rule lays down ("in de oproep vastgelegd") is no commitment of money.
_LAID_DOWN = (
    "oproep|reglement|besluit|decreet|regelgeving|wet|richtlijn* ~3 vastgelegd|vastleg* "
    "|| vastgelegd|vastleg* ~3 oproep|reglement|besluit|decreet|regelgeving|wet|richtlijn*"
)
# The subject of each block: (block, strength, cue[, unless cue]). Strong cues decide; weak ones
# only when a sub-question has no strong cue at all.
BLOCK_CUES = [
    # municipalities counted or listed in a role of the measure ("Hoeveel gemeenten ontvingen een
    # expert?"), not in another ("Hoeveel gemeenten kennen de maatregel?")
    (
        "deelnemers",
        "strong",
        "welk|hoeveel|aantal|lijst|overzicht ^4 gemeente ~12 expert|traject|budget|deel*|del|ontv*|aanbied*|"
        "gaf|gav|gaven|stelde|stelden|leend*|uitgeleend|betrok*|aanvra*|ingediend|financier*|compensatie*|"
        "bedrag|betaald|uitbetaald|ondersteuning|medewerker*|beroep|partner*|kandidaat|interesse|ontving*|"
        "personeel*|ambtena*|collega|inzet|beschik|hulpvra*|aangeklopt|klopten|klopte",
    ),
    # staff of the municipalities counted or listed in a role of the measure: lent staff are its
    # participants
    ("deelnemers", "strong", _STAFF),
    ("deelnemers", "strong", "deelgenom*|deelnam|deelnamen|participer*"),
    ("deelnemers", "strong", "nam|namen|neemt|nemen ~5 deel"),
    ("deelnemers", "strong", "per gemeente"),
    ("deelnemers", "strong", "expert|medewerker*|personeel*|ambtena* ~4 ter beschikking"),
    # a bare "gemeenten" is no subject: "Hoeveel gemeenten kennen de maatregel?" asks nothing recorded
    ("deelnemers", "weak", "expert|aanbied*|ontvang*|ontving*|deelnem*"),
    # a named municipality lending staff ("Heeft Lier een medewerker uitgeleend?")
    ("deelnemers", "weak", "uitgeleend|uitleen*|uitlen*|leende|leenden"),
    # a named municipality taking part in other words ("Werkte Nazareth mee aan een traject?",
    # "Zette Lier een eigen medewerker in?")
    ("deelnemers", "weak", "werkte|werkten ~6 mee ~4 traject|maatregel|expert"),
    ("deelnemers", "weak", "meegewerkt ~4 traject|maatregel|expert"),
    ("deelnemers", "weak", "traject|maatregel|expert ~4 meegewerkt"),
    ("deelnemers", "weak", "zette|zetten ~8 medewerker*|personeel*|ambtena*|expert ~4 in"),
    # a named municipality helped by or sending staff ("Kreeg Kortessem ondersteuning van een
    # medewerker uit Hasselt?", "Stuurde Ruiselede een medewerker op stage?"): strong, but only
    # with a municipality named, as the verbs say nothing of the measure about anyone else ("Kreeg
    # de VVSG ondersteuning ...?")
    (
        "deelnemers",
        "named",
        "kreeg|kregen|ontving|ontvingen|genoot ~4 ondersteuning|steun|hulp|bijstand|versterking "
        "~4 medewerker*|personeel*|ambtena*|expert|collega*",
    ),
    (
        "deelnemers",
        "named",
        "stuurde|stuurden|gestuurd|stuurt|sturen|detacheerde|detacheerden|gedetacheerd|zond|uitgezonden|"
        "vaardigde|vaardigden|afgevaardigd ~6 medewerker*|personeel*|"
        "ambtena*|expert|collega*",
    ),
    # ... the participle after its object ("een eigen medewerker naar een andere gemeente gestuurd")
    (
        "deelnemers",
        "named",
        "medewerker*|personeel*|ambtena*|expert|collega* ~8 gestuurd|gedetacheerd|uitgezonden|afgevaardigd",
    ),
    ("trajecten", "strong", "hoeveel|aantal|overzicht|lijst|welk|oplijsting ^3 traject"),
    ("trajecten", "strong", "hoeveel|aantal ^3 aanvraag|aanvragen"),
    # applications approved: "Hoeveel dossiers kregen groen licht?"
    ("trajecten", "strong", "groen ~1 licht"),
    (
        "trajecten",
        "strong",
        "traject ~4 opgestart|gestart|start*|lopen*|liep*|afgerond|beeindigd|"
        "stopgezet|aangevraagd|goedgekeurd|afgewezen|ondernom*|gerealiseerd|uitgevoerd|status",
    ),
    ("trajecten", "strong", "graag|overzicht|lijst|oplijsting ~2 per traject"),
    ("trajecten", "weak", "traject|uitvoering"),
    ("trajecten", "weak", "stand ~1 zaken"),
    ("meerwaarde", "strong", "meerwaard*|rapport|verslag|opbrengst|opgeleverd"),
    (RESULTS, "strong", "resultat*|resultaat"),
    ("meerwaarde", "strong", "doel|doelen|doelstel* ~8 " + _REACHED),
    ("meerwaarde", "strong", "tevred*|verankerd|verankering|ingebed|inbed*"),
    ("meerwaarde", "strong", _REACHED + " ~6 doel|doelen|doelstel*"),
    ("meerwaarde", "strong", "toegevoegd ~1 waarde"),
    # what was learnt kept after the trajectory ("een vast onderdeel van de werking")
    ("meerwaarde", "strong", "vast|vaste ~1 onderdeel|bestanddeel|praktijk"),
    ("meerwaarde", "strong", "structureel ~2 opgenomen|ingebouwd|ingebed|verankerd"),
    # anchoring: the approach "maakt deel uit van de reguliere werking", "in de reguliere werking"
    ("meerwaarde", "strong", "deel ~4 uit|uitmaakt|uitmaken|uitmaakte|uitmaakten ~5 " + _PRACTICE),
    ("meerwaarde", "strong", "regulier*|gewon ~1 " + _PRACTICE),
    # an approach taken over into the receiver's own work ("overgenomen in het eigen beleid")
    ("meerwaarde", "strong", _ADOPTED + " ~8 " + _PRACTICE),
    ("meerwaarde", "strong", _PRACTICE + " ~3 " + _ADOPTED),
    # the score the parties gave ("Welk cijfer gaven de aanbiedende gemeenten aan de samenwerking?")
    ("meerwaarde", "strong", "cijfer|cijfers|score|scores|punt|punten|rapportcijfer ~8 " + _GAVE),
    ("meerwaarde", "strong", _GAVE + " ~8 cijfer|cijfers|score|scores|punt|punten|rapportcijfer"),
    # ... unless they score better than others ("Scoorden de deelnemende gemeenten beter dan ...?"):
    # a comparison, the evaluation
    ("meerwaarde", "strong", _PARTIES_APPRAISE, _SCORES_BETTER),
    ("meerwaarde", "strong", "leverde|leverden|levert|leveren ~6 op", _TIME + "|maand|maanden"),
    (
        "budget",
        "strong",
        "budget|benut|uitgegev*|uitbetaald|betaald|vereff*|uitgav*|terugvorder*|teruggevorderd|terugbetaald|terugbetal*|teruggestort|terugstort*|"
        "saldo|uitgekeerd|uitker*|betaling|betalingen|aangerekend|toegezegd|toezeg*|begrotingsartikel*",
    ),
    # commitments; not what a call or a rule "vastlegde" ("de criteria die in de oproep waren vastgelegd")
    ("budget", "strong", "vastgelegd|vastleg*", _LAID_DOWN),
    # money that reached the beneficiaries ("welk deel is op hun rekening beland"): payments
    ("budget", "strong", "op ~2 rekening ~2 beland|gestort|terechtgekomen|terecht|gekomen|verschenen"),
    ("budget", "strong", _RECEIVED),
    # a count with no noun and a verb of money ("Hoeveel werd er in 2023 aan Limburgse gemeenten
    # vereffend?"): the amount is asked, whoever received it
    ("budget", "strong", _COUNT_NO_NOUN + " ~10 " + _MONEY_MOVED, _NOT_MONEY),
    # time spent is no money: "Hoeveel uren besteedde de expert ...?"
    ("budget", "strong", "bested*", _TIME + "|dag|maand|maanden|tijd"),
    ("budget", "strong", "subsidie|subsidies"),
    ("budget", "strong", "hoeveel ^1 geld|euro"),
    ("budget", "strong", "welk|hoeveel|totale ^1 bedrag|bedragen"),
    ("budget", "weak", "financier*|gefinancierd|compensatie*|vergoed*|bedrag|geld|kost"),
    (
        "criteria",
        "strong",
        "criteria|voldoen|voldoet|voldeed|voldeden|geselecteerd|selectie",
    ),
    ("criteria", "strong", _EXPECTED_OF),
    # eligibility: "om in aanmerking te komen", "kwamen in aanmerking"
    ("criteria", "strong", "in aanmerking ~1 kom*|kwam|kwamen"),
    ("criteria", "strong", "kom*|kwam|kwamen ~3 in aanmerking"),
    # what one must have to take part ("Over welke kennis moet een ambtenaar beschikken ...?")
    ("criteria", "strong", _REQUIRED),
    ("criteria", "strong", _DEMANDED),
    # the experience an expert had ("Hoeveel experten hadden minstens vijf jaar ervaring?"): the
    # criteria they meet
    ("criteria", "strong", "jaar|jaren ~3 ervar*|werkervar*|beroepservar*|ancienniteit|praktijk"),
    ("criteria", "strong", "welk|hoeveel ~6 gelden|geldt|golden ~2 er ~1 voor"),
    # experience asked of a candidate ("ervaring op het terrein", "achter de rug hebben")
    ("criteria", "strong", "ervaring|ervaringen ~3 terrein|veld|werkveld|praktijk|sector|armoedebeleid"),
    ("criteria", "strong", _BEHIND),
    # an appraisal by the parties themselves is their satisfaction score (meerwaarde)
    ("evaluatie", "strong", "evalu*|geevalu*|beoordeel*|beoordel*", _PARTIES_APPRAISE),
    (
        "evaluatie",
        "strong",
        "doeltreffend*|doelmatig*|effectiviteit|efficientie|effect|impact|indicator|armoedecijfer*|"
        "kansarm*|leefloon*|leeflon*",
    ),
    ("evaluatie", "strong", "werkt|werkte|werken ~2 maatregel"),
    # the measure itself appraised ("Hoe evalueert de minister deze maatregel?"): see REMAINDERS
    (
        "evaluatie",
        "strong",
        "minister|regering deze|de|het|die maatregel|actie|uitwisseling|traject|project|aanpak",
        # not a breakdown asked of the minister ("Kan de minister die trajecten per jaar weergeven?")
        _REQUEST_VERBS,
    ),
    ("evaluatie", "strong", "vergelijk*|vergelek* ~4 gemeente|niet|andere"),
    ("evaluatie", "strong", "tegenover ~3 niet ~1 deelnem*"),
    # a comparison with other municipalities ("afgezet tegen gemeenten zonder uitwisseling",
    # "scoren de deelnemende gemeenten beter dan ...")
    ("evaluatie", "strong", "afgezet ~1 tegen ~3 gemeente|niet|ander*"),
    ("evaluatie", "strong", "gemeente|besturen ~1 zonder ~2 traject|expert|deelname"),
    ("evaluatie", "strong", _SCORES_BETTER),
    ("evaluatie", "strong", "beter|slechter|hoger|lager|gunstiger ~2 scor*|scoord*"),
    # indicators of poverty the evaluation holds ("het aandeel inwoners met een verhoogde tegemoetkoming")
    ("evaluatie", "strong", "verhoogd* ~1 tegemoetkom*"),
    ("evaluatie", "strong", _POVERTY + " ~14 " + _CHANGED),
    ("evaluatie", "strong", _CHANGED + " ~4 " + _POVERTY),
    ("evaluatie", "strong", _POVERTY + " ~16 dan ~3 elders|ander*|rest"),
    ("evaluatie", "weak", "conclusie*|lessen"),
    ("per_provincie", "strong", "per|welk|elk ^1 provincie|provincies"),
    ("per_provincie", "strong", "elk|elke|ieder|iedere ~3 provincie|provincies"),
    ("per_provincie", "strong", "provincie|provincies ~2 gespreid|verspreid|verdeeld"),
    ("per_provincie", "strong", "gespreid|verspreid|verdeeld ~3 provincie|provincies"),
    # "Hoe verdelen de trajecten zich over de provincies?"
    ("per_provincie", "strong", "zich ~1 over ~2 provincie|provincies"),
    (
        "per_provincie",
        "strong",
        "opgesplitst|uitgesplitst|opsplitsing|uitsplitsing|spreiding|verdel*|verdeeld|volgens "
        "~5 provincie|provincies",
    ),
    (
        "per_provincie",
        "strong",
        "provincial|provinciaal|geografisch* ~1 spreiding|verdel*|verdeeld|opsplitsing",
    ),
    (
        "per_jaar",
        "strong",
        "per|elk|welk ~1 jaar|jaren|begrotingsjaar|oproep|oproepjaar|kalenderjaar|werkingsjaar",
    ),
    ("per_jaar", "strong", "jaarlijk*"),
    (TREND, "strong", "evolutie|evolueerde|evolueerden|geevolueerd"),
    ("per_jaar", "strong", "verloop ~3 jaar|jaren"),
    ("per_jaar", "strong", "jaar ~1 na|op ~1 jaar"),
    ("per_jaar", "strong", "opgesplitst|uitgesplitst|opsplitsing|uitsplitsing ~3 jaar|jaren"),
    (
        "per_thema",
        "strong",
        "thema|themas|thematisch*|onderwerp*|domein*|beleidsdomein*|"
        "problematiek*|uithuiszet*|kinderarmoede|schuldhulp*|schuldbemiddeling",
    ),
    ("per_thema", "strong", "waarover|waarrond ~3 traject"),
    # the aspects of the policy exchanged ("Over welke aspecten van het armoedebeleid wisselden ...?")
    (
        "per_thema",
        "strong",
        "aspect*|facet*|vlakken|terreinen|luiken ~4 beleid|armoede|armoedebeleid|armoedebestrijding|werking|"
        "aanpak",
    ),
    ("per_thema", "strong", "traject ~2 werkten|werkte|werken|gingen|ging|draaiden ~1 rond|over"),
    ("per_thema", "strong", "onthaal*|participatie|impactmeting|organisatieontwikkeling"),
    ("per_model", "strong", "model|modell|mentor|mentoring*|stag|stages|stagiair*|formule"),
    # an amount per trajectory, in any word for money ("de gemiddelde subsidie per traject")
    (
        "kost_per_traject",
        "strong",
        _PER_TRAJECT_MONEY + " ~10 per ~2 traject",
    ),
    # the highest or lowest amount a trajectory got ("Welk traject kreeg het hoogste bedrag?")
    ("kost_per_traject", "strong", "traject ~8 " + _EXTREME + " ~2 " + _PER_TRAJECT_MONEY),
    ("kost_per_traject", "strong", _EXTREME + " ~2 " + _PER_TRAJECT_MONEY + " ~8 traject"),
    # amounts compared between kinds of trajectory ("Liggen de bedragen voor mentoringtrajecten hoger
    # dan die voor stages?")
    ("kost_per_traject", "strong", _PER_TRAJECT_MONEY + " ~6 " + _KINDS + " ~8 " + _HIGHER),
    ("kost_per_traject", "strong", _KINDS + " ~6 " + _PER_TRAJECT_MONEY + " ~8 " + _HIGHER),
    # whether amounts exceeded the ceiling ("Werd het plafond per project ooit overschreden?")
    ("kost_per_traject", "strong", "plafond|maxim* ~10 " + _EXCEEDED),
    ("kost_per_traject", "strong", _EXCEEDED + " ~10 plafond|maxim*"),
    # an average per trajectory paid out ("Hoeveel werd er gemiddeld per traject uitgekeerd?",
    # "Wat ontving een aanbiedend bestuur gemiddeld per uitwisseling?")
    (AVERAGE_PAID, "strong", "gemiddeld* ~1 per ~2 traject ~8 " + _PAID),
    (AVERAGE_PAID, "strong", _PAID + " ~8 gemiddeld* ~1 per ~2 traject"),
    # amounts against the ceiling ("Welke trajecten bleven ver onder het plafond?"); a count of them
    # ("Hoeveel trajecten bleven onder het plafond?") stays the trajectories
    ("kost_per_traject", "strong", _AGAINST_CEILING, "hoeveel|aantal ^2 traject"),
    (
        "kost_per_traject",
        "strong",
        "gemiddeld* ^3 kost*|bedrag|compensatie|vergoed*|prijs|tegemoetkom*|toelag*",
    ),
    # money that went on average to one trajectory ("Hoeveel geld ging er gemiddeld naar één traject?")
    ("kost_per_traject", "strong", _MONEY + " ~6 gemiddeld* ~3 naar|per|voor|aan ~2 traject"),
    # how far amounts per trajectory lay apart, the cheapest against the dearest: their spread
    ("kost_per_traject", "strong", "goedkoopst*|duurst*"),
    ("kost_per_traject", "strong", "kost*|kostte ~2 traject"),
    ("kost_per_traject", "strong", "traject ~2 kost*"),
    ("vte", "strong", "vte|fte|voltijd*|halftijd*"),
    ("vte", "strong", "hoeveel|aantal|omvang ^1 inzet|uren|uur|maand|tijd"),
    ("vte", "strong", "uren|gepresteerd*|presteerd*|mensmaand*|werkmaand*|tijdsbested*|tijdsinvest*"),
    # time worked in any unit ("procent van zijn werktijd", "werkdagen", "twee dagen per week",
    # "deeltijds"): a share or amount of time asked is the time given, not who gave it (WORKED)
    ("vte", "strong", "werktijd|arbeidstijd|werkdag|werkdagen|werkweek|werkweken|deeltijd*|werkuren"),
    ("vte", "strong", "uurrooster*|werkrooster*|mensdag*"),
    ("vte", "strong", "dag|dagen ~3 week|maand"),
    (WORKED, "strong", "hoeveel|aantal|gemiddeld*|procent|percentage|aandeel|deel ~8 " + _TIME),
]


@lru_cache(maxsize=16)
def _compiled_cue(spec: str) -> re.Pattern:
    return _either(spec)


def _either(spec: str) -> re.Pattern:
    """A cue of alternatives separated by ' || ', each a cue of its own."""
    return re.compile("|".join(_cue(part).pattern for part in spec.split(" || ")))


@lru_cache(maxsize=1)
def _compiled() -> tuple[list, list]:
    open_cues = [(kind, _cue(spec), _either(rest[0]) if rest else None) for kind, spec, *rest in OPEN_CUES]
    block_cues = [
        (block, strength, _either(spec), _either(rest[0]) if rest else None)
        for block, strength, spec, *rest in BLOCK_CUES
    ]
    return open_cues, block_cues


# --- matching ----------------------------------------------------------------------------------

_ABBREVIATIONS = set("nr bv bijv o.a t.e.m enz art vs st ca resp i.v.m m.b.t".split())
_REQUEST = re.compile(
    r"\b(graag|gelieve|verneem|vernemen|geef|bezorg|overzicht|oplijsting|opsomming|opsplitsing|"
    r"uitsplitsing|meedelen|toelichten|aangeven|oplijsten)\b"
)
_BACK_REFERENCE = re.compile(
    r"\b(daarvan|hiervan|daarbij|hierbij|daarin|hierin|daaronder|daarvoor|hiervoor|daarmee|hiermee|"
    r"(deze|die|dezelfde|diezelfde|datzelfde|beide)( hele| gehele| volledige| zelfde)?"
    r"( twee| drie| vier| vijf)? "
    r"(trajecten|gemeenten|besturen|experten|experts|periode|jaren|provincie|provincies|oproep|"
    r"oproepen|aanvragen|middelen|kredieten|bedragen|budgetten|uitgaven|subsidie|subsidies|compensatie|"
    r"aantallen|cijfers|gegevens|getallen|vastleggingen|betalingen|uitwisselingen|medewerkers|"
    r"onderbenutting|overbenutting|kosten|rapporten|resultaten|inzet|uren|prestaties))\b|\b(dat|dit)\s*\?\s*$|"
    r"\b(dat|dit) zich\b|"
    # the year of the previous sub-question ("in datzelfde jaar", "dat jaar", "hetzelfde begrotingsjaar";
    # not "dit jaar", the question's own year)
    r"\b(dat|datzelfde|hetzelfde|(dat|het) zelfde) (begrotings|kalender|werkings)?jaar\b|"
    # a party of what the previous one asked ("Was Borsbeek daar ook bij?", "Zat Lier erbij?")
    r"\bdaar( \w+){0,3} (bij|onder)\b|\berbij\b|"
    # "Kan de minister dat per jaar uitsplitsen?": the previous figure (pronouns: see _PRONOUN)
    r"\bminister (dat|dit)\b|"
    r"\b(komt|stemt|betekent|vertegenwoordigt|bedraagt|bedroeg|was|waren|is|zijn) (dat|dit)\b"
)

# A pronoun for the previous subject ("Hoeveel voltijdse equivalenten vertegenwoordigen zij
# samen?") refers back, unless a name comes before it in the sub-question, which it stands for
# ("welke compensatie Genk en Bilzen ontvingen, en wat deden zij", "Heeft de VVSG ..., of moest ze").
_PRONOUN = re.compile(r"\b(?:zij|ze|hen)\b")
_NAME_BEFORE = re.compile(r"(?<![.?!]\s)(?<!^)\b[A-Z][\w'’-]*")


def _pronoun_back(text: str) -> bool:
    """Whether a pronoun in the text stands for the previous sub-question's subject."""
    m = _PRONOUN.search(text)
    return m is not None and not _NAME_BEFORE.search(text[: m.start()].strip())


# The previous question asked again of another year or place, in a few words: "En in 2022?",
# "En voor Limburg?", "Maar in Gent?"
_ELLIPSIS = re.compile(r"^\s*(en|maar) (in|voor|bij|tijdens) [^.?!]{1,60}\?\s*$")

# The previous question asked again of another population: "Was dat bij elke expert het geval?",
# "Geldt dit ook voor de stagetrajecten?"
_SAME_CASE = re.compile(r"\b(dat|dit)\b[^.?!]*\bhet geval\b|\b(geldt|gold|golden) (dat|dit)\b")


def sentences(text: str) -> list[str]:
    """The sentences of a sub-question (not split after 'nr.', 'bv.', 't.e.m.' and the like)."""
    out, start = [], 0
    for m in re.finditer(r"[.?!]+(?=\s|$)", text):
        before = re.search(r"(\S+)$", text[start : m.start()])
        after = text[m.end() :].lstrip()[:1]
        if m.group().startswith(".") and (
            (before and before.group(1).lower().strip("(") in _ABBREVIATIONS) or after.islower()
        ):
            continue
        out.append(text[start : m.end()].strip())
        start = m.end()
    if text[start:].strip():
        out.append(text[start:].strip())
    return out


_NEXT_QUESTION = re.compile(
    r";\s*|,?\s+en\s+(?=(?:(?:om|met|op|in|voor|vanuit) )?(?:hoe|wat|welke?|wie|waarom|wanneer|hoeveel|"
    r"in hoeverre|is|zijn|zal|zullen|plant|wordt|worden|werd|werden|heeft|hebben)\b)"
)


def _counting(sents: list[str]) -> list[str]:
    """The questions and requests of a sub-question (all its sentences when it has none), each
    split where a second question is joined to it ("Hoeveel ..., en hoe wil de minister ...?")."""
    asked = [s for s in sents if s.rstrip().endswith("?") or _REQUEST.search(_fold(s))]
    return [part for s in asked or sents for part in _NEXT_QUESTION.split(s) if part.strip()]


# Words before "de minister" that do not make the minister the one who acts: prepositions,
# conjunctions, the verbs of a polite request, and asking for figures the minister holds.
_NOT_MINISTER_ACTS = frozenset(
    "van door aan voor met bij tot naar over op om in dat die en of als hoe wat welk kan kon wil zou "
    "zal is was heeft had beschikt geeft bezorgt verklaart ook nog al dan".split()
)
# The minister's own appraisal of the measure ("Hoe evalueert de minister deze maatregel?"): the
# evaluation block gives the facts, the appraisal is the cabinet's to write.
_MINISTER_JUDGES = frozenset("evalueert beoordeelt evalueerde beoordeelde".split())
_ACTS = re.compile(r"(?<!\S)(\S+) de (?:minister|regering)(?!\S)")
_JUDGES = re.compile(r"(?<!\S)(?:" + "|".join(sorted(_MINISTER_JUDGES)) + r") de (?:minister|regering)(?!\S)")
# ... also as a noun ("Welke evaluatie maakt de minister van de maatregel?", "Welke balans trekt de
# minister?"): the same appraisal, the noun its subject.
_JUDGEMENT = (
    "evaluatie|beoordeling|balans|appreciatie ~2 maakt|maakte|geeft|gaf|heeft|had|trekt|trok|velt|velde|"
    "opmaakt|opmaakte de minister|regering"
)
# Kinds of open sentence that a block still answers in part, the rest left to the cabinet: the
# reasons for budget use that the data record, and the minister's appraisal of the measure.
REMAINDERS = frozenset({"verklaring", "oordeel"})


def _open_kind(tokens: str, has_subject: bool) -> str | None:
    open_cues, _ = _compiled()
    for kind, cue, unless in open_cues:
        if not cue.search(tokens) or (unless is not None and unless.search(tokens)):
            continue
        if kind in ("uitwerking", "werkwijze") and has_subject:
            continue
        if cue.pattern == _compiled_cue(_AFTER_END).pattern and _in_the_past(tokens):
            continue
        return kind
    acts = _ACTS.search(tokens)
    if acts and (acts[1] in _MINISTER_JUDGES or _compiled_cue(_JUDGEMENT).search(tokens)):
        return "oordeel"
    if acts and acts[1] not in _NOT_MINISTER_ACTS:
        return "minister"  # "Welke lessen neemt de minister mee?", "Welke indicator gebruikt de minister?"
    return "toekomst" if _compiled_cue(_PLAN_TO_COME).search(tokens) else None


def _blocks_in(tokens: str, named: bool = False) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """(position, block) of the strong and of the weak cues in a token string; the cues of a
    named municipality's part in the measure only when the text names one (`named`)."""
    _, block_cues = _compiled()
    strong, weak = [], []
    for block, strength, cue, unless in block_cues:
        if (unless is not None and unless.search(tokens)) or (strength == "named" and not named):
            continue
        strength = "strong" if strength == "named" else strength
        for m in cue.finditer(tokens):
            (strong if strength == "strong" else weak).append((m.start(), block))
    return strong, weak


def _choose(strong: list[tuple[int, str]], weak: list[tuple[int, str]]) -> tuple[str, ...]:
    """The blocks of a sub-question from its cues (rule 4 of the module docstring)."""
    if strong:
        trend = () if any(b == "evaluatie" for _, b in strong) else ("per_jaar",)
        strong = [(p, c) for p, b in strong for c in (trend if b == TREND else (b,))]
        results = "evaluatie" if any(b == "evaluatie" for _, b in strong) else "meerwaarde"
        strong = [(p, results if b == RESULTS else b) for p, b in strong]
    if strong:
        found = {b for _, b in strong}
        drop = {"trajecten", "deelnemers"} if found & set(BREAKDOWNS) else set()
        if WORKED in found:  # an amount of time worked: the time, not who worked it
            drop.add("deelnemers")
            strong = [(p, "vte" if b == WORKED else b) for p, b in strong]
        if AVERAGE_PAID in found:  # an average per trajectory: the amount, not who received it
            drop.add("deelnemers")
            strong = [(p, "kost_per_traject" if b == AVERAGE_PAID else b) for p, b in strong]
            found.add("kost_per_traject")
        if "kost_per_traject" in found:
            drop |= {"budget", "trajecten"}
        ordered = [b for _, b in sorted(strong) if b not in drop]
        return tuple(dict.fromkeys(ordered))
    if weak:
        hits = [b for _, b in sorted(weak)]
        return (max(dict.fromkeys(hits), key=hits.count),)
    return ()


def match(nr: int, text: str, asked: date, previous: SubQuestion | None = None) -> SubQuestion:
    """One sub-question matched to its blocks and selection, or left open with the reason;
    `previous` is the sub-question before it, which a reference back ("daarvan") points to."""
    sents = sentences(text)
    strong, weak, left = _cues_of(_counting(sents))
    if not (strong or weak or left):  # "Hoeveel daarvan ...?" asks, and the subject is in the scene
        strong, weak, left = _cues_of(sents, scene=True)
    selection = select(text, asked)
    folded = _fold(text)
    same = previous is not None and _SAME_CASE.search(folded) is not None
    # "En in 2022?": the previous question of the year or place it names
    again = previous is not None and _ELLIPSIS.match(folded) is not None and selection != Selection()
    back = (
        same
        or again
        or (previous is not None and (_BACK_REFERENCE.search(folded) is not None or _pronoun_back(text)))
    )
    if back:  # what it does not name itself, it takes from the sub-question it refers to
        selection = _carried(selection, previous.filters)
    blocks = _choose(strong, weak)
    if same and not strong and not _opened(left):  # "Was dat bij elke expert het geval?": the previous again
        blocks, left = previous.blokken, [(text, previous.soort)] if previous.soort else left
    elif (
        back and not blocks and not _opened(left) and (again or _asks_data(text, " ".join(words(text)), True))
    ):
        blocks = previous.blokken  # nothing named but the previous subject, and a figure asked
    if selection.gemeente and "budget" in blocks:  # the budget is set for all of Flanders
        blocks = tuple(dict.fromkeys("deelnemers" if b == "budget" else b for b in blocks))
    future = bool(selection.jaar) and min(selection.jaar) > asked.year
    kind = None
    if blocks and future:
        blocks, kind = (), "toekomst"
    elif not blocks:
        opened = _opened(left)
        kind = opened[0][1] if opened else "toekomst" if future else left[0][1] if left else "onbekend"
    return SubQuestion(
        nr=nr,
        tekst=text,
        blokken=blocks,
        filters=selection,
        reden=REASONS[kind] if kind else None,
        soort=kind,
        open_delen=tuple((s, REASONS[k]) for s, k in _opened(left)) if blocks else (),
    )


def _carried(own: Selection, previous: Selection) -> Selection:
    """A selection that refers back: its own years and places, and the previous ones where it
    names none ("Hoeveel werd er in die periode aan Vlaams-Brabantse gemeenten betaald?"). Places
    among the previous ones name a party of what it refers to: "de Antwerpse expert in die
    trajecten" keeps the trajectories of Antwerpen with Borsbeek."""
    within = not own.provincie and set(own.gemeente) <= set(previous.gemeente)
    places = (previous.provincie, previous.gemeente) if within else (own.provincie, own.gemeente)
    return Selection(own.jaar or previous.jaar, *places)


NOT_ASKED = frozenset({"vorm", "onbekend"})  # a part that asks nothing of the data, with or without a subject


def _opened(left: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The parts left to the cabinet for a signal of their own (not merely for not asking)."""
    return [(s, k) for s, k in left if k not in NOT_ASKED]


# Positive evidence that a part asks for something the data hold (rule 4 of the docstring): a
# number, an amount or a share; a distribution, a trend or a comparison; an overview or figures
# requested; a yes or no on a recorded fact ("Klopt het dat ...?"). Written as cues, like the rest.
ASK_CUES = (
    "hoeveel|aantal|aantallen|gemiddeld*|totaal|totale|procent|percentage|aandeel|hoogste|laagste|"
    "meeste|minste|vaakst|hoogst|laagst|spreiding|verdeling|evolutie",
    "welk deel",
    "in welke mate",
    "in hoeverre",  # "In hoeverre slaagden de gemeenten erin ...?": a degree, as "in welke mate"
    "hoe vaak|lang|groot|hoog|tevreden|positief|negatief|evolueerde|evolueerden|evolueert|evolueren|scoren|"
    "scoorden|scoort",
    "hoe ~8 verdeeld|gespreid|verspreid",
    "hoe ~1 verhoudt|verhouden|verhield|verhielden",
    "uiteen",  # "Hoe ver liepen de bedragen uiteen?": a spread
    "verschil|verschillen ~6 tussen",
    # "Liggen de bedragen voor mentoring hoger dan die voor stages?": a comparison of amounts
    _MONEY + "|tegemoetkom*|toelag* ~10 " + _HIGHER,
    # "Doen de deelnemende gemeenten het beter dan vergelijkbare gemeenten?": a comparison
    "beter|slechter|gunstiger|sterker|zwakker ~12 dan ~2 vergelijk*|ander*|gemeente|elders|niet",
    "hoe evalueert|beoordeelt|evalueerde|beoordeelde",
    "graag|gelieve|overzicht|lijst|oplijsting|opsomming|opsplitsing|uitsplitsing",
    # "Kan de minister de vastleggingen sinds 2021 in een tabel weergeven?" ("Kan de minister
    # toelichten waarom ...?" is left open by its "waarom")
    "kan|kon|wil ~1 minister ~12 meedelen|geven|weergeven|oplijsten|opsommen|bezorgen|toelichten|"
    "aangeven|verduidelijken|preciseren|uitsplitsen|opsplitsen|tonen|opsommen",
    "klopt het",
)
# A yes or no on a recorded fact opens with a verb in the past (or the present of a state: "Is er
# sprake van ...?", "Zijn die rapporten beschikbaar?"); one that opens with "Wordt", "Zal",
# "Kan" or "Komt" asks about policy, a possibility or the future, and is no evidence.
PAST_VERBS = (
    "werd werden was waren had hadden ontving ontvingen nam namen kreeg kregen voldeed voldeden leende "
    "leenden liep liepen ging gingen bereikte bereikten leverde leverden beschikte startte startten "
    "stelde stelden gaf gaven beantwoordde beantwoordden scoorde scoorden bleef bleven daalde daalden steeg "
    "stegen stuurde stuurden detacheerde detacheerden zat zaten overschreed overschreden"
)
YES_NO_VERBS = PAST_VERBS + " heeft hebben is zijn beschikt voldoen voldoet beantwoorden beantwoordt"
_QUESTION_WORDS = frozenset(words("hoeveel welk welke wie wat hoe waar waarom wanneer bij in aan"))


def _in_the_past(tokens: str) -> bool:
    """Whether a sentence asks in the simple past: it opens with a verb in the past ("Werd ...?")
    or among the five words after its question word ("Hoeveel van de deelnemende gemeenten kregen
    ...?")."""
    past = _ask_patterns()[1][2]
    head = tokens.split()[:6]
    if not head:
        return False
    if head[0] in past:
        return True
    return head[0] in _QUESTION_WORDS and any(w in past for w in head[1:6])


# Verbs of taking part that open a yes or no only about a named municipality ("Werkte Nazareth
# mee aan een traject?", "Zette Lier een eigen medewerker in?"; not "Werkte de VVSG mee ...?").
TAKING_PART_VERBS = "werkte werkten zette zetten"


# A list asked ("Welke <noun> ...?") counts when its noun is something the data record (after
# adjectives such as "Oost-Vlaamse" or "ontvangende"): "Welke gemeenten", not "Welke knelpunten".
LIST_NOUNS = (
    "gemeenten besturen steden trajecten experten budget kredieten begrotingskredieten middelen geld euro "
    "mentoring stage stages vte fte equivalenten maanden uur tijd dagen werkdagen werkuren werktijd "
    "bedrag bedragen kosten kostprijs compensatie compensaties subsidie subsidies uitgaven betalingen "
    "vastleggingen terugvorderingen saldo saldi begunstigden aanvragen criteria voorwaarden vereisten thema "
    "thema's onderwerpen model modellen provincie provincies rapporten verslagen resultaten "
    "meerwaarde doelen doelstellingen scores tevredenheid effecten verschillen indicator indicatoren "
    "toelichting stagiairs uren deelnemers competenties cijfer rapportcijfer score punten aspecten facetten "
    "jaar jaren begrotingsartikel begrotingsartikels begrotingsartikelen problematieken problematiek "
    "mensdagen mensmaanden werkmaanden manuren verschuiving verschuivingen armoedecijfers armoedeindicatoren"
)
LIST_ADJECTIVES = (
    "s en of de het een alle halve hele west oost vlaamse vlaams brabantse limburgse antwerpse ontvangende "
    "aanbiedende deelnemende betrokken lokale kleine grote andere vroegere afgeronde lopende concrete "
    "precieze bijbehorende verschillende voltijdse halftijdse gemiddelde totale effectieve nieuwe "
    "eerste laatste jaarlijkse gepresteerde toegekende goedgekeurde gezamenlijke eigen"
)


@lru_cache(maxsize=1)
def _ask_patterns() -> tuple[list[re.Pattern], tuple[frozenset[str], ...], frozenset, frozenset]:
    """The ask cues, the stems of the verbs of a yes or no (and of those about a named
    municipality taking part, and of those in the past), the stems of what the data record, and
    the adjectives (as written, folded) that may stand before it."""
    nouns = frozenset(words(LIST_NOUNS)) | frozenset(SYNONYMS)
    adjectives = frozenset(re.findall(r"[a-z]+", _fold(LIST_ADJECTIVES)))
    verbs = frozenset(words(YES_NO_VERBS)), frozenset(words(TAKING_PART_VERBS)), frozenset(words(PAST_VERBS))
    return [_cue(spec) for spec in ASK_CUES], verbs, nouns, adjectives


def _asks_data(part: str, tokens: str, has_subject: bool) -> bool:
    """Whether a part asks for something the data hold: a count or a list of what the data record
    ("Hoeveel gemeenten ...?", "Aan welke criteria ...?", not "Hoeveel klachten ...?" or "Welke
    knelpunten ...?"), a figure, share, distribution or overview, a yes or no on a recorded fact,
    or a value of a subject they hold ("Wat was de gemiddelde kost?"). A requirement asked ("Over
    welke ervaring moet een expert beschikken?") is a list of the criteria, staff in a role of the
    measure are its participants, and money received is the budget: each asks in its own words."""
    if any(_compiled_cue(cue).search(tokens) for cue in (_REQUIRED, _DEMANDED, _STAFF, _BEHIND, _IN_UNITS)):
        return True
    named = bool(municipalities(part, date.today()))  # a municipality named: a party of the measure
    if _compiled_cue(_RECEIVED).search(tokens) and (named or _compiled_cue(_PARTY).search(tokens)):
        return True
    counted = _counted(part)
    if counted is not None:
        return counted
    tokens = re.sub(r"^(?:en|mar|dus) ", "", tokens)  # "En wat was dat?" asks as "Wat was dat?" ("mar": maar)
    cues, (verbs, taking_part, _) = _ask_patterns()[:2]
    first = tokens.split(" ", 1)[0]
    if any(cue.search(tokens) for cue in cues) or first in verbs:
        return True
    if first in taking_part and (named or _compiled_cue(_PART_TIME).search(tokens)):
        return True  # "Werkte Lier mee ...?", "Werkten de experten halftijds ...?"
    valued = re.match(r"wat (?:is|was|war|zijn|bedroeg|leverd\S*|kost\S*)(?!\S)", tokens)
    return has_subject and bool(valued)


# What may follow "hoeveel" or "welk" in place of a noun: an amount or share asked, the subject
# named further on ("Hoeveel bedroeg ...?", "Hoeveel daarvan ...?", "Hoeveel heeft de stad ...
# ontvangen?", "Hoeveel volgens het mentoringmodel?", "Welk deel ...?", "In welke mate ...?").
COUNT_WORDS = frozenset(
    "van daarvan hiervan procent percent keer maal werd werden bedroeg bedroegen bedraagt kostte kostten "
    "is was zijn waren er mate deel percentage aandeel bedrag heeft hebben had hadden bleef bleven kreeg "
    "kregen ontving ontvingen betaalde betaalden ging gingen gaf gaven telde telden besteedde leverde "
    "leverden volgens in per op met voor aan tot bij uit gevallen keren".split()
)


def _counted(part: str) -> bool | None:
    """For a part that counts or lists ("hoeveel", "welk(e)"), whether what it counts or lists is
    something the data record (the first word after it that is no adjective or number, the
    head of a compound with a hyphen: "armoede-indicatoren"); None for a part that does neither,
    or that named what it counts before ("Trajecten in 2023, hoeveel nieuwe?")."""
    raw = [_head(w) for w in re.findall(r"[a-z0-9]+(?:['’-][a-z0-9]+)*", _fold(part))]
    at = next((i for i, w in enumerate(raw) if w in ("hoeveel", "welk", "welke")), None)
    if at is None:
        return None
    _, _, nouns, adjectives = _ask_patterns()
    after = [w for w in raw[at + 1 :] if not _ADJECTIVE.search(w) and w not in adjectives and not w.isdigit()]
    if not after:  # "..., en zo ja, hoeveel?", "Trajecten in 2023, hoeveel nieuwe?": named before
        return None
    return after[0] in COUNT_WORDS or bool(set(_canon(after[0])) & nouns)


# Adjectives by their ending ("inhoudelijke", "ontvangende", "praktische", "structurele"), beside
# those listed in LIST_ADJECTIVES.
_ADJECTIVE = re.compile(r"..(?:lijke|ische|ende|ige|ieve|bare|ale|ele)$")


def _head(word: str) -> str:
    """The head of a folded word: the last part of a compound with a hyphen, "'s" as "s"."""
    return re.sub(r"['’]s$", "s", word.split("-")[-1])


_ENUMERATED = re.compile(r"^\s*(?:[a-h]\)|[-–•])\s")
# Who a statement of the scene cites ("Volgens de VVSG startten er twaalf trajecten."): the source
# of a finding, no opinion of the question that follows.
_SOURCE = "volgens ~1 vvsg|administratie|agentschap|evaluat*|onderzoek*|studi*|cijfers|gegevens|rapport"


def _without_source(tokens: str) -> str:
    return _compiled_cue(_SOURCE).sub(" ", tokens)


def _cues_of(parts: list[str], scene: bool = False) -> tuple[list, list, list[tuple[str, str]]]:
    """Strong and weak (position, block) cues of the parts that ask the data, positions running on
    over the parts, and the parts left to the cabinet with their kind: open ones, those that do
    not ask the data (NOT_ASKED) and the remainders of parts answered in part (REMAINDERS).
    `scene`: the parts set the scene of a question that asks the data ("In 2023 startten twaalf
    trajecten. Hoeveel daarvan ...?"), so they need not ask themselves."""
    strong, weak, left, offset, asks = [], [], [], 0, False
    for n, part in enumerate(parts):
        tokens = " ".join(words(part))
        s_strong, s_weak = _blocks_in(tokens, named=bool(municipalities(part, date.today())))
        budget = any(b == "budget" for _, b in s_strong)
        # an enumerated item ("b) het toegekende bedrag") asks what the part it continues asks;
        # one that continues nothing (the first part) asks on its own
        continues = n > 0 and _ENUMERATED.match(part)
        asks = scene or (asks if continues else _asks_data(part, tokens, bool(s_strong)))
        subject = bool(s_strong) or bool(s_weak and asks)
        # the scene pass leaves out every source: a statement's is no opinion asked, and the
        # questions found nothing in the first pass with theirs
        kind = _open_kind(_without_source(tokens) if scene else tokens, subject)
        if kind == "verklaring" and budget:  # the reasons for budget use the data record
            asks = True
        if kind == "oordeel":  # the appraising verb names no subject: what is appraised does
            verb = _JUDGES.search(tokens)
            s_strong = [(p, b) for p, b in s_strong if verb is None or p != verb.start()]
            asks = asks or verb is None  # the appraisal as a noun asks its facts, as the verb does
        answered = kind in REMAINDERS and asks and bool(s_strong) and (kind == "oordeel" or budget)
        if kind or not asks:
            left.append((part, kind or ("vorm" if s_strong or s_weak else "onbekend")))
        if asks and (kind is None or answered):
            if {b for _, b in s_strong} & QUALITIES:  # the municipalities, trajectories or model asked
                s_strong = [(p, b) for p, b in s_strong if b not in ("deelnemers", "trajecten", "per_model")]
            strong += [(offset + p, b) for p, b in s_strong]
            weak += [(offset + p, b) for p, b in s_weak]
        offset += len(tokens) + 1
    return strong, weak, left


# --- selection ---------------------------------------------------------------------------------

_Y = r"(20[0-3]\d)"
# The mergers of 1 January 2025, named as "de fusie", "hun samenvoeging" and the like.
_MERGER = (
    r"(?:de|hun|zijn|haar|die|deze) (?:fusies?|samenvoegingen|samenvoeging|samensmelting(?:en)?|"
    r"fusering|fusionering)\b|(?:zijn|haar) ontstaan\b"
)


def first_call_year() -> int:
    """The first year a call can have, from the data contract."""
    return int(contract.get_dataset("trajecten").column("oproep").min)


# What may start in a year that a text counts from ("sinds de oproep van 2022", "vanaf de start in 2021").
_EVENTS = "oproep|projectoproep|start|lancering|opstart|begin|eerste oproep"
# How a text names years, tried in this order (each match is taken out before the next rule).
_YEAR_RULES = (
    (rf"\btussen {_Y} en {_Y}", "range"),
    (rf"{_Y} ?(?:-|–|/|tot en met|t\.e\.m\.?|tem|tot) ?{_Y}", "range"),
    (rf"\b(?:sinds|sedert|vanaf) (?:het jaar |begin |(?:de|het) (?:{_EVENTS}) (?:van |in )?)?{_Y}", "since"),
    (rf"\bna {_Y}", "after"),
    (rf"\b(?:tot en met|t\.e\.m\.?|tot) (?:eind )?{_Y}", "until"),
    (rf"vóór {_Y}", "before"),
    (r"\b(?:de |het )?(?:afgelopen|voorbije|laatste) (\d|twee|drie|vier|vijf) jaar\b", "past"),
    (r"\b(?:vorig|vorige|verleden|voorbije) jaar\b", "last"),
    (rf"\b(?:sinds|sedert|na) {_MERGER}", "merged"),
    (r"\b(?:dit|het lopende|het huidige) (?:begrotings|werkings|kalender)?jaar\b", "this"),
    (r"\b(?:dit (?:voorjaar|najaar)|deze (?:zomer|winter|lente|herfst))\b", "this"),
    (r"\bvolgend jaar\b", "next"),
    (rf"\b{_Y}\b", "year"),
)


def years(text: str, asked: date) -> tuple[int, ...]:
    """The years a text selects (rule 5 of the module docstring)."""
    t = _without_dates(re.sub(r"\s+", " ", text.lower()))
    found: set[int] = set()
    for pattern, kind in _YEAR_RULES:
        for m in re.finditer(pattern, t):
            found.update(_years_of(kind, m, asked.year))
        t = re.sub(pattern, " ", t)
    return tuple(sorted(found))


def _years_of(kind: str, m: re.Match, now: int) -> range | list[int]:
    if kind == "past":  # the N completed years before the question's
        n = int(m[1]) if m[1].isdigit() else ("twee", "drie", "vier", "vijf").index(m[1]) + 2
        return range(now - n, now)
    a = int(m[1]) if m.lastindex else now
    match kind:
        case "range":
            return range(a, int(m[2]) + 1)
        case "since":
            return range(a, max(a, now) + 1)
        case "after":
            return range(a + 1, max(a + 1, now) + 1)
        case "until":
            return range(first_call_year(), a + 1)
        case "before":
            return range(first_call_year(), a)
        case "last":
            return [now - 1]
        case "merged":  # since the mergers of 1 January 2025
            return range(reference.MERGER_DATE.year, max(reference.MERGER_DATE.year, now) + 1)
        case "next":
            return [now + 1]
    return [a]  # "this" (the question's year) and "year"


def _without_dates(t: str) -> str:
    """A lower-case text without the plan's period ("VAPA 2020-2024") and full dates ("op 13
    oktober 2020"); a date after "sinds" or "vanaf" leaves its year ("sinds 2022")."""
    plan = r"(?:vapa|actieplan\w*|armoedebestrijding)\W{0,3}(?:\(vapa\)\W{0,3})?"
    t = re.sub(plan + _Y + r" ?[-–] ?" + _Y, " ", t)
    day = rf"\d{{1,2}}(?:ste|de|e)? (?:{_MONTH_NAMES})\.? |\d{{1,2}}[/.-]\d{{1,2}}[/.-]"
    return re.sub(
        rf"\b(?:(sinds|sedert|vanaf) )?(?:{day}){_Y}\b",
        lambda m: f" {m[1]} {m[2]} " if m[1] else " ",
        t,
    )


PROVINCE_PATTERNS = {
    "Antwerpen": r"antwerpse?",  # the adjective; the name alone is the city (see provinces())
    "Limburg": r"limburg(?:se|s)?",
    "Oost-Vlaanderen": r"oost[- ]?vla(?:anderen|amse?)",
    "West-Vlaanderen": r"west[- ]?vla(?:anderen|amse?)",
    "Vlaams-Brabant": r"vlaams[- ]?brabant(?:se|s)?",
}
_PROVINCE_LIST = re.compile(r"\bprovincies?\s+(?:van\s+)?((?:[a-z-]+(?:\s*,\s*|\s+(?:en|of)\s+)?){1,5})")


# "Antwerpen" next to the name of another province ("in Antwerpen en West-Vlaanderen", "in
# Limburg of Antwerpen") is the province, not the city.
_OTHER_PROVINCE = r"(?:limburg|oost[- ]?vlaanderen|west[- ]?vlaanderen|vlaams[- ]?brabant)"
_NEXT_TO_A_PROVINCE = re.compile(
    rf"\bantwerpen(?:\s*,\s*|\s+(?:en|of)\s+){_OTHER_PROVINCE}\b|\b{_OTHER_PROVINCE}(?:\s*,\s*|\s+(?:en|of)\s+)antwerpen\b"
)


def provinces(text: str) -> tuple[str, ...]:
    """The provinces a text names, in alphabetical order (as the filters hold them)."""
    t = _fold(text)
    named = {p for p, pattern in PROVINCE_PATTERNS.items() if re.search(rf"\b{pattern}\b", t)}
    if "Antwerpen" in named and not _antwerp_is_province(t):
        named.discard("Antwerpen")
    if _NEXT_TO_A_PROVINCE.search(t) or any(
        "antwerpen" in re.findall(r"[a-z-]+", m[1]) for m in _PROVINCE_LIST.finditer(t)
    ):
        named.add("Antwerpen")
    return tuple(sorted(named))


def _antwerp_is_province(t: str) -> bool:
    """'Antwerpse gemeenten' (or besturen, steden) is the province; 'de Antwerpse expert' or
    'het Antwerpse stadsbestuur' is the city's. Other provinces may be named along ('Antwerpse en
    West-Vlaamse gemeenten')."""
    along = r"(?:\s*,\s*[\w-]+|\s+(?:en|of)\s+[\w-]+)*"
    return bool(re.search(rf"\bantwerpse{along}\s+(?:\w+\s+)?(?:gemeenten|besturen|steden|regio)\b", t))


# A clause that describes a named municipality ("het vroegere Zwijndrecht, dat toen nog tot de
# provincie Antwerpen behoorde, ...", "Kortessem, dat in 2025 met Hasselt fusioneert,", "Gooik,
# voordat het in Pajottegem opging,"): the province, year or municipality named in it is no
# selection. Any subordinate clause: a relative pronoun or a conjunction of time ("sinds" only
# before a clause, not before a year: "Gent, sinds 2021 ..." keeps its year).
_BEFORE = r"v[oó]{2}rdat|vooraleer|alvorens|(?:v[oó]{2}r|eer)(?=\s+(?:het|ze|zij|hij)\s+(?!eerst\b))"
_CLAUSE = (
    rf"dat|die|wat|waar\w*|{_BEFORE}|nadat|toen|totdat|tot(?=\s+(?:het|ze|zij|hij)\b)|"
    r"(?:sinds|sedert)(?=\s+(?:het|ze|zij|hij|de)\b)"
)
# Without a comma, only a clause of time about the merger, wherever it stands ("Moerbeke voor het
# deel uitmaakte van Lokeren", "Werkte Melle mee voor het met Merelbeke fuseerde?"): "Gent voor het
# traject" describes nothing.
_MERGED = (
    r"deel\s+uit\w*|uitmaakte\w*|opg\w+|fuse\w+|fusion\w+|samen\w*|hoorde\w*|behoorde\w*|"
    r"bij\s+\w+\s+kwam"
)
_DESCRIBES = re.compile(rf"(?P<name>[^\W\d_][\w'’-]*)\s*,\s*(?:{_CLAUSE})\b[^,.;?!]*")
_MERGER_CLAUSE = re.compile(rf"(?i)\s+(?:{_BEFORE}|nadat|toen)\b(?=[^,.;?!]*\b(?:{_MERGED})\b)[^,.;?!]*")


def _without_descriptions(text: str) -> str:
    """The text without clauses that describe a municipality named just before them."""

    def cut(m: re.Match) -> str:
        described = reference.normalize_name(m["name"]) in _names() and m["name"][:1].isupper()
        return m["name"] if described else m[0]

    return _MERGER_CLAUSE.sub("", _DESCRIBES.sub(cut, text))


# The partner a merger names ("Ham, vóór de samenvoeging met Tessenderlo,", "Nazareth vóór de fusie
# met De Pinte"): the sentence is about the other municipality, so the partner selects nothing.
_NAME = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
_PARTNER = re.compile(rf"(?i:\b(?P<merger>{_MERGER}) met) {_NAME}(?:(?:\s*,\s*|\s+en\s+){_NAME})*")


def _without_merger_partners(text: str) -> str:
    """The text without the municipalities a merger is said to be with ("vóór de fusie" stays)."""
    return _PARTNER.sub(lambda m: m["merger"], text)


# Names of municipalities that are also Dutch words: not a municipality at a sentence's start.
COMMON_WORDS = frozenset(
    "as boom geel mol peer ham lint essen bever putte hove bree lille halle zele lede damme lier "
    "kapellen beveren wellen balen malle halen landen niel mesen menen olen".split()
)


@lru_cache(maxsize=1)
def _names() -> dict[str, dict[str, str]]:
    """Normalised Dutch name -> {vintage: NIS code}, over both vintages."""
    out: dict[str, dict[str, str]] = {}
    for m in reference.load_reference():
        out.setdefault(reference.normalize_name(m.name_nl), {})[m.vintage] = m.nis_code
    return out


# Adjectives of place that the rule of _adjective_forms does not give.
IRREGULAR_ADJECTIVES = {
    "aalst": "aalsterse",
    "bilzen": "bilzerse",
    "hoogstraten": "hoogstraatse",
    "knokke heist": "knokse",
    "menen": "meense",
    "ninove": "ninoofse",
    "roeselare": "roeselaarse",
    "sint truiden": "truiense",
}

# Forms the rule gives that mean something else when capitalised: Schotse is Scottish (Schoten).
OTHER_MEANINGS = frozenset({"schotse"})


def _adjective_forms(name: str) -> set[str]:
    """The adjectives of a normalised municipality name, by the rule of Dutch ('de Mechelse
    medewerker', 'het Gentse stadsbestuur', 'de Brugse expert', 'Herentalse', 'Sint-Niklase'):
    -en drops or keeps its ending (Mechelse, Leuvense), a final -e drops (a doubled consonant
    before the ending undoubled: Brugse, Kapelse), -s takes -e (a long vowel before it written single)."""
    if name in IRREGULAR_ADJECTIVES:
        return {IRREGULAR_ADJECTIVES[name]}
    if name.endswith("en"):
        return {_undoubled(name[:-2]) + "se", name + "se"}
    if name.endswith("e"):
        return {_undoubled(name[:-1]) + "se"}
    if name.endswith("s"):
        return {re.sub(r"([aeou])\1s$", r"\1s", name) + "e"}
    return {name + "se"}


def _undoubled(stem: str) -> str:
    return stem[:-1] if stem[-2:-1] == stem[-1:] else stem


@lru_cache(maxsize=1)
def _adjectives() -> dict[str, str]:
    """Adjective of place -> the normalised name it derives from; one that two municipalities
    share (Halse: Halle and Halen), that is a name itself (Beerse) or that means something else
    (OTHER_MEANINGS) is left out."""
    names = _names()
    by_form: dict[str, set[str]] = {}
    for name in names:
        for form in _adjective_forms(name):
            by_form.setdefault(form, set()).add(name)
    unique = {f: next(iter(ns)) for f, ns in by_form.items() if len(ns) == 1 and f not in names}
    return {f: name for f, name in unique.items() if f not in OTHER_MEANINGS}


def municipalities(text: str, on: date, skip_antwerp: bool = False) -> tuple[str, ...]:
    """NIS codes of the municipalities a text names (capitalised, as in running Dutch), by name
    or by adjective ('de Mechelse medewerker'), on the boundaries valid on `on`; a name that only
    exists in the other vintage keeps its own code."""
    tokens = [(m.start(), m.group()) for m in re.finditer(r"[^\W\d_](?:[\w'’.-]*[\w'’])?", text)]
    names, adjectives, vintage = _names(), _adjectives(), reference.vintage_on(on)
    found, i = [], 0
    while i < len(tokens):
        for n in range(min(4, len(tokens) - i), 0, -1):
            span = tokens[i : i + n]
            between = text[span[0][0] : span[-1][0]]
            if not (span[0][1][:1].isupper() and span[-1][1][:1].isupper()) or "\n" in between:
                continue
            if re.search(r"[,;:?!()]", between):
                continue
            key = reference.normalize_name(text[span[0][0] : span[-1][0] + len(span[-1][1])])
            key = key if key in names else adjectives.get(key, "")
            if not key or (skip_antwerp and key == "antwerpen"):
                continue
            if n == 1 and key in COMMON_WORDS and re.search(r"(?:^|[.?!:]\s+)[\"'“(]*$", text[: span[0][0]]):
                continue
            codes = names[key]
            found.append(codes.get(vintage) or next(iter(codes.values())))
            i += n - 1
            break
        i += 1
    return tuple(dict.fromkeys(found))


def select(text: str, asked: date) -> Selection:
    """The selection named in a text: years, provinces and municipalities."""
    # "Lokeren voordat het met Moerbeke fuseerde" asks for the municipality as it was
    was = re.search(rf"(?i)\b(?:{_BEFORE})\b[^,.;?!]*\b(?:{_MERGED})\b", text) is not None
    text = _without_merger_partners(_without_descriptions(text))  # what describes a place selects nothing
    chosen_years = _asked_years(text, asked)
    named_provinces = provinces(text)
    on = date(max(chosen_years), 12, 31) if chosen_years else asked
    if was or re.search(rf"\bv[oó]{{2}}r {_MERGER}", text.lower()):  # the municipalities as they were
        on = min(on, reference.MERGER_DATE - timedelta(days=1))
    codes = municipalities(text, on, skip_antwerp="Antwerpen" in named_provinces)
    if set(named_provinces) == set(PROVINCE_PATTERNS):  # all five: Flanders as a whole, no filter
        named_provinces = ()
    return Selection(chosen_years, named_provinces, codes)


def _asked_years(text: str, asked: date) -> tuple[int, ...]:
    """The years a sub-question selects. A year after the question's that only a statement names
    ("Het nieuwe actieplan start in 2025. Hoeveel trajecten liepen er in 2023?") is a plan the
    statement describes, not a year the question asks about."""
    found = years(text, asked)
    in_question = set(years(" ".join(_counting(sentences(text))), asked))
    return tuple(y for y in found if y <= asked.year or y in in_question)


def describe(selection: Selection) -> str:
    """The selection in one Dutch line: '2021, 2022 · Limburg · Borsbeek (11007)'."""
    parts = [
        ", ".join(map(str, selection.jaar)) or "alle jaren",
        ", ".join(selection.provincie) or "heel Vlaanderen",
    ]
    if selection.gemeente:
        parts.append(", ".join(label(code) for code in selection.gemeente))
    return " · ".join(parts)


class NotAQuestion(ValueError):
    """A file that holds no text to read a question from (the message is Dutch)."""


def text_of(data: bytes, name: str = "") -> str:
    """The text of a question file: plain text (UTF-8, with or without BOM, or Windows-1252)
    or a Word document (.docx)."""
    if data[:2] == b"PK":
        import docx  # python-docx: the paragraphs of a Word file

        try:
            return "\n".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs)
        except Exception as exc:  # a zip that is no Word file
            raise NotAQuestion(f"{name or 'Het bestand'} is geen leesbaar Word-document.") from exc
    if b"\x00" in data:
        raise NotAQuestion(
            f"{name or 'Het bestand'} is geen tekstbestand. Plak de vraag als tekst, of geef een "
            ".txt- of .docx-bestand."
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def label(code: str) -> str:
    """'Borsbeek (11007)': a municipality code as the page and the CLI show it."""
    rows = [m for m in reference.load_reference() if m.nis_code == code]
    return f"{rows[0].name_nl} ({code})" if rows else code
