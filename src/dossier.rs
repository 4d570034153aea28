//! With which papers: dossier checklists — issue 4.
