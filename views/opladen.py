"""Gegevens opladen: check a CSV or Excel export, see the report, publish; templates; history
and rollback. Writing needs rights (dashboard/auth.py); viewing the history does not."""

import streamlit as st

from dashboard import auth, db, format, history, templates, uploadflow

st.title("Gegevens opladen")
snap = db.snapshot()
perm = auth.permission()
if perm.allowed:
    st.caption(format.md_text(perm.reason))
else:
    st.info(format.md_text(perm.reason), icon=":material/lock:")
    if perm.can_login:
        st.button("Aanmelden", on_click=st.login, icon=":material/login:")

tab_upload, tab_templates, tab_history = st.tabs(["Opladen", "Sjablonen", "Geschiedenis"])

with tab_upload:
    if snap.fixed:
        st.write("U bekijkt een eerdere publicatie (alleen lezen): kies 'laatste' om op te laden.")
    elif not perm.allowed:
        st.write("Opladen vraagt schrijfrechten.")
    else:
        file = uploadflow.choose_file()
        mode = uploadflow.choose_mode()  # shown with or without a file: a new file keeps it
        if file is not None:
            uploadflow.review(file, snap, perm, mode)

with tab_templates:
    templates.render()

with tab_history:
    history.render(snap, perm)
