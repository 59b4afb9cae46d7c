"""Statements written by hand in trustee layouts absent from ``../shared/corpus``, each with
its answer key (every printed value, by the data contract's names)."""
