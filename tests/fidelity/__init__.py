"""The fidelity kit: the bundled annex's LDP pages re-drawn in the shapes plans reach staff in (ruled PDF
tables, slide-style PDF pages, a PowerPoint deck, a Word paper, an Excel tracker), generated in the tests."""
