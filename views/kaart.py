"""Kaart: who gave, who received, where the money went; on 2019-2024 or 2025 boundaries."""

import streamlit as st

from dashboard import db, filters, maps, mapview, ui
from pipelines import geo

st.title("Kaart")
f = filters.current()
st.caption(f.describe())
snap = db.snapshot()
layer = maps.layer_for(f.vintage, snap.root)
if layer is None:
    st.warning(mapview.NO_LAYER, icon=":material/map:")
    st.stop()

p = f.params()
version = maps.files_version(f.vintage, snap.root)
table, off_map, labels, all_municipalities, measures = mapview.municipalities(snap, p, f.vintage, version)
measure = st.radio("Kleur volgens", measures, key="kleur", bind="query-params", horizontal=True)

left, right = st.columns([3, 1])
with right:
    code = mapview.municipality_panel(table, labels, p)
with left:
    st.plotly_chart(
        maps.drawable(mapview.map_spec(snap, p, f.vintage, version, measure, code), layer),
        width="stretch",
        config=ui.PLOTLY_CONFIG,
        key="kaart",
        on_select=mapview.choose_on_click(labels),
        selection_mode="points",
    )
    st.caption(geo.ATTRIBUTION)
if off_map:
    st.info(mapview.off_map_note(off_map))

st.subheader("Alle gemeenten als tabel")
ui.show_table(all_municipalities)
