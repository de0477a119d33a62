-- Co-chairs of every dialogue over time: who led each side at each meeting.
SELECT e.mechanism, list_sort(e.countries) AS countries, e.edition, e.event_date, e.city,
       p.country, p.name, p.title
FROM events e
JOIN participants p USING (event_id)
WHERE p.role = 'co_chair'
GROUP BY ALL
ORDER BY e.mechanism, e.event_date NULLS LAST, p.country, p.name;
