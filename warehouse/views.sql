-- Parley's DuckDB views: one per warehouse table, over the table's Parquet files.
-- `{warehouse}` is replaced by the warehouse's absolute path when `parley ingest` rebuilds
-- <warehouse>/parley.duckdb (after every committed run). Outside scripts may read the same
-- files directly with the read_parquet call below (see CONTRACT.md).

CREATE OR REPLACE VIEW documents AS SELECT * FROM read_parquet('{warehouse}/documents/**/*.parquet', hive_partitioning=true, union_by_name=true);
CREATE OR REPLACE VIEW articles AS SELECT * FROM read_parquet('{warehouse}/articles/**/*.parquet', hive_partitioning=true, union_by_name=true);
CREATE OR REPLACE VIEW participants AS SELECT * FROM read_parquet('{warehouse}/participants/**/*.parquet', hive_partitioning=true, union_by_name=true);
CREATE OR REPLACE VIEW topics AS SELECT * FROM read_parquet('{warehouse}/topics/**/*.parquet', hive_partitioning=true, union_by_name=true);
CREATE OR REPLACE VIEW amounts AS SELECT * FROM read_parquet('{warehouse}/amounts/**/*.parquet', hive_partitioning=true, union_by_name=true);
CREATE OR REPLACE VIEW removed AS SELECT * FROM read_parquet('{warehouse}/removed/**/*.parquet', hive_partitioning=true, union_by_name=true);
CREATE OR REPLACE VIEW events AS SELECT * FROM read_parquet('{warehouse}/events/**/*.parquet', hive_partitioning=true, union_by_name=true);
CREATE OR REPLACE VIEW provenance AS SELECT * FROM read_parquet('{warehouse}/provenance/**/*.parquet', hive_partitioning=true, union_by_name=true);
CREATE OR REPLACE VIEW validation_failures AS SELECT * FROM read_parquet('{warehouse}/validation_failures/**/*.parquet', hive_partitioning=true, union_by_name=true);
CREATE OR REPLACE VIEW runs AS SELECT * FROM read_parquet('{warehouse}/runs/**/*.parquet', hive_partitioning=true, union_by_name=true);

-- Convenience views (not part of the contract).
-- The latest version of every input path.
CREATE OR REPLACE VIEW current_documents AS
SELECT * EXCLUDE (rn) FROM (
    SELECT *, row_number() OVER (PARTITION BY source_path ORDER BY ingested_at DESC, doc_id) AS rn
    FROM documents
) WHERE rn = 1;
-- Each event with the files that report it.
CREATE OR REPLACE VIEW event_reports AS
SELECT e.event_id, e.mechanism, e.countries, e.edition, e.event_date, e.city,
       a.doc_id, a.source_file, a.headline, a.sources, a.event_date_basis
FROM events e JOIN articles a USING (event_id);
