"""From a pasted question to the draft: on "Parlementaire vraag" (AppTest) and with
`python -m dashboard answer FILE --out`, on the hand-computed fixture (tests/fixture_small.py:
T1 2022 Mechelen -> Leuven afgerond, T2 2022 Gent -> Aalst lopend, T3 2023 Hasselt -> Genk
afgewezen, T4 2023 Zwijndrecht -> Antwerpen goedgekeurd). The browser test of the same flow is
in test_browser.py."""

from __future__ import annotations

import io
import subprocess
import sys

import openpyxl
import pytest
from conftest import PROJECT, cli_env, open_page, unescape
from docx import Document
from fixture_small import publish_small

from dashboard import answer, question, questionreview
from pipelines.reference import NEW, OLD

VRAAG = "views/parlementaire_vraag.py"
TEXT = """SCHRIFTELIJKE VRAAG

nr. 77
van AN JANSSENS
datum: 3 maart 2024

aan CAROLINE GENNEZ
VLAAMS MINISTER VAN WELZIJN EN ARMOEDEBESTRIJDING, CULTUUR EN GELIJKE KANSEN

Uitwisseling van armoede-expertise - Stand van zaken

3. Hoeveel uitwisselingstrajecten werden er in 2022 aangevraagd?

4. Hoeveel trajecten had Mechelen als aanbiedend bestuur?

5. Zal de minister een nieuwe oproep lanceren?
"""
TAG = questionreview.tag(TEXT.strip())
IN_2022 = "Er werden 2 trajecten aangevraagd, waarvan 2 toegekend (1 lopend, 1 afgerond)."
MECHELEN = "Er werd 1 traject aangevraagd, waarvan 1 toegekend (1 afgerond)."
MODELS_2022 = "Van de 2 toegekende trajecten: 1 mentoring, 1 stage."
SELECTION_2022 = "Selectie: 2022 · heel Vlaanderen · gemeentegrenzen 2019-2024"
SELECTION_MECHELEN = "Selectie: alle jaren · heel Vlaanderen · Mechelen (12025) · gemeentegrenzen 2025"
LEFT = "Vraagt naar voornemens of plannen"


@pytest.fixture
def small(data_dir):
    publish_small(data_dir)
    return data_dir


def _confirmed(**changes: str | list[str]) -> dict:
    """The link of the question with every sub-question confirmed, plus `changes`."""
    return {"vraag": TEXT, **{f"nagekeken{n}-{TAG}": "true" for n in (3, 4, 5)}, **changes}


def _shown(at) -> list[str]:
    return [unescape(e.value) for e in (*at.markdown, *at.warning, *at.caption, *at.subheader)]


# --- the page ----------------------------------------------------------------------------------


def test_a_pasted_question_fills_the_form_and_proposes_each_match(small):
    at = open_page(VRAAG, vraag=TEXT)
    fields = {w.label: w.value for w in at.text_input} | {w.label: w.value for w in at.number_input}
    assert fields["Vraagnummer"] == 77
    assert fields["Datum van de vraag"] == "03/03/2024"
    assert fields["Vraagsteller"] == "AN JANSSENS"
    assert fields["Titel van de vraag"] == "Uitwisseling van armoede-expertise - Stand van zaken"
    minister = next(w.value for w in at.text_area if w.label.startswith("Minister"))
    assert minister.splitlines()[0] == "CAROLINE GENNEZ"
    picks = [(w.label, w.value) for w in at.multiselect if w.key.endswith(TAG)]
    assert picks == [
        ("Antwoordblokken", ["Uitwisselingstrajecten"]), ("Jaren", [2022]), ("Provincies", []), ("Gemeenten", []),
        ("Antwoordblokken", ["Uitwisselingstrajecten"]), ("Jaren", []), ("Provincies", []),
        ("Gemeenten", ["Mechelen (12025)"]),
        ("Antwoordblokken", []), ("Jaren", []), ("Provincies", []), ("Gemeenten", []),
    ]  # fmt: skip
    shown = _shown(at)
    assert any(s.startswith("Voorstel: open voor het kabinet. " + LEFT) for s in shown)
    # nothing is drafted before every sub-question is confirmed
    assert [unescape(i.value) for i in at.info] == [
        "Het concept-antwoord volgt zodra elke deelvraag nagekeken is. Nog na te kijken: 3, 4, 5."
    ]
    assert not at.get("download_button") and not at.subheader


