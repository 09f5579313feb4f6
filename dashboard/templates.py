"""The upload page's "Sjablonen" tab: an empty template and an example per dataset, as an
Excel workbook or a CSV in the Belgian Excel format, built from the data contract alone."""

from __future__ import annotations

import streamlit as st

from pipelines import contract
from pipelines.exports import MIME_TYPES, TEMPLATE_FORMATS, template


def render() -> None:
    """The choice of dataset and format and the two downloads."""
    st.caption(
        "Een leeg sjabloon en een voorbeeld per dataset: als Excel-werkmap (datums en bedragen "
        "als echte datums en getallen, met uitleg per kolom) of als CSV in het Belgische Excel-formaat."
    )
    name = st.radio(
        "Dataset",
        list(contract.DATASETS),
        format_func=lambda n: f"{n}: {contract.DATASETS[n].title}",
        horizontal=True,
        key="sjabloon-dataset",
    )
    fmt = st.radio(
        "Formaat",
        list(TEMPLATE_FORMATS),
        format_func=TEMPLATE_FORMATS.get,
        horizontal=True,
        key="sjabloon-formaat",
    )
    # Built when downloaded: a template follows from the contract alone.
    for column, (label, examples, kind) in zip(
        st.columns(2),
        (("Leeg sjabloon", False, "leeg"), ("Voorbeeld", True, "voorbeeld")),
        strict=True,
    ):
        column.download_button(
            f"{label} ({name})",
            lambda name=name, examples=examples, fmt=fmt: template(name, with_examples=examples, fmt=fmt),
            f"{name}-{'voorbeeld' if examples else 'sjabloon'}.{fmt}",
            MIME_TYPES[fmt],
            key=f"sjabloon-{kind}",
            on_click="ignore",
            icon=":material/download:",
        )
