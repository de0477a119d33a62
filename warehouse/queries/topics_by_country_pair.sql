-- Which cooperation areas each pair of countries discusses, and in how many reports.
SELECT array_to_string(a.countries, '-') AS pair, t.topic, count(*) AS reports
FROM topics t JOIN articles a USING (doc_id)
WHERE a.is_dialogue_report
GROUP BY ALL
ORDER BY pair, reports DESC, t.topic;
