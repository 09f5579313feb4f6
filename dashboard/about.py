"""The Over de data page's read side: the definitions and sources in words, the data contract
per dataset and the published versions as tables."""

from __future__ import annotations

import streamlit as st

from dashboard import db, tables, ui
from pipelines import rules
from pipelines.exports import status

# Explained beside the rules' own definitions (pipelines/rules.py), which come first.
TERMS = """
- **Budget** (kredieten): wat voor een begrotingsjaar en geldstroom gepland is. Het budget geldt
  voor heel Vlaanderen; het is niet per provincie verdeeld.
- **Vastlegging**: een bedrag dat juridisch gereserveerd is voor een begunstigde.
- **Vereffening** (betaling): een bedrag dat uitbetaald is. Een **terugvordering** is een
  negatieve betaling. *Betaald (netto)* = vereffeningen + terugvorderingen.
- Budget, vastleggingen en betalingen zijn **drie stadia**: ze worden naast elkaar getoond en
  nooit opgeteld. Ook de twee geldstromen (coördinatie door VVSG en compensatie aan het
  aanbiedend bestuur) worden apart gehouden.
- **Gemeentegrenzen 2025**: een traject of betaling van een gemeente die in 2025 fusioneerde, staat
  op naam van de fusiegemeente met de oude naam erbij, bv. Antwerpen (Borsbeek).
- **Evaluatie**: de logische keten gaat van inputs (middelen) over activiteiten (trajecten) en
  outputs (doelen, rapporten) naar outcomes (verankering, tevredenheid). De normen (bv. doelbereik
  ≥ 75% goed, ≥ 50% aandacht) zijn werknormen van de monitor, geen officiële doelstellingen.
  *Doelbereik* = bereikte / geplande doelen van afgeronde en stopgezette trajecten (niet ingevuld
  telt als niet bereikt).
- **Verschil-in-verschil**: de verandering van een indicator bij de ontvangende gemeenten (jaren
  vóór hun eerste traject tegenover jaren na hun laatste) min de verandering bij
  vergelijkingsgemeenten in dezelfde jaren. Het is indicatief: het toont een samenhang, geen
  oorzaak. De *gewone schommeling* is twee keer de standaardafwijking van de verandering bij
  afzonderlijke vergelijkingsgemeenten gedeeld door de wortel van het aantal ontvangers; onder
  10 ontvangers is de groep klein.
- **Indicatoren en fusies**: een waarde hoort bij de gemeente van haar jaar (vóór 2025 de 300
  gemeenten van toen). In de grenzen van 2025 worden de delen van een fusie samengevoegd:
  aantallen opgeteld, verhoudingen herberekend uit teller en noemer, en zonder teller en noemer
  gewogen met de bevolking (1/1/2020) als benadering, zo gemarkeerd. Aantallen worden per 1.000
  inwoners uitgedrukt als de bevolkingscijfers er zijn.
- **Filters**: *jaren* is het begrotingsjaar voor budget en uitgaven en het oproepjaar voor
  trajecten; *provincies* is de provincie van de gemeente (bij trajecten van het aanbiedend of
  het ontvangend bestuur, bij uitgaven van de begunstigde; de coördinatie door VVSG valt dan
  weg); *gemeentegrenzen* kiest tussen de 300 gemeenten van 2019-2024 en de 285 van 2025.
  *Gemeenten* (in het antwoord op een schriftelijke vraag die er een noemt): een traject telt als
  het aanbiedend of het ontvangend bestuur die gemeente is, een uitgave als de begunstigde dat is;
  een fusiegemeente van 2025 omvat haar vroegere gemeenten, een vroegere gemeente (Borsbeek)
  alleen zichzelf.
"""

SOURCES = """
- Maatregel 7.1.2 van het Vlaams Actieplan Armoedebestrijding 2020-2024, schriftelijke vragen
  189 (2021) en 342 (2022) in het Vlaams Parlement, de projectoproep 2022 "Lokale medewerkers
  versterken collega-besturen bij het armoedebeleid".
- Trajecten, uitgaven, budget en indicatoren: de opgeladen bestanden (zie de versies hieronder).
"""


def rule_definitions() -> str:
    """The business rules' definitions as a Markdown list."""
    return "\n".join(f"- **{d.term}**: {d.text}" for d in rules.definitions())


@st.cache_resource(show_spinner=False)
def dictionary(name: str) -> ui.Table:
    """The contract of one dataset as a table (part of the code: it changes with a new release)."""
    return ui.table(tables.dictionary_table(name), f"gegevenscontract {name}")


@st.cache_resource(show_spinner=False, max_entries=8)
def versions(snap: db.Snapshot) -> ui.Table:
    """The published versions up to this one (their records do not change once written)."""
    return ui.table(tables.versions_table(status(snap.root)), "gepubliceerde versies")
