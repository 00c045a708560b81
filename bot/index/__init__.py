"""The index: passages, versioned SQLite store, BM25 search, record postings, builds and change reports."""