def test_confirmed_the_draft_keeps_the_numbering_the_selections_and_the_open_item(small):
    at = open_page(VRAAG, **_confirmed())
    assert not at.info
    assert [unescape(h.value) for h in at.subheader] == [
        "3. Hoeveel uitwisselingstrajecten werden er in 2022 aangevraagd?",
        "4. Hoeveel trajecten had Mechelen als aanbiedend bestuur?",
        "5. Zal de minister een nieuwe oproep lanceren?",
    ]
    shown = _shown(at)
    assert any(s.startswith(IN_2022) for s in shown) and any(s.startswith(MECHELEN) for s in shown)
    assert SELECTION_2022 in shown and SELECTION_MECHELEN in shown
    assert any(s.startswith(answer.TO_FILL + " Niet uit de gegevens te beantwoorden: " + LEFT) for s in shown)


def test_a_changed_match_is_drafted_and_a_link_with_it_reopens_it(small):
    at = open_page(VRAAG, **_confirmed())
    at.multiselect(key=f"blokken3-{TAG}").set_value(["Per model (mentoring of stage)"]).run()
    shown = _shown(at)
    assert any(s.startswith(MODELS_2022) for s in shown) and not any(s.startswith(IN_2022) for s in shown)
    # what the browser puts in the address bar (test_browser.py checks that it does)
    again = open_page(VRAAG, **_confirmed(**{f"blokken3-{TAG}": "Per model (mentoring of stage)"}))
    assert any(s.startswith(MODELS_2022) for s in _shown(again))


def test_a_match_emptied_on_review_leaves_the_item_to_the_cabinet(small):
    at = open_page(VRAAG, **_confirmed(**{f"blokken4-{TAG}": ""}))
    shown = _shown(at)
    assert not any(s.startswith(MECHELEN) for s in shown)
    assert answer.TO_FILL + " Niet uit de gegevens te beantwoorden: " + questionreview.LEFT_OPEN in shown


def test_the_downloads_hold_the_draft(small, downloads):
    at = open_page(VRAAG, **_confirmed())
    files = downloads(at)
    name, data = files["docx"]
    assert name.startswith("antwoord-stand-") and name.endswith(".docx")
    text = [p.text for p in Document(io.BytesIO(data)).paragraphs]
    assert "ANTWOORD op vraag nr. 77 van 3 maart 2024 van AN JANSSENS" in text
    _, book = files["xlsx-antwoord"]
    sheets = openpyxl.load_workbook(io.BytesIO(book)).sheetnames
    assert sheets == ["Vraag 3", "Vraag 4", "Vraag 5"]


def test_text_without_a_question_says_so(small):
    at = open_page(VRAAG, vraag="Dit is geen vraag, alleen een mededeling.")
    assert [unescape(w.value) for w in at.warning] == [
        "In deze tekst staat geen vraag: geen genummerde deelvragen en geen zin met een vraagteken."
    ]
    assert not at.subheader and not at.get("download_button")


def test_pasted_markup_is_shown_as_text(small):
    hostile = TEXT.replace("Mechelen als", "Mechelen [klik](https://example.org) <b>als</b>")
    at = open_page(VRAAG, vraag=hostile)
    first = next(m.value for m in at.markdown if m.value.startswith("**4.**"))
    assert "\\[klik\\]\\(https\\://example\\.org\\) \\<b\\>als\\</b\\>" in first


# --- the parts, without Streamlit ---------------------------------------------------------------


def test_the_boundaries_of_an_item_follow_its_municipalities_then_its_years():
    assert questionreview.vintage_for((), ("11007",)) == OLD  # Borsbeek: 2019-2024 only
    assert questionreview.vintage_for((2025,), ("71022",)) == OLD
    assert questionreview.vintage_for((2023,), ("23106",)) == NEW  # Pajottegem: 2025 only
    assert questionreview.vintage_for((2023,), ("11007", "23106")) == NEW
    assert questionreview.vintage_for((2023,), ("12025",)) == OLD  # Mechelen: the years decide
    assert questionreview.vintage_for((), ("12025",)) == NEW


def test_municipalities_are_offered_once_each_with_their_boundaries_where_they_differ():
    options = questionreview.municipality_options()
    assert options["Mechelen (12025)"] == "12025"
    assert options["Hasselt (71022, 2019-2024)"] == "71022" and options["Hasselt (71072, 2025)"] == "71072"
    assert len(options) == len(set(options.values())) == 300 + 12  # a code in both boundaries once


