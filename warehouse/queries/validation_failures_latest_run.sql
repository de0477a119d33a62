-- What failed validation in the latest run, per file and field.
SELECT v.source_file, v.table_name, v.column_name, v.expectation, v.severity, v.observed, v.hint
FROM validation_failures v
WHERE v.run_id = (SELECT run_id FROM runs ORDER BY started_at DESC LIMIT 1)
ORDER BY v.severity, v.table_name, v.source_file;
