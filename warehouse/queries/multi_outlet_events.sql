-- Events reported by more than one outlet or file: the reports that were merged into one event.
SELECT e.event_id, e.mechanism, e.countries, e.edition, e.event_date, e.report_count,
       list(DISTINCT a.source_file ORDER BY a.source_file) AS files,
       list(DISTINCT s ORDER BY s) FILTER (WHERE s IS NOT NULL) AS outlets
FROM events e
JOIN articles a USING (event_id)
LEFT JOIN unnest(a.sources) AS t(s) ON true
WHERE e.report_count > 1
GROUP BY ALL
ORDER BY e.event_date NULLS LAST;
