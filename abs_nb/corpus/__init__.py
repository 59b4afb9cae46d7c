"""Across deals and months: load many filings, stack their tables, check month over month,
store them in Parquet or DuckDB."""

from abs_nb.corpus.ingest import IngestReport, ingest, read_parquet
from abs_nb.corpus.many_filings import Corpus, load_many
from abs_nb.corpus.storage import open_duckdb

__all__ = ["Corpus", "IngestReport", "ingest", "load_many", "open_duckdb", "read_parquet"]
