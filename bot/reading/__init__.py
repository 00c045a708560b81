"""Readers: one per document format, each giving lines with page or line numbers and provenance."""