def test_an_item_takes_the_questions_number_selection_and_what_is_left_to_the_cabinet():
    q = question.parse(
        TEXT + "\n6. Hoeveel budget werd er in 2023 vastgelegd? Plant de minister extra middelen?\n"
    )
    sixth = q.deelvragen[-1]
    item = questionreview.item(sixth, questionreview.proposal(sixth))
    assert (item.nr, item.blokken, item.filters.years, item.reden) == (6, ["budget"], (2023,), None)
    assert item.aanvullen == ("Plant de minister extra middelen?",)
    fifth = q.deelvragen[-2]
    left = questionreview.item(fifth, questionreview.proposal(fifth))
    assert (left.nr, left.blokken, left.reden) == (5, [], fifth.reden)


# --- the command line --------------------------------------------------------------------------


def answer_cli(data_dir, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "dashboard", "answer", *args],
        cwd=PROJECT,
        env=cli_env(data_dir),
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_cli_writes_the_draft_of_the_page(small, tmp_path):
    (tmp_path / "vraag.txt").write_text(TEXT, encoding="utf-8")
    out = tmp_path / "antwoord.docx"
    done = answer_cli(None, str(tmp_path / "vraag.txt"), "--out", str(out), "--data-dir", str(small))
    assert done.returncode == 0, done.stderr
    assert f"Concept-antwoord geschreven naar {out}" in done.stderr
    text = [p.text for p in Document(out).paragraphs]
    assert "ANTWOORD op vraag nr. 77 van 3 maart 2024 van AN JANSSENS" in text
    numbered = [t for t in text if t[:2] in ("3.", "4.", "5.")]
    assert [t[:2] for t in numbered] == ["3.", "4.", "5."]
    three = text.index(next(t for t in text if t.startswith("3. ")))
    assert text[three - 1] == SELECTION_2022 and text[three].startswith("3. " + IN_2022)
    assert text[text.index(next(t for t in text if t.startswith("4. "))) - 1] == SELECTION_MECHELEN
    assert "5. " + answer.TO_FILL in text
    xlsx = tmp_path / "antwoord.xlsx"
    done = answer_cli(None, str(tmp_path / "vraag.txt"), "--out", str(xlsx), "--stand", "31/12/2022")
    assert done.returncode == 0, done.stderr  # the data directory from VAPA_DATA_DIR
    assert openpyxl.load_workbook(xlsx).sheetnames == ["Vraag 3", "Vraag 4", "Vraag 5"]
    assert "stand van 31/12/2022" in done.stderr


def test_cli_refuses_what_it_cannot_write(small, tmp_path, data_dir):
    (tmp_path / "vraag.txt").write_text(TEXT, encoding="utf-8")
    vraag = str(tmp_path / "vraag.txt")
    wrong = answer_cli(small, vraag, "--out", str(tmp_path / "antwoord.pdf"))
    assert wrong.returncode == 2 and "--out moet eindigen op .docx of .xlsx" in wrong.stderr
    bad_day = answer_cli(small, vraag, "--out", str(tmp_path / "a.docx"), "--stand", "31/02/2024")
    assert bad_day.returncode == 2 and "is geen datum" in bad_day.stderr
    empty = tmp_path / "leeg"
    empty.mkdir()
    nothing = answer_cli(None, vraag, "--out", str(tmp_path / "a.docx"), "--data-dir", str(empty))
    assert nothing.returncode == 1 and "nog geen gegevens gepubliceerd" in nothing.stderr
    (small / "catalog.sqlite").write_bytes(b"kapot" * 1000)
    broken = answer_cli(small, vraag, "--out", str(tmp_path / "a.docx"))
    assert broken.returncode == 1 and "beschadigd" in broken.stderr  # what is wrong, in Dutch
    assert "python -m pipelines migrate" in broken.stderr  # and what to run
    assert "Traceback" not in broken.stderr and not (tmp_path / "a.docx").exists()


def test_the_block_ids_are_the_answers_plus_the_register():
    """One list of block ids: the matcher's are the answer's, in order, and the register (which
    no block fills yet)."""
    assert question.BLOCKS == (*answer.BLOCKS, question.REGISTER)
